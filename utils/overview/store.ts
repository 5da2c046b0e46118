import {
  employersItem,
  lastEmployerIdItem,
  readEmployers,
  readProfile,
  readRights,
  readSettings,
  rightsItem,
  updateEmployers,
  updateRights,
  withStorageLock,
  writeProfile,
  type RightsRecord,
  type Settings,
} from '../storage';
import type { EmployerRecord } from '../employer-record';
import type { Profile } from '../registration/schema';
import type { Portfolio } from './backup';

/**
 * The overview page's only door to storage: every read and write of the page goes through here,
 * so a change of the storage layout is a change of this file alone.
 */

export type Records = Record<string, EmployerRecord>;

export async function readPortfolio(): Promise<Portfolio & { settings: Settings }> {
  const [employers, rights, profile, settings] = await Promise.all([readEmployers(), readRights(), readProfile(), readSettings()]);
  return { employers, rights, profile, settings };
}

/** A locked read-modify-write of several employers at once (bulk stage, merge, restore, undo). */
export function changeEmployers(change: (records: Records) => Records): Promise<Records> {
  return updateEmployers(change);
}

/** A locked read-modify-write of one employer; returning null deletes it. */
export async function changeEmployer(id: string, change: (record: EmployerRecord | null) => EmployerRecord | null): Promise<EmployerRecord | null> {
  let result: EmployerRecord | null = null;
  await updateEmployers((records) => {
    result = change(records[id] ?? null);
    const { [id]: _old, ...rest } = records;
    return result ? { ...rest, [id]: result } : rest;
  });
  return result;
}

/** Removes employers; the popup forgets one it had open. Returns what was removed, for undo. */
export async function deleteEmployers(ids: readonly string[]): Promise<EmployerRecord[]> {
  const removed: EmployerRecord[] = [];
  const gone = new Set(ids);
  await updateEmployers((records) =>
    Object.fromEntries(
      Object.entries(records).filter(([id, record]) => {
        if (gone.has(id)) removed.push(record);
        return !gone.has(id);
      }),
    ),
  );
  const last = await lastEmployerIdItem.getValue();
  if (last && gone.has(last)) await lastEmployerIdItem.setValue(null);
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

/** Calls back when employers or rights change elsewhere (popup, a Loket.nl capture). */
export function watchPortfolio(onChange: () => void): () => void {
  const unwatch = [employersItem.watch(onChange), rightsItem.watch(onChange)];
  return () => unwatch.forEach((u) => u());
}
