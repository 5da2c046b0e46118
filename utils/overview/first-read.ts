import { browser } from 'wxt/browser';
import { FIRST_IDS_KEYS, ITEM_KEYS, LEGACY_KEY, SPECULATIVE_PAGES, entryKey, idsPageKey } from '../store/keys';

/**
 * What the overview's first paint reads, as stored (validated in the page's bundle by
 * ./store.ts): the settings, the list of ids and every index entry. Run by a script of a few
 * hundred bytes ahead of the bundle (entrypoints/overview-first-read.ts), so the reads overlap
 * with loading React rather than following it.
 */
export interface OverviewFirstRead {
  /** LEGACY_KEY, settings, the ids' root and pages, as storage returned them (absent keys left out). */
  items: Record<string, unknown>;
  /** The index entries of the ids found in those pages. */
  entries: Record<string, unknown>;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export async function readOverviewFirstRead(): Promise<OverviewFirstRead> {
  const local = browser.storage.local;
  const items: Record<string, unknown> = await local.get([LEGACY_KEY, ITEM_KEYS.settings, ...FIRST_IDS_KEYS]);
  const root = items[FIRST_IDS_KEYS[0]!] as { sealed?: unknown } | undefined;
  const sealed = typeof root?.sealed === 'number' ? root.sealed : 0;
  const more = Array.from({ length: Math.max(0, sealed - SPECULATIVE_PAGES) }, (_, k) => idsPageKey(SPECULATIVE_PAGES + k));
  if (more.length) Object.assign(items, await local.get(more));
  // Unvalidated: an id that is not a string is skipped here and the whole read refused later.
  const ids = [...FIRST_IDS_KEYS.slice(2), ...more, FIRST_IDS_KEYS[1]!].flatMap((k) => strings(items[k]));
  const entries = items[LEGACY_KEY] === undefined && ids.length ? await local.get(ids.map(entryKey)) : {};
  return { items, entries };
}

/** Set by the first-read script; absent when the page's bundle runs without it (unit tests). */
export const OVERVIEW_FIRST_READ_GLOBAL = '__overviewFirstRead';
