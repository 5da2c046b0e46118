// Text helpers shared by the Loket.nl readers. Pure, no DOM access.

/** Whitespace of any kind, incl. non-breaking and narrow no-break spaces that Loket.nl pages use in labels. */
const ANY_SPACE = /[\s\u00a0\u2007\u202f\u200b]+/g;

/** Collapses whitespace (incl. nbsp) to single spaces and trims: the text as a person reads it. */
export function normalizeSpace(text: string): string {
  return text.replace(ANY_SPACE, ' ').trim();
}

/**
 * Help marks that pages put inside or right after a label: "(?)", "?", "ⓘ", "ℹ", "(i)".
 * A text that is only such a mark (or a separator) is decoration, never a value.
 */
export const HELP_MARK = /^(?:\(\s*[?i]\s*\)|[?ⓘℹ]|[:\-–])$/u;

/** Display form of a label: normalised spaces, without the trailing `:` / `*` / help marks ("(?)", "ⓘ") that forms append. */
export function cleanLabel(text: string): string {
  return normalizeSpace(text)
    .replace(/(?:[\s:*?ⓘℹ]|\(\s*[?i]\s*\))+$/u, '')
    .replace(/^\*\s*/, '')
    .trim();
}

/** Matching form of a label: cleanLabel, lowercased. Only used for comparisons, never shown. */
export function normalizeLabel(text: string): string {
  return cleanLabel(text).toLowerCase();
}

/**
 * Looser key for label variants: also ignores hyphens, dots and spaces, so "Werkgever-ID",
 * "Werkgever ID" and "WerkgeverID" meet. Words still have to match completely, so
 * "Personeelsnummer verloning" never equals "Personeelsnummer".
 */
export function labelKey(text: string): string {
  return normalizeLabel(text).replace(/[\s.\-–_/]+/g, '');
}

/** True when the text contains at least one letter (names must, numbers don't). */
export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

/**
 * A run of nine digits (also written "111 222 333" / "111.222.333"): BSN-shaped. Free text
 * fields (names) holding one are dropped, so a BSN from a neighbouring field cannot ride along.
 */
export function containsNineDigitRun(text: string): boolean {
  // Nine or more digits in a row, or the usual groupings 123 456 789 / 123.456.789 / 1234.56.789.
  return /\d{9}/.test(text) || /\b\d{3}[\s.\-\u00a0]\d{3}[\s.\-\u00a0]\d{3}\b|\b\d{4}\.\d{2}\.\d{3}\b/.test(text);
}

/** A name as shown: has a letter, no BSN-shaped number, not a paragraph. */
export function plausibleName(text: string): boolean {
  return hasLetter(text) && text.length <= 200 && !containsNineDigitRun(text);
}
