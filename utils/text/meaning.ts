// What a value or an option text means: yes/no and pay period. One reading for both sites,
// so Loket.nl's value and a.s.r.'s option are understood alike. Pure, no DOM.

import type { PayPeriod } from '../registration/schema';
import { collapseWhitespace, wordList } from './normalize';

export type { PayPeriod };

const YES_WORDS = new Set(['ja', 'j', 'yes', 'y', 'waar', 'true', 'aan', 'wel']);
const NO_WORDS = new Set(['nee', 'n', 'no', 'onwaar', 'false', 'uit', 'geen', 'niet']);
/** Words that may open an option's text and give its answer ("Nee, geen DGA"). */
const YES_LEAD = new Set(['ja', 'yes', 'wel']);
const NO_LEAD = new Set(['nee', 'no', 'geen', 'niet']);
const YES_SIGNS = new Set(['✓', '✔', '☑', 'x', 'X']);
const NO_SIGNS = new Set(['-', '–', '✗', '✘', '☐']);

export interface YesNoOptions {
  /**
   * Also read a longer text by its first word ("Ja, er zit een DGA in", "Nee, geen DGA"): right
   * for the options of a yes/no question, wrong for a free text ("Niet alleen raadplegen…").
   * Default false: the whole text must be one yes/no word or sign.
   */
  lead?: boolean;
}

/** true for "Ja"/"✓"/"Aan", false for "Nee"/"✗"/"Uit", null when the text says neither. */
export function yesNo(text: string, opts: YesNoOptions = {}): boolean | null {
  const t = collapseWhitespace(text);
  if (YES_SIGNS.has(t)) return true;
  if (NO_SIGNS.has(t)) return false;
  const w = wordList(t);
  if (w.length === 1) {
    if (YES_WORDS.has(w[0]!)) return true;
    if (NO_WORDS.has(w[0]!)) return false;
  }
  if (opts.lead && w.length > 1) {
    if (YES_LEAD.has(w[0]!)) return true;
    if (NO_LEAD.has(w[0]!)) return false;
  }
  return null;
}

/** Words that say nothing about the period itself: "Per maand", "Elke 4 weken", "Maandelijkse verloning". */
const PERIOD_FILLER = new Set(['per', 'elke', 'iedere', 'ieder', 'verloning']);

/**
 * Whole wordings, as the remaining folded words written together (after the filler is
 * dropped): "maandelijkse", "4 wekelijks" → "4wekelijks", "vier weken" → "vierweken". Anchored
 * at both ends: a wording is the whole text or nothing ("halfmaandelijks" is no "maand").
 */
const PERIOD_WORDINGS: ReadonlyArray<readonly [RegExp, PayPeriod]> = [
  [/^(1|kalender)?maand(elijkse?|verloning)?$/, 'maand'],
  [/^(4|vier)(weken|wekelijkse?|wk)$/, '4weken'],
  [/^(1?week(verloning)?|wekelijkse?)$/, 'week'],
];

/** Periods per year → period: "13 perioden", "12 per jaar", "13x per jaar". */
const PERIODS_PER_YEAR: Readonly<Record<string, PayPeriod>> = { 12: 'maand', 13: '4weken', 52: 'week' };

function periodOfWords(w: string[]): PayPeriod | null {
  const rest = w.filter((x) => !PERIOD_FILLER.has(x)).join(' ');
  // "13 perioden", "12 (keer) per jaar", "13x per jaar" ("per" is filler and already gone)
  const count = /^(\d+)(?: ?x| perioden| periodes| keer| maal)?(?: jaar)?$/.exec(rest);
  if (count && count[0] !== count[1]) return PERIODS_PER_YEAR[count[1]!] ?? null;
  const joined = rest.replace(/ /g, '');
  return PERIOD_WORDINGS.find(([re]) => re.test(joined))?.[1] ?? null;
}

/**
 * The pay period a text names, for both sites: "Maandelijks"/"Per maand"/"Elke maand"/"Maand"
 * → maand; "Per 4 weken"/"Vierwekelijks"/"Elke 4 weken"/"13 perioden"/"4 weken" → 4weken;
 * "Week"/"Wekelijks" → week. Anything else (kwartaal, halfmaandelijks, 2 weken, jaar, a
 * sentence) is null: a period that is not known exactly is never chosen. A remark in
 * parentheses must agree ("Maand (12 per jaar)"), else the text is null
 * ("Per kwartaal (3 maanden)").
 */
export function parsePayPeriod(text: string): PayPeriod | null {
  const t = collapseWhitespace(text);
  if (!t || t.length > 60) return null;
  const remarks = [...t.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!);
  const main = wordList(t.replace(/\([^()]*\)/g, ' '));
  const period = main.length ? periodOfWords(main) : remarks.length === 1 ? periodOfWords(wordList(remarks[0]!)) : null;
  if (!period) return null;
  for (const remark of remarks) {
    const said = periodOfWords(wordList(remark));
    if (said && said !== period) return null;
  }
  return period;
}
