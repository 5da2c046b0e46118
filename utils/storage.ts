import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { ProfileSchema, EMPTY_PROFILE, type Profile } from './registration/schema';
import { EmployerRecordSchema, type EmployerRecord } from './employer-record';
import { RightsCaptureSchema } from './messages/rights';
import { employersV1toV2 } from './storage-migrations';

/**
 * Every stored item, declared once with its version. Everything lives in storage.local on the
 * user's machine (never sync: DGA names and personeelsnummers must not leave it).
 * Reads validate with the model; an item that fails is moved aside into the quarantine,
 * never deleted, so the user can export it.
 */

export const RightsRecordSchema = z.object({
  capture: RightsCaptureSchema,
  readAt: z.string(),
  /** "Used only for this link": no page shows it, the user confirms it. */
  dedicatedConfirmed: z.boolean(),
});
export type RightsRecord = z.infer<typeof RightsRecordSchema>;

export const SettingsSchema = z.object({ lang: z.enum(['nl', 'en']) });
export type Settings = z.infer<typeof SettingsSchema>;

export const profileItem = storage.defineItem<unknown>('local:profile', {
  fallback: EMPTY_PROFILE,
  version: 1,
});
export const employersItem = storage.defineItem<Record<string, unknown>>('local:employers', {
  fallback: {},
  version: 2,
  migrations: { 2: employersV1toV2 },
});
export const rightsItem = storage.defineItem<Record<string, unknown>>('local:rights', {
  fallback: {},
  version: 1,
});
export const lastEmployerIdItem = storage.defineItem<string | null>('local:lastEmployerId', {
  fallback: null,
  version: 1,
});
/**
 * The employer chosen or last worked on in the popup (never set by a capture): on an a.s.r. tab
 * this, not the employer last seen in Loket.nl, is the one to fill (issue 14).
 */
export const chosenEmployerIdItem = storage.defineItem<string | null>('local:chosenEmployerId', {
  fallback: null,
  version: 1,
});
/** Where the a.s.r. form was last found, so "open a.s.r." goes straight there. */
export const asrFormUrlItem = storage.defineItem<string | null>('local:asrFormUrl', {
  fallback: null,
  version: 1,
});
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: { lang: 'nl' },
  version: 1,
});
/** Which employer each Loket.nl tab shows; tab ids mean nothing after a restart, hence session. */
export const tabEmployersItem = storage.defineItem<Record<string, string>>('session:tabEmployers', {
  fallback: {},
  version: 1,
});

export const QuarantineEntrySchema = z.object({
  key: z.string(),
  raw: z.unknown(),
  reason: z.string(),
  at: z.string(),
});
export type QuarantineEntry = z.infer<typeof QuarantineEntrySchema>;
export const quarantineItem = storage.defineItem<QuarantineEntry[]>('local:quarantine', {
  fallback: [],
  version: 1,
});

const now = () => new Date().toISOString();

const localQueues = new Map<string, Promise<unknown>>();

/**
 * Serialises read-modify-write across the popup and the background (same origin) with Web
 * Locks; where those are missing, at least within this context with a promise queue.
 */
export async function withStorageLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(`storage:${name}`, work);
  const previous = localQueues.get(name) ?? Promise.resolve();
  const result = previous.then(work, work);
  localQueues.set(name, result.catch(() => undefined));
  return result;
}

/** The quarantine itself, never trusted blindly: a damaged one becomes an entry of a new one. */
export async function readQuarantine(): Promise<QuarantineEntry[]> {
  const stored: unknown = await quarantineItem.getValue();
  return Array.isArray(stored) ? (stored as QuarantineEntry[]) : [{ key: 'quarantine', raw: stored, reason: 'geen lijst', at: now() }];
}

type Issues = readonly { path: readonly PropertyKey[]; message: string }[];

async function quarantine(key: string, raw: unknown, issues: Issues): Promise<void> {
  const reason = issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
  // Locked: several items may be set aside at the same moment, and none may be lost.
  await withStorageLock('quarantine', async () => {
    const entries = await readQuarantine();
    await quarantineItem.setValue([...entries, { key, raw, reason, at: now() }]);
  });
}

export async function readProfile(): Promise<Profile> {
  const raw = await profileItem.getValue();
  const parsed = ProfileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  await quarantine('profile', raw, parsed.error.issues);
  await profileItem.setValue(EMPTY_PROFILE);
  return EMPTY_PROFILE;
}

export async function writeProfile(profile: Profile): Promise<void> {
  await profileItem.setValue(ProfileSchema.parse(profile));
}

/** Reads a map item record by record, so one corrupt record is set aside alone. */
async function readValidatedMap<T>(
  item: typeof employersItem,
  key: string,
  schema: z.ZodMiniType<T>,
): Promise<Record<string, T>> {
  const raw = await item.getValue();
  const valid: Record<string, T> = {};
  let setAside = false;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    await quarantine(key, raw, [{ path: [], message: 'geen object' }]);
    await item.setValue({});
    return valid;
  }
  for (const [id, value] of Object.entries(raw)) {
    const parsed = schema.safeParse(value);
    if (parsed.success) valid[id] = parsed.data;
    else {
      setAside = true;
      await quarantine(`${key}.${id}`, value, parsed.error.issues);
    }
  }
  if (setAside) await item.setValue(valid as Record<string, unknown>);
  return valid;
}

export function readEmployers(): Promise<Record<string, EmployerRecord>> {
  return readValidatedMap(employersItem, 'employers', EmployerRecordSchema);
}

export function readRights(): Promise<Record<string, RightsRecord>> {
  return readValidatedMap(rightsItem, 'rights', RightsRecordSchema);
}

export async function updateEmployers(
  change: (records: Record<string, EmployerRecord>) => Record<string, EmployerRecord>,
): Promise<Record<string, EmployerRecord>> {
  return withStorageLock('employers', async () => {
    const next = change(await readEmployers());
    await employersItem.setValue(next);
    return next;
  });
}

export async function updateRights(
  change: (records: Record<string, RightsRecord>) => Record<string, RightsRecord>,
): Promise<Record<string, RightsRecord>> {
  return withStorageLock('rights', async () => {
    const next = change(await readRights());
    await rightsItem.setValue(next);
    return next;
  });
}

export async function readSettings(): Promise<Settings> {
  const parsed = SettingsSchema.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : { lang: 'nl' };
}

export function newId(): string {
  return `emp_${crypto.randomUUID()}`;
}
