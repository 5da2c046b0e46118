import { browser } from 'wxt/browser';
import { LEGACY_KEY } from './layout';
import { getRaw, type RawItems } from './raw';

/**
 * Employers stored by an older version are moved by one migrator, the background's
 * (./migrate.ts registers itself there). A page that still finds the old item asks the
 * background and waits: the migration's code stays out of the popup's budget.
 */
export const MIGRATE_REQUEST = 'storage/migrate';

let migrator: (() => Promise<void>) | null = null;
let ready: Promise<void> | null = null;

export function setMigrator(migrate: () => Promise<void>): void {
  migrator = migrate;
  ready = null;
}

async function askBackground(): Promise<void> {
  await browser.runtime.sendMessage({ type: MIGRATE_REQUEST });
}

/**
 * Resolves once no old-format employers remain; every employer read and write waits for it.
 * `read`: what a page has just read in one call that asked for LEGACY_KEY among others (absent
 * keys are left out of such a result), which spares the check its own round trip.
 */
export function ensureMigrated(read?: RawItems): Promise<void> {
  ready ??= (async () => {
    // The background runs every step (each checks for itself); a page only waits for the move of
    // the old item, since readers take the layouts of later versions as they are.
    if (migrator) return migrator();
    // One small read per page opening once migrated.
    const legacy = read ?? (await getRaw([LEGACY_KEY]));
    if (legacy[LEGACY_KEY] === undefined) return;
    await askBackground();
  })().catch((error: unknown) => {
    ready = null; // tried again by the next caller
    throw error;
  });
  return ready;
}

/** Old-format employers that appear after start (a restored old export) are moved too. */
export function rearm(): void {
  ready = null;
}
