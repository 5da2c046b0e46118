import {
  employerTransaction,
  lastEmployerIdItem,
  readAllEmployers,
  readEmployerIndex,
  readProfile,
  readRights,
  readSettings,
  rightsItem,
  tabEmployersItem,
  updateEmployer,
  updateEmployers,
  updateRights,
  watchEmployerIndex,
  withStorageLock,
  writeProfile,
  type EmployerIndexEntry,
  type RightsRecord,
  type Settings,
} from '../store';
import type { EmployerRecord } from '../employers/record';
import type { Profile } from '../registration/schema';
import type { Portfolio } from './backup';
import { idPagesIn, idsIn } from '../store/pages';
import { allEmployersKeys, indexEntriesIn, parseAhead } from '../store/employers';
import { ITEM_KEYS, LEGACY_KEY } from '../store/keys';
import { getRawInChunks } from '../store/raw';
import type { OverviewFirstRead } from './first-read';

/**
 * The overview page's only door to storage: every read and write of the page goes through here,
 * so a change of the storage layout is a change of this file alone.
 */

export type Records = Record<string, EmployerRecord>;

/**
 * Everything the page shows, in one read of parallel calls (./raw.ts getRawInChunks): the list
 * and the records of `shown` (the ids on the page, in list order), rights, profile and settings.
 * Ids listed since are read after it; a record deleted meanwhile is handled by the store's read.
 */
export async function readPortfolio(shown: readonly string[] = []): Promise<Portfolio & { settings: Settings }> {
  const keys = [ITEM_KEYS.rights, ITEM_KEYS.profile, ITEM_KEYS.settings, ...allEmployersKeys(shown)];
  // 50 keys a call: every column 340-348 ms against 366-372 with 100 and 376 with 25 (A/B, load 5.5).
  const read = await getRawInChunks(keys, 50, parseAhead);
  const [employers, rights, profile, settings] = await Promise.all([readAllEmployers(read), readRights(read), readProfile(read), readSettings(read)]);
  return { employers, rights, profile, settings };
}

/**
 * What the first paint needs: the small index entries and the language, no full record (reading
 * and validating 1,000 of those comes after, in readPortfolio).
 */
export async function readFirstPaint(early?: Promise<OverviewFirstRead>): Promise<{ entries: EmployerIndexEntry[]; settings: Settings }> {
  const read = early && (await early.catch(() => null));
  const entries = read ? entriesFrom(read) : null;
  if (read && entries) return { entries, settings: await readSettings(read.items) };
  const [index, settings] = await Promise.all([readEmployerIndex(), readSettings()]);
  return { entries: index, settings };
}

/**
 * The first-read script's entries, validated like the store's own read; null when anything is
 * missing, damaged or not yet migrated: the store's read then repairs and sets aside as usual.
 */
function entriesFrom(read: OverviewFirstRead): EmployerIndexEntry[] | null {
  const pages = read.items[LEGACY_KEY] === undefined ? idPagesIn(read.items) : null;
  return pages && indexEntriesIn(idsIn(pages), read.entries);
}

/** A locked read-modify-write of several employers at once (bulk stage, merge, restore, undo). */
export function changeEmployers(change: (records: Records) => Records): Promise<Records> {
  return updateEmployers(change);
}

/** A locked read-modify-write of one employer; returning null deletes it. */
export function changeEmployer(id: string, change: (record: EmployerRecord | null) => EmployerRecord | null): Promise<EmployerRecord | null> {
  return updateEmployer(id, change);
}

/** Removes employers in one transaction, and every pointer to them. Returns what was removed, for undo. */
export async function deleteEmployers(ids: readonly string[]): Promise<EmployerRecord[]> {
  const gone = new Set(ids);
  const removed = await employerTransaction(async (tx) => {
    const found: EmployerRecord[] = [];
    for (const id of gone) {
      const record = await tx.read(id);
      if (record) found.push(record);
      tx.remove(id);
    }
    const last = await lastEmployerIdItem.getValue();
    if (last && gone.has(last)) await lastEmployerIdItem.setValue(null);
    return found;
  });
  await withStorageLock('tabEmployers', async () => {
    const tabs = await tabEmployersItem.getValue();
    const kept = Object.entries(tabs).filter(([, id]) => !gone.has(id));
    if (kept.length !== Object.keys(tabs).length) await tabEmployersItem.setValue(Object.fromEntries(kept));
  });
  return removed;
}

/** Writes a restore: employers, rights and profile, each under its own lock. */
export async function writeRestore(
  change: (records: Records) => Records,
  rights: (records: Record<string, RightsRecord>) => Record<string, RightsRecord>,
  profile: (current: Profile) => Profile,
): Promise<void> {
  await updateEmployers(change);
  await updateRights(rights);
  await withStorageLock('profile', async () => writeProfile(profile(await readProfile())));
}

/**
 * Calls back when employers or rights change (here, in the popup, by a Loket.nl capture): every
 * change of a record changes its index entry (updatedAt at least).
 */
export function watchPortfolio(onChange: () => void): () => void {
  const unwatch = [watchEmployerIndex(onChange), rightsItem.watch(onChange)];
  return () => unwatch.forEach((u) => u());
}
