import { defineTable } from './table';

/**
 * The words of the popup's fill report (components/popup/FillReportView.tsx and
 * utils/popup/report-phrase.ts); they travel with the report's lazily loaded chunk.
 */

/** The a.s.r. form's own field names, by field key; in English mode they stay Dutch (marked lang="nl"). */
export const REPORT_FIELD_NAMES = defineTable({
  bedrijfsnaam: { nl: 'Bedrijfsnaam', en: 'Bedrijfsnaam' },
  email: { nl: 'E-mailadres', en: 'E-mailadres' },
  raamwerkcontractnummer: { nl: 'Raamwerkcontractnummer', en: 'Raamwerkcontractnummer' },
  loonheffingennummer: { nl: 'Loonheffingennummer', en: 'Loonheffingennummer' },
  werkgeverId: { nl: 'Werkgever ID', en: 'Werkgever ID' },
  hasDga: { nl: 'DGA in de verloning', en: 'DGA in payroll' },
  dgaNaam: { nl: 'Naam DGA', en: 'Naam DGA' },
  dgaPersoneelsnummer: { nl: 'Personeelsnummer DGA', en: 'Personeelsnummer DGA' },
  verloning: { nl: 'Verloning', en: 'Verloning' },
  dertiendeMaand: { nl: '13e maand', en: '13e maand' },
});

/** One report line's words. The filler's own detail strings are Dutch codes, turned into these. */
export const REPORT_TEXT = defineTable({
  // Capitalised as the popup's and the form's own options are, so a conflict line compares like with like.
  yes: { nl: 'Ja', en: 'Yes' },
  no: { nl: 'Nee', en: 'No' },
  monthly: { nl: 'Per maand', en: 'Monthly' },
  every4Weeks: { nl: 'Per 4 weken', en: 'Every 4 weeks' },
  extraRow: {
    nl: 'extra DGA-rij op het formulier: {holds} – verwijder deze zelf',
    en: 'extra DGA row on the form: {holds} – please remove it yourself',
  },
  emptyRow: { nl: 'lege DGA-rij op het formulier – verwijder deze zelf', en: 'empty DGA row on the form – please remove it yourself' },
  removedRow: { nl: 'extra DGA-rij verwijderd van het formulier: {holds}', en: 'extra DGA row removed from the form: {holds}' },
  alreadyThere: { nl: 'stond er al', en: 'already there' },
  filled: { nl: 'ingevuld', en: 'filled in' },
  notFound: { nl: 'niet gevonden op het formulier', en: 'not found on the form' },
  notTaken: { nl: 'niet overgenomen', en: 'not taken over by the page' },
  ticked: { nl: 'aangevinkt', en: 'ticked' },
  // Both values as written, each in quotes: the form's value and the one in the link helper.
  conflict: { nl: 'niet overschreven: op het formulier staat “{onForm}”', en: 'not overwritten: the form holds “{onForm}”' },
  conflictOurs: { nl: ', in de koppelhulp “{ours}”', en: ', the link helper has “{ours}”' },
  noChoice: { nl: 'overgeslagen, want het formulier biedt geen keuze "{choice}"', en: 'skipped: the form offers no choice "{choice}"' },
  skipped: { nl: 'overgeslagen', en: 'skipped' },
});

/** Why a field was skipped, by the filler's (Dutch) detail code. */
export const SKIP_REASONS = defineTable({
  'geen waarde': { nl: 'overgeslagen, want in de koppelhulp nog leeg', en: 'skipped: still empty in the helper' },
  uitgeschakeld: { nl: 'overgeslagen, want het veld is uitgeschakeld', en: 'skipped: the field is disabled' },
  'alleen-lezen': { nl: 'overgeslagen, want het veld is alleen-lezen', en: 'skipped: the field is read-only' },
  'de pagina nam de waarde niet over': { nl: 'niet gelukt: de pagina nam de waarde niet over', en: 'failed: the page did not keep the value' },
  'niet ingevuld: het formulier bevat gegevens van een andere werkgever': {
    nl: 'niet ingevuld, want het formulier bevat gegevens van een andere werkgever',
    en: "not filled in: the form holds another employer's details",
  },
  'rij bevat een andere DGA': { nl: 'overgeslagen, want de rij bevat een andere DGA', en: 'skipped: the row holds another DGA' },
  // utils/asr/keys.ts ROWS_FIRST
  'eerst de extra DGA-rijen verwijderen': {
    nl: 'niet beantwoord: verwijder eerst de extra DGA-rijen, "Nee" zou ze verbergen',
    en: 'not answered: remove the extra DGA rows first, "No" would hide them',
  },
});
