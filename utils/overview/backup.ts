import * as z from 'zod/mini';
import { EmployerRecordSchema, type EmployerRecord } from '../employers/record';
import { ProfileSchema, type Profile } from '../registration/schema';
import { RightsRecordSchema, type RightsRecord } from '../store';
import { findDuplicateGroups, mergeEmployerRecords, sameValue, type FieldConflict } from '../employers/merge';
import type { Phrase } from '../i18n/table';

/**
 * "Back-up maken" / "Back-up terugzetten": everything the extension keeps about the portfolio,
 * as one versioned JSON file a colleague can merge into another browser. Reading validates the
 * whole file with the model before anything is touched; merging never drops a record or a value
 * from either side (see utils/employers/merge.ts).
 */

export const BACKUP_FORMAT = 'loket-asr-koppelhulp-backup';
/**
 * 1: the first format. 2: a registration's status may carry the day Keylane made contact
 * (keylaneContactDate) and a corrected confirmation day. A version-1 reader would drop the
 * field without a word (zod strips unknown keys), so it must refuse these files ("made by a
 * newer version") instead; version-1 files hold a subset of version 2 and restore as they are.
 */
export const BACKUP_VERSION = 2;
const READABLE_VERSIONS = [1, BACKUP_VERSION] as const;

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(READABLE_VERSIONS),
  createdAt: z.string(),
  profile: ProfileSchema,
  employers: z.record(z.string(), EmployerRecordSchema),
  rights: z.record(z.string(), RightsRecordSchema),
});
export type Backup = z.infer<typeof BackupSchema>;

export interface Portfolio {
  profile: Profile;
  employers: Record<string, EmployerRecord>;
  rights: Record<string, RightsRecord>;
}

export function makeBackup(portfolio: Portfolio, now: Date): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), ...portfolio };
}

export function backupFileName(now: Date): string {
  return `koppelhulp-back-up-${now.toISOString().slice(0, 10)}.json`;
}

export type ReadBackupResult = { ok: true; backup: Backup } | { ok: false; message: Phrase };

const fail = (nl: string, en: string): ReadBackupResult => ({ ok: false, message: { nl, en } });

/** Parses and validates a file's text; every failure is a sentence the user can act on. */
export function readBackup(textContent: string): ReadBackupResult {
  let raw: unknown;
  try {
    raw = JSON.parse(textContent.replace(/^\uFEFF/, ''));
  } catch {
    return fail(
      'Dit bestand kan niet worden gelezen: het is geen (volledige) back-up. Er is niets gewijzigd.',
      'This file cannot be read: it is not a (complete) back-up. Nothing was changed.',
    );
  }
  const isObject = typeof raw === 'object' && raw !== null;
  if (!isObject || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return fail(
      'Dit is geen back-up van de koppelhulp (kies een bestand gemaakt met “Back-up maken”). Er is niets gewijzigd.',
      'This is not a back-up of this extension (choose a file made with “Back-up maken”). Nothing was changed.',
    );
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return fail(
      'Deze back-up is gemaakt met een nieuwere versie van de koppelhulp. Werk de extensie bij en probeer het opnieuw. Er is niets gewijzigd.',
      'This back-up was made by a newer version of the extension. Update it and try again. Nothing was changed.',
    );
  }
  const parsed = BackupSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.map(String).join(' › ') ?? '';
    return fail(
      `Deze back-up is beschadigd${where ? ` (bij ${where})` : ''}: er is niets teruggezet en niets gewijzigd.`,
      `This back-up is damaged${where ? ` (at ${where})` : ''}: nothing was restored and nothing changed.`,
    );
  }
  // Read as the current version: what an older one holds is a valid current record already.
  return { ok: true, backup: { ...parsed.data, version: BACKUP_VERSION } };
}

/** Both sides typed different values: which is kept unless the user says otherwise. */
export type RestoreConflict = {
  [K in FieldConflict['field']]: { field: K; local: EmployerRecord['draft'][K]; backup: EmployerRecord['draft'][K]; kept: 'local' | 'backup' };
}[FieldConflict['field']];

export interface RestoreChange {
  /** The local record the back-up's record merges into. */
  localId: string;
  backupId: string;
  name: string;
  merged: EmployerRecord;
  conflicts: RestoreConflict[];
}

/** mergeEmployerRecords keeps the later-edited side (the local one on a tie). */
function sides(conflict: FieldConflict, backupIsLater: boolean): RestoreConflict {
  return (
    backupIsLater
      ? { field: conflict.field, local: conflict.other, backup: conflict.kept, kept: 'backup' }
      : { field: conflict.field, local: conflict.kept, backup: conflict.other, kept: 'local' }
  ) as RestoreConflict;
}

export interface RestorePlan {
  add: EmployerRecord[];
  change: RestoreChange[];
  same: number;
  rights: Record<string, RightsRecord>;
  rightsChanged: number;
  profile: Profile;
  profileChanged: boolean;
}

const same = sameValue;

/** The local record a back-up record belongs to: the same id, else the same employer. */
function localMatch(local: Record<string, EmployerRecord>, incoming: EmployerRecord): EmployerRecord | undefined {
  if (local[incoming.id]) return local[incoming.id];
  const probeId = `\u0000backup:${incoming.id}`;
  const group = findDuplicateGroups({ ...local, [probeId]: { ...incoming, id: probeId } }).find((g) => g.includes(probeId));
  const id = group?.find((g) => g !== probeId);
  return id ? local[id] : undefined;
}

/**
 * What restoring would do, computed against the local state as it is now: new employers are
 * added, known ones merged (the local id stays), identical ones left alone. Local employers the
 * back-up lacks are kept. Rights checks: the newer reading per user wins. The profile: local
 * values stand, empty ones are filled from the back-up.
 */
export function planRestore(local: Portfolio, backup: Backup): RestorePlan {
  const add: EmployerRecord[] = [];
  const change: RestoreChange[] = [];
  let sameCount = 0;
  // Records merged so far, so two back-up records of one employer land in one local record.
  const working = { ...local.employers };
  for (const incoming of Object.values(backup.employers)) {
    const target = localMatch(working, incoming);
    if (!target) {
      add.push(incoming);
      working[incoming.id] = incoming;
      continue;
    }
    const result = mergeEmployerRecords(target, incoming);
    const { merged } = result;
    const conflicts = result.conflicts.map((c) => sides(c, incoming.updatedAt > target.updatedAt));
    // Differing values are shown even when the local one stays: the user may want the other.
    if (same(merged, target) && conflicts.length === 0) {
      sameCount++;
      continue;
    }
    working[target.id] = merged;
    const previous = change.findIndex((c) => c.localId === target.id);
    const entry: RestoreChange = { localId: target.id, backupId: incoming.id, name: merged.draft.werkgeverNaam, merged, conflicts };
    if (previous >= 0) change[previous] = { ...entry, conflicts: [...change[previous]!.conflicts, ...conflicts] };
    else if (add.some((a) => a.id === target.id)) add[add.findIndex((a) => a.id === target.id)] = merged;
    else change.push(entry);
  }

  const rights = mergeRights(local.rights, backup.rights);
  const profile = mergeProfile(local.profile, backup.profile);
  return { add, change, same: sameCount, rights, rightsChanged: Object.keys(rights).filter((u) => !same(rights[u], local.rights[u])).length, profile, profileChanged: !same(profile, local.profile) };
}

/** Per Loket.nl user the newer reading wins; a confirmation given on either side stays given. */
export function mergeRights(local: Record<string, RightsRecord>, backup: Record<string, RightsRecord>): Record<string, RightsRecord> {
  const rights = { ...local };
  for (const [user, record] of Object.entries(backup)) {
    const mine = rights[user];
    if (!mine) rights[user] = record;
    else {
      const newer = record.readAt > mine.readAt ? record : mine;
      rights[user] = { ...newer, dedicatedConfirmed: record.dedicatedConfirmed || mine.dedicatedConfirmed };
    }
  }
  return rights;
}

/** The processor's own details: what is filled in here stays, empty fields are taken from the back-up. */
export function mergeProfile(local: Profile, backup: Profile): Profile {
  const profile = { ...local };
  for (const key of Object.keys(profile) as (keyof Profile)[]) if (!profile[key].trim() && backup[key].trim()) profile[key] = backup[key];
  return profile;
}

export function planIsEmpty(plan: RestorePlan): boolean {
  return plan.add.length === 0 && plan.change.length === 0 && plan.rightsChanged === 0 && !plan.profileChanged;
}

/** Identifies a conflict the user chose to resolve the other way. */
export const conflictKey = (localId: string, conflict: Pick<RestoreConflict, 'field'>) => `${localId}:${conflict.field}`;

/**
 * The employers after the restore: the local ones, the merged ones (with the value not kept by
 * default where the user flipped a conflict), the added ones.
 */
export function applyPlan(
  employers: Record<string, EmployerRecord>,
  plan: RestorePlan,
  flipped: ReadonlySet<string> = new Set(),
): Record<string, EmployerRecord> {
  const next = { ...employers };
  for (const c of plan.change) {
    next[c.localId] = c.conflicts
      .filter((conflict) => flipped.has(conflictKey(c.localId, conflict)))
      .reduce((record, conflict) => {
        const value = conflict.kept === 'local' ? conflict.backup : conflict.local;
        return { ...record, draft: { ...record.draft, [conflict.field]: value } };
      }, c.merged);
  }
  for (const a of plan.add) next[a.id] = a;
  return next;
}
