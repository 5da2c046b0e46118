import { defineTable, translate, type Lang, type Values } from './table';

/**
 * The words of the fill button on the a.s.r. form page (utils/asr-button, issue 14 "Shorter
 * route"): composed in the background, so neither the page's content script nor the popup
 * carries them.
 */
export const PAGE_FILL_TEXT = defineTable({
  pageFill: { nl: 'Invullen met koppelhulp', en: 'Fill in with the link helper' },
  pageFillFor: { nl: 'Voor', en: 'For' },
  pageFillBusy: { nl: 'Bezig met invullen…', en: 'Filling in…' },
  pageFillNoEmployer: {
    nl: 'Niet ingevuld: er is nog geen werkgever gekozen. Open de koppelhulp ({shortcut}) en kies de werkgever.',
    en: 'Not filled in: no employer chosen yet. Open the link helper ({shortcut}) and choose the employer.',
  },
  pageFillMustPick: {
    nl: 'Niet ingevuld: het is niet zeker voor welke werkgever u invult. Open de koppelhulp ({shortcut}) en kies de werkgever.',
    en: 'Not filled in: it is not certain which employer you are filling in. Open the link helper ({shortcut}) and choose the employer.',
  },
  pageFillBlocked: {
    nl: 'Niet ingevuld: de gegevens van deze werkgever zijn nog niet compleet. Open de koppelhulp ({shortcut}) om ze aan te vullen.',
    en: "Not filled in: this employer's details are not complete yet. Open the link helper ({shortcut}) to complete them.",
  },
  pageFillReload: {
    nl: 'Niet ingevuld: vernieuw de pagina (F5) en probeer het opnieuw.',
    en: 'Not filled in: reload the page (F5) and try again.',
  },
  pageFillNoShortcut: { nl: 'knop in de werkbalk', en: 'toolbar button' },
  pageFillChanged: {
    nl: 'Niet ingevuld: de werkgever is intussen gewijzigd. Controleer de werkgever hierboven en klik opnieuw.',
    en: 'Not filled in: the employer changed meanwhile. Check the employer above and click again.',
  },
  // The one line beside the button after a fill.
  pageFillNoForm: {
    nl: 'Niet ingevuld: geen a.s.r.-formulier gevonden op deze pagina.',
    en: 'Not filled in: no a.s.r. form found on this page.',
  },
  pageFillDone: {
    nl: '{filled} van {total} velden ingevuld{rest}; open de koppelhulp voor het resultaat per veld',
    en: '{filled} of {total} fields filled in{rest}; open the link helper for the result per field',
  },
});

/** The fields not filled, by their fill status, in the order the summary line names them. */
export const PAGE_FILL_OPEN = defineTable({
  'not-found': { nl: 'niet gevonden', en: 'not found' },
  conflict: { nl: 'niet overschreven', en: 'not overwritten' },
  'not-taken': { nl: 'niet overgenomen', en: 'not taken over' },
  skipped: { nl: 'overgeslagen', en: 'skipped' },
});

export type PageFillKey = keyof typeof PAGE_FILL_TEXT;

/** A text of the fill button, its `{placeholders}` filled when `values` are given. */
export const pageText = (key: PageFillKey, lang: Lang, values?: Values): string => translate(PAGE_FILL_TEXT, key, lang, values);
