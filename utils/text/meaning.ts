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

/** Whole wordings (folded words after the filler is dropped) → period. Nothing else is a period. */
const PERIOD_WORDINGS: ReadonlyMap<string, PayPeriod> = new Map([
  ...['maand', 'maandelijks', 'maandelijkse', 'kalendermaand', 'maandverloning', '1 maand'].map((w) => [w, 'maand'] as const),
  ...['4 weken', 'vier weken', '4weken', '4 wekelijks', '4 wekelijkse', '4wekelijks', '4wekelijkse', 'vierwekelijks', 'vierwekelijkse', '4 wk', '4wk']
    .map((w) => [w, '4weken'] as const),
  ...['week', 'wekelijks', 'wekelijkse', '1 week', 'weekverloning'].map((w) => [w, 'week'] as const),
]);

/** Periods per year → period: "13 perioden", "12 per jaar", "13x per jaar". */
const PERIODS_PER_YEAR: ReadonlyMap<string, PayPeriod> = new Map([
  ['12', 'maand'],
  ['13', '4weken'],
  ['52', 'week'],
]);
const COUNT_WORDS = new Set(['perioden', 'periodes', 'keer', 'maal', 'x']);

function periodOfWords(w: string[]): PayPeriod | null {
  const rest = w.filter((x) => !PERIOD_FILLER.has(x));
  if (!rest.length) return null;
  // "13 perioden", "12 (keer) per jaar", "13x per jaar"
  const count = /^(\d+)x?$/.exec(rest[0]!);
  if (count) {
    const tail = rest.slice(1).filter((x) => !COUNT_WORDS.has(x));
    const counted = rest.length > 1 || rest[0]!.endsWith('x');
    if (counted && (tail.length === 0 || (tail.length === 1 && tail[0] === 'jaar'))) return PERIODS_PER_YEAR.get(count[1]!) ?? null;
  }
  return PERIOD_WORDINGS.get(rest.join(' ')) ?? null;
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
