import { browser } from 'wxt/browser';
import { EmployerRecordSchema, type EmployerRecord } from '../employers/record';
import { employersV1toV2 } from './migrations';
import { quarantine } from './items';
import { withStorageLock } from './lock';
import {
  EMPLOYERS_LOCK,
  EMPLOYERS_VERSION,
  EMPLOYERS_VERSION_KEY,
  LEGACY_KEY,
  LEGACY_META_KEY,
  employerKey,
  entryIn,
  entryKey,
  entryOf,
  entryText,
  werkgeverKeysOf,
} from './layout';
import { idsIn, readIdPages, rebuildIdPages, writeIdPages } from './pages';
import { getRaw, removeRaw, setRaw, type RawItems } from './raw';
import { ensureMigrated, MIGRATE_REQUEST, rearm, setMigrator } from './ready';

/** Records copied per storage write: bounded writes, and an interruption loses at most one batch of work. */
export const MIGRATION_BATCH = 250;

/**
 * Moves the single `employers` item (versions 1 and 2) to one key per employer. Idempotent, so
 * an interruption (browser closed, extension updated, a failing write) is finished by the next
 * run: records are copied first, then the list of ids is written, and only then is the old
 * item removed; until then every run starts again from the old item, which is never changed.
 * Records that fail validation are set aside in the quarantine (once, however often this runs).
 */
export async function migrateLegacyEmployers(): Promise<void> {
  // Outside the lock first: after the migration this is one small read per page opening.
  if ((await getRaw([LEGACY_KEY]))[LEGACY_KEY] === undefined) return;
  await withStorageLock(EMPLOYERS_LOCK, async () => {
    const legacy = (await getRaw([LEGACY_KEY]))[LEGACY_KEY];
    if (legacy === undefined) return;
    // The v1 → v2 step leaves v2 records as they are, so it runs whatever the version marker says.
    const stored = employersV1toV2(legacy);
    const valid: EmployerRecord[] = [];
    if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) {
      await quarantine(LEGACY_KEY, legacy, [{ path: [], message: 'geen object' }]);
    } else {
      for (const [id, raw] of Object.entries(stored)) {
        const parsed = EmployerRecordSchema.safeParse(raw);
        if (parsed.success && parsed.data.id === id) valid.push(parsed.data);
        else await quarantine(`employers.${id}`, raw, parsed.success ? [{ path: ['id'], message: `hoort bij sleutel ${id}` }] : parsed.error.issues);
      }
    }
    for (let i = 0; i < valid.length; i += MIGRATION_BATCH) {
      const batch = valid.slice(i, i + MIGRATION_BATCH);
      await setRaw(
        Object.fromEntries(
          batch.flatMap((r) => [
            [employerKey(r.id), r],
            [entryKey(r.id), entryText(entryOf(r))],
            ...werkgeverKeysOf(r).map((k) => [k, r.id]),
          ]),
        ),
      );
    }
    // Employers already in the new layout (a run interrupted after this step) stay listed first.
    const existing = idsIn((await readIdPages()) ?? (await rebuildIdPages()));
    await writeIdPages([...new Set([...existing, ...valid.map((r) => r.id)])]);
    await removeRaw([LEGACY_KEY, LEGACY_META_KEY]);
  });
}

/**
 * Version 3 → 4: index entries stored as objects are rewritten as JSON text (see
 * EMPLOYERS_VERSION). Readers take either form meanwhile, so no page waits for this; a damaged
 * entry is left to the readers, which rebuild it from its record. Idempotent.
 */
export async function migrateEntriesToText(): Promise<void> {
  const isCurrent = (raw: RawItems) => raw[EMPLOYERS_VERSION_KEY] === EMPLOYERS_VERSION;
  if (isCurrent(await getRaw([EMPLOYERS_VERSION_KEY]))) return;
  await withStorageLock(EMPLOYERS_LOCK, async () => {
    if (isCurrent(await getRaw([EMPLOYERS_VERSION_KEY]))) return;
    const ids = idsIn((await readIdPages()) ?? (await rebuildIdPages()));
    for (let i = 0; i < ids.length; i += MIGRATION_BATCH) {
      // Each batch is read right before it is written: a popup closing writes its employer
      // without the lock (writeEmployerUnlocked), already as text, and must not be overwritten
      // by an entry read before it.
      const batch = ids.slice(i, i + MIGRATION_BATCH);
      const raw = await getRaw(batch.map(entryKey));
      const texts = batch.flatMap((id) => {
        const value = raw[entryKey(id)];
        const entry = typeof value === 'object' ? entryIn(value, id) : null;
        return entry ? [[entryKey(id), entryText(entry)] as const] : [];
      });
      if (texts.length) await setRaw(Object.fromEntries(texts));
    }
    await setRaw({ [EMPLOYERS_VERSION_KEY]: EMPLOYERS_VERSION });
  });
}

/** Every step, in order, each a no-op once done: the background's migrator. */
export async function migrateStoredEmployers(): Promise<void> {
  await migrateLegacyEmployers();
  // Readers take version 3's entries as they are: a failed rewrite (storage full, a write
  // refused) must not hold up every capture and fill; the next start tries again.
  await migrateEntriesToText().catch(() => undefined);
}

setMigrator(migrateStoredEmployers);

/**
 * Moves old-format employers that appear after start too: a back-up exported by an older
 * version and restored as it was brings the single item back. For the background, which
 * lives long; a page reads storage afresh each time it opens.
 */
export function migrateWhenLegacyAppears(): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (changes[LEGACY_KEY]?.newValue === undefined) return;
    rearm();
    void ensureMigrated().catch(() => undefined);
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}

export { ensureMigrated, MIGRATE_REQUEST };
