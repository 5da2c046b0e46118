import type { FieldReport, FillValues } from '../asr/types';
import type { Lang } from '../i18n';
import { EMPTY_ROW, EXTRA_ROW, REMOVED_ROW } from '../asr/keys';

/** The value the popup asked for, as the user knows it, for a conflict line. */
export function ourValue(field: FieldReport, values: FillValues, lang: Lang): string {
  const yesNo = (v: boolean | null) => (v === null ? '' : v ? (lang === 'nl' ? 'ja' : 'yes') : lang === 'nl' ? 'nee' : 'no');
  switch (field.field) {
    case 'dgaNaam':
      return field.index === undefined ? '' : (values.dgas[field.index]?.naam ?? '');
    case 'dgaPersoneelsnummer':
      return field.index === undefined ? '' : (values.dgas[field.index]?.personeelsnummer ?? '');
    case 'hasDga':
      return yesNo(values.dgas.length > 0 ? true : values.hasDga);
    case 'dertiendeMaand':
      return yesNo(values.dertiendeMaand);
    case 'verloning':
      return values.verloning === 'maand' ? (lang === 'nl' ? 'per maand' : 'monthly') : values.verloning === '4weken' ? (lang === 'nl' ? 'per 4 weken' : 'every 4 weeks') : '';
    default:
      return values[field.field];
  }
}

const SKIP_REASONS: Record<string, { nl: string; en: string }> = {
  'geen waarde': { nl: 'overgeslagen, want in de koppelhulp nog leeg', en: 'skipped: still empty in the helper' },
  uitgeschakeld: { nl: 'overgeslagen, want het veld is uitgeschakeld', en: 'skipped: the field is disabled' },
  'alleen-lezen': { nl: 'overgeslagen, want het veld is alleen-lezen', en: 'skipped: the field is read-only' },
  'de pagina nam de waarde niet over': { nl: 'niet gelukt: de pagina nam de waarde niet over', en: 'failed: the page did not keep the value' },
  'rij bevat een andere DGA': { nl: 'overgeslagen, want de rij bevat een andere DGA', en: 'skipped: the row holds another DGA' },
};

/**
 * One report line as it is read aloud: "ingevuld", "stond er al", "niet overschreven –
 * formulier: 20270, werkgever: 20720". The filler's own detail strings are Dutch codes; they are
 * turned into sentences here so English mode stays English.
 */
export function reportPhrase(field: FieldReport, values: FillValues, lang: Lang): string {
  const nl = lang === 'nl';
  const detail = field.detail ?? '';
  // A DGA row left on the form from another employer: named, removed or to be removed by hand.
  if (detail.startsWith(EXTRA_ROW)) {
    const holds = detail.slice(EXTRA_ROW.length);
    return nl ? `extra DGA-rij op het formulier: ${holds} – verwijder deze zelf` : `extra DGA row on the form: ${holds} – please remove it yourself`;
  }
  if (detail === EMPTY_ROW) {
    return nl ? 'lege DGA-rij op het formulier – verwijder deze zelf' : 'empty DGA row on the form – please remove it yourself';
  }
  if (detail.startsWith(REMOVED_ROW)) {
    const holds = detail.slice(REMOVED_ROW.length);
    return nl ? `extra DGA-rij verwijderd van het formulier: ${holds}` : `extra DGA row removed from the form: ${holds}`;
  }
  switch (field.status) {
    case 'filled':
      return detail === 'al ingevuld' ? (nl ? 'stond er al' : 'already there') : nl ? 'ingevuld' : 'filled in';
    case 'not-found':
      // The filler's reason (why no control could be tied to the question) is Dutch; English
      // mode keeps the sentence short rather than mixing languages.
      return nl ? `niet gevonden op het formulier${detail ? `: ${detail}` : ''}` : 'not found on the form';
    case 'not-taken':
      return nl ? `niet overgenomen${detail ? ` – ${detail}` : ''}` : `not taken over by the page${detail ? ` – ${detail}` : ''}`;
    case 'conflict': {
      const ours = ourValue(field, values, lang);
      const onForm = detail === 'aangevinkt' ? (nl ? 'aangevinkt' : 'ticked') : detail;
      return nl
        ? `niet overschreven – formulier: ${onForm}${ours ? `, werkgever: ${ours}` : ''}`
        : `not overwritten – form: ${onForm}${ours ? `, employer: ${ours}` : ''}`;
    }
    case 'skipped': {
      const known = SKIP_REASONS[detail];
      if (known) return known[lang];
      const noChoice = /^geen keuze voor "(.*)"$/.exec(detail);
      if (noChoice) return nl ? `overgeslagen, want het formulier biedt geen keuze "${noChoice[1]}"` : `skipped: the form offers no choice "${noChoice[1]}"`;
      return nl ? `overgeslagen${detail ? ` (${detail})` : ''}` : 'skipped';
    }
  }
}
