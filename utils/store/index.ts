import { ProfileSchema, EMPTY_PROFILE, type Profile } from '../registration/schema';
import {
  profileItem,
  quarantine,
  readValidatedMap,
  rightsItem,
  RightsRecordSchema,
  settingsItem,
  SettingsSchema,
  updateValidatedMap,
  type RightsRecord,
  type Settings,
} from './items';
import type { RawItems } from './raw';

/**
 * Everything the extension stores, in storage.local on the user's machine. Employers have one
 * key each plus a small index (./employers.ts, layout in ./layout.ts); the other
 * items are small and declared in ./items.ts. Reads validate with the model; what fails
 * is moved aside into the quarantine, never deleted, so the user can export it.
 */

export * from './items';
export { withStorageLock } from './lock';
export {
  readEmployer,
  readEmployers,
  readEmployerIndex,
  readAllEmployers,
  updateEmployer,
  updateEmployers,
  employerTransaction,
  watchEmployer,
  watchEmployerIndex,
  writeEmployerUnlocked,
  type EmployerTransaction,
} from './employers';
export { EmployerIndexEntrySchema, entryOf, type EmployerIndexEntry } from './layout';
export { ensureMigrated } from './ready';

/**
 * The readers below take `read`: what a page has just read in one call that asked for their key
 * among others (the popup's first paint reads every small item at once), else they read it.
 */

export async function readProfile(read?: RawItems): Promise<Profile> {
  const raw = read ? profileItem.valueIn(read) : await profileItem.getValue();
  const parsed = ProfileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  await quarantine('profile', raw, parsed.error.issues);
  await profileItem.setValue(EMPTY_PROFILE);
  return EMPTY_PROFILE;
}

export async function writeProfile(profile: Profile): Promise<void> {
  await profileItem.setValue(ProfileSchema.parse(profile));
}

export function readRights(read?: RawItems): Promise<Record<string, RightsRecord>> {
  return readValidatedMap(rightsItem, 'rights', RightsRecordSchema, read);
}

export function updateRights(
  change: (records: Record<string, RightsRecord>) => Record<string, RightsRecord>,
): Promise<Record<string, RightsRecord>> {
  return updateValidatedMap(rightsItem, 'rights', RightsRecordSchema, change);
}

export async function readSettings(read?: RawItems): Promise<Settings> {
  const parsed = SettingsSchema.safeParse(read ? settingsItem.valueIn(read) : await settingsItem.getValue());
  return parsed.success ? parsed.data : { lang: 'nl' };
}

export function newId(): string {
  return `emp_${crypto.randomUUID()}`;
}
