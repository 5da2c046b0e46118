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

/** The list of employer ids in pages, and each employer's index entry (layout in ./layout.ts). */
export const IDS_ROOT_KEY = 'employerIds';
export const IDS_OPEN_KEY = 'employerIds:open';
export const idsPageKey = (page: number) => `employerIds:${page}`;
export const ENTRY_PREFIX = 'employerEntry:';
export const entryKey = (id: string) => ENTRY_PREFIX + id;
/** Pages read along with the root in the first call, before their number is known. */
export const SPECULATIVE_PAGES = 8;
/** The first call that reads the list: root, open page and the first SPECULATIVE_PAGES pages. */
export const FIRST_IDS_KEYS = [IDS_ROOT_KEY, IDS_OPEN_KEY, ...Array.from({ length: SPECULATIVE_PAGES }, (_, k) => idsPageKey(k))];
