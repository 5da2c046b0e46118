/**
 * The one way UI text is written: tables of phrases, Dutch and English side by side, read by a
 * typed key. Each page has its own table file (./popup.ts, ./overview.ts, ...) so a bundle
 * carries only the words of the parts it loads.
 *
 * The browser's UI language is not used: processors work in Dutch whatever their browser says,
 * and English is a deliberate choice in the popup or the overview.
 */
export type Lang = 'nl' | 'en';

/** One text in both languages. `{name}` marks a placeholder; Dutch and English hold the same ones. */
export interface Phrase {
  readonly nl: string;
  readonly en: string;
}

/** Placeholder values by name. */
export type Values = Readonly<Record<string, string | number>>;

/** A table of phrases; its keys become a type, so an unknown key does not compile. */
export const defineTable = <T extends Record<string, Phrase>>(table: T): T => table;

/** `{name}` placeholders filled from `values`; one without a value stays as written. */
export const fill = (template: string, values: Values): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** The phrase `key` of `table` in `lang`, its placeholders filled when `values` are given. */
export function translate<K extends string>(table: Readonly<Record<K, Phrase>>, key: NoInfer<K>, lang: Lang, values?: Values): string {
  const phrase = table[key][lang];
  return values ? fill(phrase, values) : phrase;
}

/** The phrase for a key known only at run time (a field name from data); undefined when the table has none. */
export const lookup = (table: Readonly<Record<string, Phrase>>, key: string): Phrase | undefined => table[key];

/**
 * "nl" when English mode shows this phrase in Dutch on purpose (the a.s.r. form's own field
 * names: the same in both languages), so screen readers pronounce it as Dutch; undefined otherwise.
 */
export const keptDutch = (phrase: Phrase | undefined, lang: Lang): 'nl' | undefined =>
  lang === 'en' && phrase !== undefined && phrase.en === phrase.nl ? 'nl' : undefined;
