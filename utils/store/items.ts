import * as z from 'zod/mini';
import { EMPTY_PROFILE } from '../registration/schema';
import { RightsCaptureSchema, TeamCaptureSchema } from '../messages/rights';
import { withStorageLock } from './lock';
import { defineItem } from './item';
import { ITEM_KEYS } from './keys';
import type { RawItems } from './raw';

/**
 * The small items, declared once with their version. Everything lives in storage.local on the
 * user's machine (never sync: DGA names and personeelsnummers must not leave it). Employers
 * have one key each (./employers.ts).
 */

/**
 * Keyed by user name; a team's rights page under `team:<name>` (utils/rights/teams.ts TEAM_KEY),
 * in the same item so every reader of the checks (popup, overview, badge, page panel) gets the
 * teams with them. Records stored before teams were read are valid as they are.
 */
export const RightsRecordSchema = z.object({
  capture: z.union([RightsCaptureSchema, TeamCaptureSchema]),
  readAt: z.string(),
  /** "Used only for this link": no page shows it, the user confirms it. */
  dedicatedConfirmed: z.boolean(),
});
export type RightsRecord = z.infer<typeof RightsRecordSchema>;

export const SettingsSchema = z.object({ lang: z.enum(['nl', 'en']) });
export type Settings = z.infer<typeof SettingsSchema>;

export const profileItem = defineItem<unknown>('local', ITEM_KEYS.profile, EMPTY_PROFILE);
export const rightsItem = defineItem<Record<string, unknown>>('local', ITEM_KEYS.rights, {});
export const lastEmployerIdItem = defineItem<string | null>('local', ITEM_KEYS.lastEmployerId, null);
export const settingsItem = defineItem<unknown>('local', ITEM_KEYS.settings, { lang: 'nl' });
/**
 * The employer chosen or last worked on in the popup (never set by a capture): on an a.s.r. tab
 * this, not the employer last seen in Loket.nl, is the one to fill (issue 14).
 */
export const chosenEmployerIdItem = defineItem<string | null>('local', ITEM_KEYS.chosenEmployerId, null);
/** Where the a.s.r. form was last found, so "open a.s.r." goes straight there. */
export const asrFormUrlItem = defineItem<string | null>('local', ITEM_KEYS.asrFormUrl, null);
/** Which employer each Loket.nl tab shows; tab ids mean nothing after a restart, hence session. */
export const tabEmployersItem = defineItem<Record<string, string>>('session', ITEM_KEYS.tabEmployers, {});

export const QuarantineEntrySchema = z.object({
  key: z.string(),
  raw: z.unknown(),
  reason: z.string(),
  at: z.string(),
});
export type QuarantineEntry = z.infer<typeof QuarantineEntrySchema>;
export const quarantineItem = defineItem<QuarantineEntry[]>('local', ITEM_KEYS.quarantine, []);

const now = () => new Date().toISOString();

/** The quarantine itself, never trusted blindly: a damaged one becomes an entry of a new one. */
export async function readQuarantine(read?: RawItems): Promise<QuarantineEntry[]> {
  const stored: unknown = read ? quarantineItem.valueIn(read) : await quarantineItem.getValue();
  return Array.isArray(stored) ? (stored as QuarantineEntry[]) : [{ key: 'quarantine', raw: stored, reason: 'geen lijst', at: now() }];
}

export type Issues = readonly { path: readonly PropertyKey[]; message: string }[];

/**
 * Sets a value aside for the user to export. The same value under the same key is kept once:
 * two pages may read the same damaged record at the same moment, or an interrupted migration
 * may run again.
 */
export async function quarantine(key: string, raw: unknown, issues: Issues): Promise<void> {
  const reason = issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
  const rawJson = JSON.stringify(raw);
  // Locked: several items may be set aside at the same moment, and none may be lost.
  await withStorageLock('quarantine', async () => {
    const entries = await readQuarantine();
    if (entries.some((e) => e.key === key && JSON.stringify(e.raw) === rawJson)) return;
    await quarantineItem.setValue([...entries, { key, raw, reason, at: now() }]);
  });
}

type MapItem = typeof rightsItem;

interface Validated<T> {
  valid: Record<string, T>;
  invalid: { id: string; raw: unknown; issues: Issues }[];
  notAnObject: boolean;
}

function validateMap<T>(raw: unknown, schema: z.ZodMiniType<T>): Validated<T> {
  const valid: Record<string, T> = {};
  const invalid: Validated<T>['invalid'] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { valid, invalid, notAnObject: true };
  for (const [id, value] of Object.entries(raw)) {
    const parsed = schema.safeParse(value);
    if (parsed.success) valid[id] = parsed.data;
    else invalid.push({ id, raw: value, issues: parsed.error.issues });
  }
  return { valid, invalid, notAnObject: false };
}

/** Sets aside what failed validation; returns whether the stored item needs rewriting. */
async function setAside<T>(key: string, raw: unknown, result: Validated<T>): Promise<boolean> {
  if (result.notAnObject) await quarantine(key, raw, [{ path: [], message: 'geen object' }]);
  for (const bad of result.invalid) await quarantine(`${key}.${bad.id}`, bad.raw, bad.issues);
  return result.notAnObject || result.invalid.length > 0;
}

/** For code that already holds the item's lock: reads, sets aside, repairs in place. */
async function readMapLocked<T>(item: MapItem, key: string, schema: z.ZodMiniType<T>): Promise<Record<string, T>> {
  const raw = await item.getValue();
  const result = validateMap(raw, schema);
  if (await setAside(key, raw, result)) await item.setValue(result.valid as Record<string, unknown>);
  return result.valid;
}

/**
 * Reads a map item record by record, so one corrupt record is set aside alone. The repair (the
 * stored item without the bad records) is a read-modify-write, so it runs under the item's lock
 * on a fresh read: a record stored meanwhile by someone else is kept.
 */
export async function readValidatedMap<T>(
  item: MapItem,
  key: string,
  schema: z.ZodMiniType<T>,
  read?: RawItems,
): Promise<Record<string, T>> {
  const raw = read ? item.valueIn(read) : await item.getValue();
  const result = validateMap(raw, schema);
  if (!result.notAnObject && result.invalid.length === 0) return result.valid;
  return withStorageLock(key, () => readMapLocked(item, key, schema));
}

export async function updateValidatedMap<T>(
  item: MapItem,
  key: string,
  schema: z.ZodMiniType<T>,
  change: (records: Record<string, T>) => Record<string, T>,
): Promise<Record<string, T>> {
  return withStorageLock(key, async () => {
    const next = change(await readMapLocked(item, key, schema));
    await item.setValue(next as Record<string, unknown>);
    return next;
  });
}
