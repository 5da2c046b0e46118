// Word matching: does a text say a word or phrase? Matching happens on words (see
// normalize.ts `wordList`), never on a text with its spaces removed, so letters are never
// matched across a space: "Werkgever ID gaat…" does not contain "dga".
//
// A phrase is written as words ("naam dga", "werkgever id", "loonheffing"). It matches a run
// of the text's words when
// - it starts at the start of a text word (no matching inside a word: "halfmaandelijks" does
//   not contain the word "maand");
// - every space IN THE TEXT inside the run is a space in the phrase too (the text may write a
//   compound where the phrase has two words: phrase "werkgever id" matches "WerkgeverID",
//   but phrase "dga" never matches "d ga");
// - it ends at the end of a text word, or, with `prefix`, anywhere inside the last one
//   (phrase "loonheffing" matches "Loonheffingennummer" as a prefix).

import { wordList } from './normalize';

export interface MatchOptions {
  /** The phrase's last word may be the start of a longer text word (a stem). Default false. */
  prefix?: boolean;
}

/** A phrase prepared once: its letters without spaces and where its word boundaries are. */
export interface Phrase {
  readonly letters: string;
  /** Offsets into `letters` where a phrase word ends (the last one is letters.length). */
  readonly ends: ReadonlySet<number>;
}

export function phrase(text: string): Phrase {
  const ends = new Set<number>();
  let letters = '';
  for (const w of wordList(text)) {
    letters += w;
    ends.add(letters.length);
  }
  return { letters, ends };
}

function matchesAt(textWords: readonly string[], start: number, p: Phrase, prefix: boolean): boolean {
  let offset = 0;
  for (let i = start; i < textWords.length; i++) {
    const w = textWords[i]!;
    const rest = p.letters.length - offset;
    if (w.length >= rest) {
      // The last text word of the run: the phrase ends inside it or exactly at its end.
      if (!w.startsWith(p.letters.slice(offset))) return false;
      return w.length === rest || prefix;
    }
    if (p.letters.slice(offset, offset + w.length) !== w) return false;
    offset += w.length;
    // The text has a space here: the phrase must have one too.
    if (!p.ends.has(offset)) return false;
  }
  return false;
}

/** Does the text (already split by `wordList`) contain the phrase? */
export function wordsContain(textWords: readonly string[], p: Phrase, opts: MatchOptions = {}): boolean {
  if (!p.letters) return false;
  const first = p.letters[0];
  for (let i = 0; i < textWords.length; i++) {
    if (textWords[i]![0] === first && matchesAt(textWords, i, p, !!opts.prefix)) return true;
  }
  return false;
}

/** Does the text contain the phrase (as words; see the rules at the top of this file)? */
export function hasPhrase(text: string, phraseText: string, opts: MatchOptions = {}): boolean {
  return wordsContain(wordList(text), phrase(phraseText), opts);
}

/** Does the text contain any of the phrases? */
export function hasAnyPhrase(text: string, phrases: readonly string[], opts: MatchOptions = {}): boolean {
  const w = wordList(text);
  return phrases.some((p) => wordsContain(w, phrase(p), opts));
}

/** Does the text START with the phrase (its first words are the phrase)? */
export function startsWithPhrase(text: string, phraseText: string, opts: MatchOptions = {}): boolean {
  const p = phrase(phraseText);
  return !!p.letters && matchesAt(wordList(text), 0, p, !!opts.prefix);
}

/** Is the whole text the phrase (same words; a compound may stand for two phrase words)? */
export function isPhrase(text: string, phraseText: string): boolean {
  const w = wordList(text);
  const p = phrase(phraseText);
  return !!p.letters && w.join('') === p.letters && matchesAt(w, 0, p, false);
}
