import {
  EMPLOYER_PREFIX,
  IDS_OPEN_KEY,
  IDS_ROOT_KEY,
  IdsPageSchema,
  IdsRootSchema,
  PAGE_SIZE,
  idsPageKey,
  isIdsKey,
} from './layout';
import { getEverything, getRaw, removeRaw, setRaw, type RawItems } from './raw';
import { FIRST_IDS_KEYS, SPECULATIVE_PAGES } from './keys';

/**
 * The list of employer ids, in fixed-size pages (see ./layout.ts). Reading it is one call for
 * up to PAGE_SIZE × (SPECULATIVE_PAGES + 1) employers; adding an id writes the open page (and,
 * every PAGE_SIZE ids, one full page and the root). Callers hold the employers lock to write.
 */

export interface IdPages {
  sealed: string[][];
  open: string[];
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

function rootOf(raw: unknown): number | null {
  if (raw === undefined) return 0;
  const parsed = IdsRootSchema.safeParse(raw);
  return parsed.success ? parsed.data.sealed : null;
}

function pageOf(raw: unknown, missing: string[] | null): string[] | null {
  if (raw === undefined) return missing;
  const parsed = IdsPageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The whole list; null when a page is damaged or missing (then rebuild it). */
export async function readIdPages(): Promise<IdPages | null> {
  const first = await getRaw(FIRST_IDS_KEYS);
  const sealedCount = rootOf(first[IDS_ROOT_KEY]);
  if (sealedCount === null) return null;
  const rest = await getRaw(range(SPECULATIVE_PAGES, sealedCount).map(idsPageKey));
  return idPagesIn({ ...first, ...rest });
}

/** The list in items read as stored (root, open page, every sealed page), validated; null when damaged or incomplete. */
export function idPagesIn(all: RawItems): IdPages | null {
  const sealedCount = rootOf(all[IDS_ROOT_KEY]);
  if (sealedCount === null) return null;
  const sealed = range(0, sealedCount).map((k) => pageOf(all[idsPageKey(k)], null));
  const open = pageOf(all[IDS_OPEN_KEY], []);
  if (open === null || sealed.some((p) => p === null)) return null;
  return { sealed: sealed as string[][], open };
}

export const idsIn = (pages: IdPages): string[] => [...new Set([...pages.sealed.flat(), ...pages.open])];

/** The writes that make `pages` the stored list, given how many full pages were stored before. */
function writesOf(pages: IdPages, storedSealed: number): { set: RawItems; remove: string[] } {
  const set: RawItems = { [IDS_ROOT_KEY]: { sealed: pages.sealed.length }, [IDS_OPEN_KEY]: pages.open };
  pages.sealed.forEach((page, k) => (set[idsPageKey(k)] = page));
  return { set, remove: range(pages.sealed.length, storedSealed).map(idsPageKey) };
}

export function pagesOf(ids: string[]): IdPages {
  const sealed: string[][] = [];
  let open = ids;
  while (open.length >= PAGE_SIZE) {
    sealed.push(open.slice(0, PAGE_SIZE));
    open = open.slice(PAGE_SIZE);
  }
  return { sealed, open };
}

/** Writes the list afresh (migration, repair). */
export async function writeIdPages(ids: string[]): Promise<void> {
  const stored = rootOf((await getRaw([IDS_ROOT_KEY]))[IDS_ROOT_KEY]) ?? 0;
  const { set, remove } = writesOf(pagesOf(ids), stored);
  await setRaw(set);
  await removeRaw(remove);
}

/**
 * A damaged list is rebuilt from the records themselves: no employer becomes invisible.
 * Reads everything once, so only ever on damage.
 */
export async function rebuildIdPages(): Promise<IdPages> {
  const everything = await getEverything();
  const ids = Object.keys(everything)
    .filter((k) => k.startsWith(EMPLOYER_PREFIX))
    .map((k) => k.slice(EMPLOYER_PREFIX.length));
  const pages = pagesOf(ids);
  const { set } = writesOf(pages, 0);
  const stale = Object.keys(everything).filter((k) => isIdsKey(k) && !(k in set));
  await removeRaw(stale);
  await setRaw(set);
  return pages;
}

/**
 * The writes that add `added` and drop `removed`. Adding alone reads only the root and the open
 * page; dropping reads the whole list (deletions are rare).
 */
export async function idPageChanges(added: string[], removed: string[]): Promise<RawItems> {
  const set: RawItems = {};
  // A record changed in place (every keystroke's save) changes no page: nothing to read.
  if (!added.length && !removed.length) return set;
  let open: string[];
  let sealedCount: number;
  if (removed.length) {
    const pages = (await readIdPages()) ?? (await rebuildIdPages());
    const gone = new Set(removed);
    pages.sealed.forEach((page, k) => {
      if (page.some((id) => gone.has(id))) set[idsPageKey(k)] = page.filter((id) => !gone.has(id));
    });
    open = pages.open.filter((id) => !gone.has(id));
    if (open.length !== pages.open.length) set[IDS_OPEN_KEY] = open;
    sealedCount = pages.sealed.length;
  } else {
    const stored = await getRaw([IDS_ROOT_KEY, IDS_OPEN_KEY]);
    const root = rootOf(stored[IDS_ROOT_KEY]);
    const storedOpen = pageOf(stored[IDS_OPEN_KEY], []);
    if (root === null || storedOpen === null) {
      const pages = await rebuildIdPages();
      [open, sealedCount] = [pages.open, pages.sealed.length];
    } else [open, sealedCount] = [storedOpen, root];
  }
  if (!added.length) return set;
  const before = sealedCount;
  open = [...open, ...added.filter((id) => !open.includes(id))];
  while (open.length >= PAGE_SIZE) {
    set[idsPageKey(sealedCount++)] = open.slice(0, PAGE_SIZE);
    open = open.slice(PAGE_SIZE);
  }
  set[IDS_OPEN_KEY] = open;
  if (sealedCount !== before) set[IDS_ROOT_KEY] = { sealed: sealedCount };
  return set;
}
