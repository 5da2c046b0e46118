import { defineTable, translate, type Lang } from './table';

/**
 * The words of the stage editor's days (steps 3 and 4). Apart from ./popup.ts because only the
 * employer editor, a chunk loaded after the popup's first paint, shows them: the popup's first
 * bundle has a 90 kB budget and does not carry them.
 */
export const STAGE_DATE_TEXT = defineTable({
  keylaneContact: { nl: 'Keylane nam contact op', en: 'Keylane made contact' },
  confirmedOn: { nl: 'Bevestigd op', en: 'Confirmed on' },
  dateHint: { nl: 'dd-mm-jjjj', en: 'dd-mm-yyyy' },
  firstExchangeHint: { nl: 'dd-mm-jjjj, zoals a.s.r. hem noemt', en: 'dd-mm-yyyy, as a.s.r. announces it' },
  dateInvalid: {
    nl: 'Geen geldige datum. Schrijf hem als dag-maand-jaar, bijvoorbeeld 15-01-2027.',
    en: 'Not a valid date. Write it as day-month-year, for example 15-01-2027.',
  },
  dateFuture: {
    nl: 'Deze datum ligt in de toekomst. Vul de dag in waarop het gebeurde.',
    en: 'This date lies in the future. Enter the day it happened.',
  },
});

export type StageDateKey = keyof typeof STAGE_DATE_TEXT;

export const dateText = (key: StageDateKey, lang: Lang): string => translate(STAGE_DATE_TEXT, key, lang);
