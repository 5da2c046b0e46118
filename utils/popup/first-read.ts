import { browser } from 'wxt/browser';
import { ITEM_KEYS, LEGACY_KEY, employerKey } from '../store/keys';
import { siteOf } from '../browser/sites';
import { resolveTargetTab, type TargetTab } from './target-tab';

/**
 * What the popup's first paint needs from the browser, as stored (validated later, in the
 * popup's bundle): two round trips to storage whatever the number of employers. Run by a
 * script of a few hundred bytes ahead of the popup's bundle (entrypoints/popup-first-read.ts),
 * so the reads overlap with loading React rather than following it.
 */
export interface FirstRead {
  target: TargetTab | null;
  /** The small items and LEGACY_KEY, as one storage call returned them (absent keys left out). */
  items: Record<string, unknown>;
  /** The employer the target Loket.nl tab shows, if any. */
  tabEmployerId: string | undefined;
  /** The employers that may be shown: the tab's, the popup's choice, the last seen. */
  candidateIds: string[];
  /** Their stored values; null while the old single item is stored (read after its migration). */
  employers: Record<string, unknown> | null;
}

export const FIRST_READ_KEYS: string[] = [LEGACY_KEY, ...Object.values(ITEM_KEYS).filter((k) => k !== ITEM_KEYS.tabEmployers)];

const idIn = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** The employer a Loket.nl tab shows, by the stored tab → employer map (any other tab: none). */
export function employerOfTab(target: TargetTab | null, tabEmployers: unknown): string | undefined {
  if (!target || siteOf(target.url) !== 'loket' || !tabEmployers || typeof tabEmployers !== 'object') return undefined;
  return idIn((tabEmployers as Record<string, unknown>)[String(target.id)]);
}

export async function readFirstPaint(search: string): Promise<FirstRead> {
  const [target, items, session] = await Promise.all([
    resolveTargetTab(search).catch(() => null),
    browser.storage.local.get(FIRST_READ_KEYS),
    browser.storage.session.get(ITEM_KEYS.tabEmployers).catch(() => ({})),
  ]);
  const tabEmployerId = employerOfTab(target, (session as Record<string, unknown>)[ITEM_KEYS.tabEmployers]);
  const candidateIds = [
    ...new Set([tabEmployerId, idIn(items[ITEM_KEYS.chosenEmployerId]), idIn(items[ITEM_KEYS.lastEmployerId])]),
  ].filter((id): id is string => !!id);
  const migrated = items[LEGACY_KEY] === undefined;
  const employers = !migrated ? null : candidateIds.length ? await browser.storage.local.get(candidateIds.map(employerKey)) : {};
  return { target, items, tabEmployerId, candidateIds, employers };
}

/** Set by the first-read script; absent when the popup's bundle runs without it (unit tests). */
export const FIRST_READ_GLOBAL = '__popupFirstRead';
