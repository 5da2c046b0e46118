// The overview's order of names and other text, as Intl.Collator('nl', { numeric: true,
// sensitivity: 'base' }) gives it, without creating that collator for the first paint.
//
// Why: the first Intl.Collator in a fresh extension process loads ICU's collation data, about
// 31 ms in Chromium 156, and the overview sorts its rows by name before it can show any
// (issue 26). Names of Dutch employers are nearly always ASCII with a few accented letters,
// where the collator's answer is simple: case and accents do not count (base sensitivity), runs
// of digits compare by value (numeric), and the rest compares by a fixed order of primary
// weights (spaces, then punctuation in ICU's root order, then digits, then letters). Any other
// character sends the comparison to the real collator, created then. A property test holds
// the two equal (tests/unit/overview/text-order.test.ts).

/** ASCII punctuation and symbols in ICU's root collation order (each its own primary weight). */
const PUNCTUATION = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$';
/** Latin-1 letters whose primary weight is their base letter's (accents count only at secondary strength). */
const ACCENTED: Record<string, string> = {
  a: 'àáâãäåÀÁÂÃÄÅ',
  c: 'çÇ',
  e: 'èéêëÈÉÊË',
  i: 'ìíîïÌÍÎÏ',
  n: 'ñÑ',
  o: 'òóôõöÒÓÔÕÖ',
  u: 'ùúûüÙÚÛÜ',
  y: 'ýÿÝ',
};
const DIGIT = 100;
const LETTER = 200;
/** Primary weight per code unit below 256; 0: not handled here (the collator decides). */
const WEIGHT = new Uint16Array(256);
for (let i = 0; i < PUNCTUATION.length; i++) WEIGHT[PUNCTUATION.charCodeAt(i)] = 1 + i;
for (let i = 0; i < 26; i++) WEIGHT[97 + i] = WEIGHT[65 + i] = LETTER + i;
for (const [base, variants] of Object.entries(ACCENTED)) for (const ch of variants) WEIGHT[ch.charCodeAt(0)] = WEIGHT[base.charCodeAt(0)]!;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const weightOf = (c: number): number => (isDigit(c) ? DIGIT : c < 256 ? WEIGHT[c]! : 0);

/** The end of the digit run starting at `from`. */
function runEnd(s: string, from: number): number {
  let end = from;
  while (end < s.length && isDigit(s.charCodeAt(end))) end++;
  return end;
}

/**
 * Compares two texts as the collator does when every character up to the first difference is
 * one of those above; null when another character comes first.
 */
export function compareSimpleText(a: string, b: string): number | null {
  let i = 0;
  let j = 0;
  for (;;) {
    if (i >= a.length) return j >= b.length ? 0 : -1;
    if (j >= b.length) return 1;
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (isDigit(x) && isDigit(y)) {
      // Numeric: leading zeros do not count, then the longer number is the larger.
      const ae = runEnd(a, i);
      const be = runEnd(b, j);
      while (i < ae - 1 && a.charCodeAt(i) === 48) i++;
      while (j < be - 1 && b.charCodeAt(j) === 48) j++;
      if (ae - i !== be - j) return ae - i - (be - j);
      for (; i < ae; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return a.charCodeAt(i) - b.charCodeAt(j);
      continue;
    }
    const wx = weightOf(x);
    const wy = weightOf(y);
    if (wx === 0 || wy === 0) return null;
    if (wx !== wy) return wx - wy;
    i++;
    j++;
  }
}

let collator: Intl.Collator | null = null;

/** Intl.Collator('nl', { numeric: true, sensitivity: 'base' }).compare, the collator made only when needed. */
export function compareText(a: string, b: string): number {
  return compareSimpleText(a, b) ?? (collator ??= new Intl.Collator('nl', { numeric: true, sensitivity: 'base' })).compare(a, b);
}
