// Pure and dependency-free: the Loket.nl content script imports this, so it must stay tiny.

/** Strips spaces (incl. non-breaking), dots and dashes and uppercases: `6281.94.821.l.01` → `628194821L01`. */
export function normalizeLoonheffingennummer(raw: string): string {
  return raw.replace(/[\s\u00a0.\-–]/g, '').toUpperCase();
}

export type LoonheffingennummerProblem = 'shape' | 'checkDigit' | 'subNumber';

const SHAPE = /^(\d{9})L(\d{2})$/;

/** Eleven-test on nine digits; a remainder of 10 is never valid (no lenient mapping to 0). */
export function passesElevenTest(nineDigits: string): boolean {
  if (!/^\d{9}$/.test(nineDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(nineDigits[i]);
  const remainder = sum % 11;
  return remainder !== 10 && remainder === Number(nineDigits[8]);
}

/**
 * Every problem of an already normalised number, in order shape, checkDigit, subNumber.
 * All are reported because the check-digit error can be overridden: a sub-number `00`
 * must still block after the user accepted a failed eleven-test.
 */
export function loonheffingennummerProblems(normalized: string): LoonheffingennummerProblem[] {
  const match = SHAPE.exec(normalized);
  if (!match) return ['shape'];
  const problems: LoonheffingennummerProblem[] = [];
  if (!passesElevenTest(match[1]!)) problems.push('checkDigit');
  if (match[2] === '00') problems.push('subNumber');
  return problems;
}

/** Returns the first problem of an already normalised number, or null when it is valid. */
export function loonheffingennummerProblem(normalized: string): LoonheffingennummerProblem | null {
  return loonheffingennummerProblems(normalized)[0] ?? null;
}

/** True when the text has the shape of a loonheffingennummer once normalised (used to find them on pages). */
export function looksLikeLoonheffingennummer(raw: string): boolean {
  return SHAPE.test(normalizeLoonheffingennummer(raw));
}
