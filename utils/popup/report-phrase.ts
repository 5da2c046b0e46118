import type { FieldReport, FillValues } from '../asr/types';
import { lookup, translate, type Lang, type Values } from '../i18n/table';
import { REPORT_TEXT, SKIP_REASONS } from '../i18n/report';
import { EMPTY_ROW, EXTRA_ROW, REMOVED_ROW } from '../asr/keys';

const say = (key: keyof typeof REPORT_TEXT, lang: Lang, values?: Values) => translate(REPORT_TEXT, key, lang, values);

/** The value the popup asked for, as the user knows it, for a conflict line. */
export function ourValue(field: FieldReport, values: FillValues, lang: Lang): string {
  const yesNo = (v: boolean | null) => (v === null ? '' : say(v ? 'yes' : 'no', lang));
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
      return values.verloning === 'maand' ? say('monthly', lang) : values.verloning === '4weken' ? say('every4Weeks', lang) : '';
    default:
      return values[field.field];
  }
}

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
    return say('extraRow', lang, { holds });
  }
  if (detail === EMPTY_ROW) {
    return say('emptyRow', lang);
  }
  if (detail.startsWith(REMOVED_ROW)) {
    const holds = detail.slice(REMOVED_ROW.length);
    return say('removedRow', lang, { holds });
  }
  switch (field.status) {
    case 'filled':
      return say(detail === 'al ingevuld' ? 'alreadyThere' : 'filled', lang);
    case 'not-found':
      // The filler's reason (why no control could be tied to the question) is Dutch; English
      // mode keeps the sentence short rather than mixing languages.
      return say('notFound', lang) + (nl && detail ? `: ${detail}` : '');
    case 'not-taken':
      return say('notTaken', lang) + (detail ? ` – ${detail}` : '');
    case 'conflict': {
      const ours = ourValue(field, values, lang);
      const onForm = detail === 'aangevinkt' ? say('ticked', lang) : detail;
      return say('conflict', lang, { onForm }) + (ours ? say('conflictOurs', lang, { ours }) : '');
    }
    case 'skipped': {
      const known = lookup(SKIP_REASONS, detail);
      if (known) return known[lang];
      const noChoice = /^geen keuze voor "(.*)"$/.exec(detail);
      if (noChoice) return say('noChoice', lang, { choice: noChoice[1] ?? '' });
      return say('skipped', lang) + (nl && detail ? ` (${detail})` : '');
    }
  }
}
