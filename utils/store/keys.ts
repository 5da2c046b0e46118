/**
 * The storage keys, with no code attached, so the popup's first-read script (a few hundred
 * bytes, entrypoints/popup-first-read.ts) can name them without loading the schemas. The items
 * themselves (fallbacks, validation) are declared in ./items.ts, the employers' layout in ./layout.ts.
 */
export const ITEM_KEYS = {
  profile: 'profile',
  rights: 'rights',
  lastEmployerId: 'lastEmployerId',
  settings: 'settings',
  chosenEmployerId: 'chosenEmployerId',
  asrFormUrl: 'asrFormUrl',
  tabEmployers: 'tabEmployers',
  quarantine: 'quarantine',
} as const;

/** The single item of versions ≤ 2, until ./migrate.ts has moved it. */
export const LEGACY_KEY = 'employers';
export const EMPLOYER_PREFIX = 'employer:';
export const employerKey = (id: string) => EMPLOYER_PREFIX + id;
