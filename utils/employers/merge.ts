import { CAPTURED_FIELDS, type EmployerRecord, type LoketSnapshot } from './record';
import type { Dga, EmployerDraft, RegistrationStatus } from '../registration/schema';
import { normalizeLoonheffingennummer } from '../registration/loonheffingennummer';
import { stageIndex, stageReachedAt } from '../registration/stage';

/**
 * Merging two records of the same employer (a duplicate in this browser, or the same employer in
 * a back-up from another browser). Nothing is lost: DGAs and candidates are unioned, a value the
 * user typed beats one Loket.nl showed, the later stage wins, and where both sides typed
 * different values the later-edited side's value is kept and the other reported, so the UI can
 * ask. Used by the popup's "Samenvoegen", the overview's merge action and the back-up restore.
 */

/** Draft fields two records can disagree on. */
export const CONFLICT_FIELDS = [
  'werkgeverId',
  'werkgeverNaam',
  'loonheffingennummer',
  'verloning',
  'dertiendeMaand',
  'hasDga',
  'status',
] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];

/** `kept` is in the merged record; `other` is the value of the other side, to offer instead. */
export type FieldConflict = {
  [K in ConflictField]: { field: K; kept: EmployerDraft[K]; other: EmployerDraft[K] };
}[ConflictField];

export interface MergeResult {
  merged: EmployerRecord;
  conflicts: FieldConflict[];
}

type Side = { record: EmployerRecord; typed: (field: keyof EmployerDraft) => boolean };

const CAPTURED = new Set<keyof EmployerDraft>(CAPTURED_FIELDS);

/**
 * Whether a draft field holds something the user chose (or, for the Werkgever ID, something that
 * identifies the employer: two different ones are always reported). Captured fields count only
 * when marked edited.
 */
function typedIn(record: EmployerRecord) {
  return (field: keyof EmployerDraft) => {
    if (isEmpty(record.draft[field])) return false;
    return CAPTURED.has(field) ? isEdited(record, field) : true;
  };
}

const isEdited = (record: EmployerRecord, field: keyof EmployerDraft) =>
  (record.edited as readonly string[]).includes(field);

const isEmpty = (value: unknown) => value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Deep equality of JSON-shaped values, whatever the order of their keys. */
export function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const defined = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined);
  const a = defined(x);
  const b = new Map(defined(y));
  return a.length === b.size && a.every(([k, v]) => b.has(k) && sameValue(v, b.get(k)));
}
const same = sameValue;

/** Leading zeros do not make another employee (Loket.nl's personeelsnummer is an integer). */
const dgaKey = (dga: Dga) => {
  const nummer = dga.personeelsnummer.trim().replace(/^0+(?=\d)/, '');
  return nummer ? `#${nummer}` : `@${dga.naam.trim().toLocaleLowerCase('nl')}`;
};

/** Union by personeelsnummer (or name when there is none); a row with a name beats one without. */
export function unionDgas(first: readonly Dga[], second: readonly Dga[]): Dga[] {
  const byKey = new Map<string, Dga>();
  for (const dga of [...first, ...second]) {
    const key = dgaKey(dga);
    const known = byKey.get(key);
    if (!known || (!known.naam.trim() && dga.naam.trim())) byKey.set(key, dga);
  }
  return [...byKey.values()];
}

function newerSnapshot(a: LoketSnapshot | null, b: LoketSnapshot | null): LoketSnapshot | null {
  if (!a || !b) return a ?? b;
  const [newer, older] = a.capturedAt >= b.capturedAt ? [a, b] : [b, a];
  // Both administrations' numbers stay offered: they belong to the same employer.
  const numbers = [...newer.loonheffingennummers, ...older.loonheffingennummers.filter((n) => !newer.loonheffingennummers.includes(n))];
  const merged: LoketSnapshot = { ...newer, werkgeverNaam: newer.werkgeverNaam ?? older.werkgeverNaam, verloning: newer.verloning ?? older.verloning, loonheffingennummers: numbers };
  // Administration names too: the newer side's name for a number, else the older side's.
  const names = [...(newer.administraties ?? []), ...(older.administraties ?? [])];
  const administraties = names.filter((a, i) => names.findIndex((b) => b.loonheffingennummer === a.loonheffingennummer) === i);
  if (administraties.length) merged.administraties = administraties;
  return merged;
}

/** The later stage wins; in the same stage the dates the other side knows fill the gaps. */
function mergeStatus(kept: RegistrationStatus, other: RegistrationStatus): { status: RegistrationStatus; conflict: boolean } {
  const byStage = stageIndex(kept.stage) - stageIndex(other.stage);
  if (byStage !== 0) return { status: withContact(byStage > 0 ? kept : other, byStage > 0 ? other : kept), conflict: false };
  if (kept.stage === 'bevestigd' && other.stage === 'bevestigd') {
    const firstExchangeDate = kept.firstExchangeDate || other.firstExchangeDate;
    const conflict = !!kept.firstExchangeDate && !!other.firstExchangeDate && kept.firstExchangeDate !== other.firstExchangeDate;
    return { status: withContact({ ...kept, firstExchangeDate, confirmedAt: kept.confirmedAt ?? other.confirmedAt }, other), conflict };
  }
  if (stageReachedAt(kept) === null && stageReachedAt(other) !== null) return { status: withContact(other, kept), conflict: false };
  return { status: withContact(kept, other), conflict: false };
}

/** The day Keylane made contact, where only the other side knows it (step 3 stays on record after step 4). */
function withContact(status: RegistrationStatus, other: RegistrationStatus): RegistrationStatus {
  const known = (other.stage === 'wacht-op-keylane' || other.stage === 'bevestigd') && other.keylaneContactDate;
  if (!known || (status.stage !== 'wacht-op-keylane' && status.stage !== 'bevestigd') || status.keylaneContactDate) return status;
  return { ...status, keylaneContactDate: known };
}

/**
 * Merges `b` into `a`. The merged record keeps `a`'s id. For values both sides typed
 * differently, the side edited last (`updatedAt`; `a` on a tie) is kept and the other reported.
 */
export function mergeEmployerRecords(a: EmployerRecord, b: EmployerRecord): MergeResult {
  const aFirst = a.updatedAt >= b.updatedAt;
  const later: Side = { record: aFirst ? a : b, typed: typedIn(aFirst ? a : b) };
  const earlier: Side = { record: aFirst ? b : a, typed: typedIn(aFirst ? b : a) };
  const conflicts: FieldConflict[] = [];
  const draft: EmployerDraft = { ...later.record.draft };

  const pick = <K extends Exclude<ConflictField, 'status'>>(field: K) => {
    const l = later.record.draft[field];
    const e = earlier.record.draft[field];
    if (same(l, e)) return;
    const lTyped = later.typed(field);
    const eTyped = earlier.typed(field);
    if (lTyped && eTyped) {
      conflicts.push({ field, kept: l, other: e } as FieldConflict);
      return;
    }
    // Typed beats captured; between two captured (or empty) values the filled, newer one stands.
    if (eTyped || (!lTyped && isEmpty(l) && !isEmpty(e))) draft[field] = e;
  };
  for (const field of CONFLICT_FIELDS) if (field !== 'status') pick(field);

  draft.dgas = unionDgas(later.record.draft.dgas, earlier.record.draft.dgas);
  if (draft.hasDga === null && draft.dgas.length > 0) draft.hasDga = true;

  const status = mergeStatus(later.record.draft.status, earlier.record.draft.status);
  draft.status = status.status;
  if (status.conflict) conflicts.push({ field: 'status', kept: status.status, other: earlier.record.draft.status });

  // An accepted eleven-test failure is tied to its number: keep whichever side accepted this one.
  const number = normalizeLoonheffingennummer(draft.loonheffingennummer);
  draft.elevenTestAcceptedFor = [later, earlier].map((s) => s.record.draft.elevenTestAcceptedFor).find((n) => n !== null && n === number) ?? null;

  const merged: EmployerRecord = {
    id: a.id,
    draft,
    loket: newerSnapshot(a.loket, b.loket),
    // Still the user's where the merged value is one a side had typed.
    edited: CAPTURED_FIELDS.filter((f) => [a, b].some((r) => isEdited(r, f) && same(r.draft[f], draft[f]))),
    dgaCandidates: unionDgas(later.record.dgaCandidates, earlier.record.dgaCandidates),
    updatedAt: later.record.updatedAt,
  };
  return { merged, conflicts };
}

/** Resolves a reported conflict with the other side's value. */
export function takeOther(record: EmployerRecord, conflict: FieldConflict): EmployerRecord {
  const draft = { ...record.draft, [conflict.field]: conflict.other } as EmployerDraft;
  return { ...record, draft };
}

const LHN = /^\d{9}L\d{2}$/;

/** What identifies an employer: its loonheffingennummers and the Werkgever IDs it was seen under. */
function identityKeys(record: EmployerRecord): string[] {
  const numbers = [record.draft.loonheffingennummer, ...(record.loket?.loonheffingennummers ?? [])]
    .map(normalizeLoonheffingennummer)
    .filter((n) => LHN.test(n));
  const ids = [record.draft.werkgeverId, record.loket?.werkgeverId ?? '']
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set([...numbers.map((n) => `lhn:${n}`), ...ids.map((id) => `id:${id}`)])];
}

/**
 * Groups of record ids (two or more) that are the same employer: they share a normalised
 * loonheffingennummer (typed or shown by Loket.nl) or a Werkgever ID, directly or through a
 * third record. The same employer seen under its number and its GUID shares its numbers.
 * Groups and their ids are sorted, so the result does not depend on storage order.
 */
export function findDuplicateGroups(records: Record<string, EmployerRecord>): string[][] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const firstWithKey = new Map<string, string>();
  for (const id of Object.keys(records).sort()) {
    parent.set(id, id);
    for (const key of identityKeys(records[id]!)) {
      const other = firstWithKey.get(key);
      if (other === undefined) firstWithKey.set(key, id);
      else parent.set(find(id), find(other));
    }
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort()).sort((x, y) => x[0]!.localeCompare(y[0]!));
}

/** Merges a whole group into its first id; conflicts of every step are reported. */
export function mergeGroup(records: readonly EmployerRecord[]): MergeResult {
  const [first, ...rest] = records;
  if (!first) throw new Error('mergeGroup: empty group');
  return rest.reduce<MergeResult>(
    (acc, next) => {
      const step = mergeEmployerRecords(acc.merged, next);
      return { merged: step.merged, conflicts: [...acc.conflicts, ...step.conflicts] };
    },
    { merged: first, conflicts: [] },
  );
}
