// Normalising page text for reading and matching. Pure string functions, no DOM, no
// dependencies: this module ships in both content scripts.
//
// Three forms of one text, each for one purpose:
// - collapseWhitespace: the text as a person reads it (shown, stored, reported);
// - words / wordList:   folded words (lowercase, no diacritics, punctuation as spaces) for
//                       word matching (see match.ts);
// - compact:            folded letters and digits only, for comparing a WHOLE label with a
//                       whole wording variant ("Werkgever-ID" = "WerkgeverID"). Never search
//                       inside a compact text: "Werkgever ID gaat" compacts to "…idgaat",
//                       which contains "dga". Use match.ts for anything that is not equality.

/** Whitespace of any kind incl. non-breaking, figure and narrow no-break spaces. */
const ANY_SPACE = /[\s\u00a0\u2007\u202f]+/g;
/** Zero-width characters pages put inside words; they are no word boundary. */
export const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/g;

/** Collapses whitespace (incl. nbsp) to single spaces, drops zero-width characters, trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(ANY_SPACE, ' ').trim();
}

/**
 * Pure ASCII text (most page text). Why it matters: a regular expression with Unicode property
 * classes (\p{L}) costs V8 about a millisecond to compile and again to tier up, per page, and
 * a busy page's garbage collections drop that code again, so every mutation batch on Loket.nl
 * paid for it (measured in Chromium 156). For such text each expression below has an exact
 * ASCII twin: in ASCII, \p{L} is [A-Za-z] and \p{N} is [0-9], and NFKD changes nothing.
 */
export const isAscii = (text: string): boolean => /^[\x00-\x7f]*$/.test(text);

/**
 * ASCII plus the spaces pages put between words (no-break, figure, narrow, zero-width): none is
 * a letter or digit, none has a case, and \s means the same with or without the u flag, so an
 * ASCII twin of an expression answers as its Unicode form does. (NFKD does change them: fold()
 * takes its shortcut for pure ASCII only.)
 */
export const ASCII_WITH_SPACES = /^[\x00-\x7f\u00a0\u2007\u202f\u200b-\u200d\ufeff]*$/;

/**
 * A regular expression for text of ASCII_WITH_SPACES, its Unicode twin for the rest, which is
 * compiled only when a text needs it. `lastIndex` is reset, so global ones can be reused.
 */
export function asciiOr(ascii: RegExp, unicode: RegExp): (text: string) => RegExp {
  return (text) => {
    const re = ASCII_WITH_SPACES.test(text) ? ascii : unicode;
    re.lastIndex = 0;
    return re;
  };
}

/** Lowercase without diacritics and compatibility forms ("één" → "een", "13ᵉ" → "13e"). */
export function fold(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Runs of what is neither letter nor digit. */
const NON_WORD = asciiOr(/[^A-Za-z0-9]+/g, /[^\p{L}\p{N}]+/gu);

/**
 * Folded words joined by single spaces: "Werkgevers-ID *" → "werkgevers id",
 * "Zit er één of meerdere DGA's?" → "zit er een of meerdere dga s".
 */
export function words(text: string): string {
  const folded = fold(text.replace(ZERO_WIDTH, ''));
  return folded.replace(NON_WORD(folded), ' ').trim();
}

/** The folded words of a text as a list (empty for a text without letters or digits). */
export function wordList(text: string): string[] {
  const w = words(text);
  return w ? w.split(' ') : [];
}

/**
 * Letters and digits only, folded: the key for comparing a whole label with a whole variant,
 * so "Werkgever ID", "Werkgever-ID:" and "WerkgeverID" are equal. Equality only (see above).
 */
export function compact(text: string): string {
  return words(text).replaceAll(' ', '');
}

/**
 * Help marks that pages put inside or right after a label: "(?)", "?", "ⓘ", "ℹ", "(i)", or a
 * lone separator. A text that is only such a mark is decoration, never a value.
 */
export const HELP_MARK = /^(?:\(\s*[?i]\s*\)|[?ⓘℹ]|[:\-–])$/u;

/** Required/optional markers forms add to a label; they carry no meaning. */
const REQUIRED_MARKERS = /\((?:verplicht|optioneel|niet verplicht|required|optional)\)/gi;

/**
 * Display form of a label: whitespace collapsed, without the required markers ("*",
 * "(verplicht)") and without trailing ":" and help marks ("(?)", "ⓘ", a "?" set apart by a
 * space). A question's own "?" ("… uitgekeerd?") is kept: it is part of what a person reads.
 */
export function cleanLabel(text: string): string {
  return collapseWhitespace(text.replace(REQUIRED_MARKERS, ' '))
    .replace(/(?:\s*[:*ⓘℹ]|\s+\?|\s*\(\s*[?i]\s*\))+$/u, '')
    .replace(/^\*\s*/, '')
    .trim();
}

/** True when the text contains at least one letter (names must, numbers don't). */
const LETTER = asciiOr(/[A-Za-z]/, /\p{L}/u);
export function hasLetter(text: string): boolean {
  return LETTER(text).test(text);
}

/**
 * A run of nine digits, also grouped as "111 222 333" / "111.222.333" / "1112.22.333": the shape
 * of a BSN. Neither site reads, stores or sends a text holding one.
 */
export function containsNineDigitRun(text: string): boolean {
  return /\d{9}/.test(text) || /\b\d{3}[\s.\-\u00a0]\d{3}[\s.\-\u00a0]\d{3}\b|\b\d{4}\.\d{2}\.\d{3}\b/.test(text);
}

/** A person's or company's name as shown: has a letter, holds no BSN-shaped number, is not a paragraph. */
export function plausibleName(text: string): boolean {
  return hasLetter(text) && text.length <= 200 && !containsNineDigitRun(text);
}
