import { browser } from 'wxt/browser';
import { EmployerRecordSchema, findByWerkgeverId, type EmployerRecord } from '../employers/record';
import { quarantine } from './items';
import { withStorageLock } from './lock';
import {
  EMPLOYERS_LOCK,
  EMPLOYER_PREFIX,
  ENTRY_PREFIX,
  IDS_OPEN_KEY,
  IDS_ROOT_KEY,
  LEGACY_KEY,
  PAGE_SIZE,
  employerKey,
  entryIn,
  entryKey,
  entryOf,
  entryText,
  idsPageKey,
  isIdsKey,
  werkgeverKey,
  werkgeverKeysOf,
  WERKGEVER_PREFIX,
  type EmployerIndexEntry,
} from './layout';
import { idPageChanges, idPagesIn, idsIn, readIdPages, rebuildIdPages } from './pages';
import { SPECULATIVE_PAGES } from './keys';
import { getRaw, removeRaw, setRaw, type RawItems } from './raw';
import { ensureMigrated } from './ready';

/**
 * Employers, one storage key each (layout in ./layout.ts). Reads validate every record: a
 * corrupt one is set aside into the quarantine alone and the others stay usable. Every
 * read-modify-write runs under one lock (EMPLOYERS_LOCK), including the repairs that reads
 * make, and writes only the keys whose value changed.
 */

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type Parsed = { ok: true; record: EmployerRecord } | { ok: false; raw: unknown; issues: Parameters<typeof quarantine>[2] };

/** Records validated as their call answered (parseAhead), by the value as read. */
const parsedAhead = new WeakMap<object, { id: string; parsed: Parsed }>();

/**
 * Validates the records among items just read, for readAllEmployers(stored) to take as they are:
 * a page that reads in parallel calls validates each call's records while the others are read.
 */
export function parseAhead(items: RawItems): void {
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(EMPLOYER_PREFIX) || value === null || typeof value !== 'object') continue;
    const id = key.slice(EMPLOYER_PREFIX.length);
    parsedAhead.set(value, { id, parsed: parse(id, value) });
  }
}

function parse(id: string, raw: unknown): Parsed {
  const ahead = raw !== null && typeof raw === 'object' ? parsedAhead.get(raw) : undefined;
  if (ahead?.id === id) return ahead.parsed;
  const parsed = EmployerRecordSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, raw, issues: parsed.error.issues };
  // A record stored under another id would be shown and saved as someone else.
  if (parsed.data.id !== id) return { ok: false, raw, issues: [{ path: ['id'], message: `hoort bij sleutel ${id}` }] };
  return { ok: true, record: parsed.data };
}

/** Holding the lock: sets corrupt records aside and takes them off the list. */
async function setAsideLocked(bad: Map<string, Parsed & { ok: false }>): Promise<void> {
  if (!bad.size) return;
  for (const [id, b] of bad) await quarantine(`employers.${id}`, b.raw, b.issues);
  const ids = [...bad.keys()];
  await removeRaw(ids.flatMap((id) => [employerKey(id), entryKey(id)]));
  await setRaw(await idPageChanges([], ids));
}

/** Holding the lock: the valid records among `ids` (missing ones are absent). */
async function readManyLocked(ids: string[]): Promise<Map<string, EmployerRecord>> {
  const { records, bad } = parseAll(ids, await getRaw(ids.map(employerKey)));
  await setAsideLocked(bad);
  return records;
}

/** The records among `ids` in `raw`, valid and corrupt apart (absent ones in neither). */
function parseAll(ids: string[], raw: RawItems) {
  const records = new Map<string, EmployerRecord>();
  const bad = new Map<string, Parsed & { ok: false }>();
  for (const id of ids) {
    const value = raw[employerKey(id)];
    if (value === undefined) continue;
    const parsed = parse(id, value);
    if (parsed.ok) records.set(id, parsed.record);
    else bad.set(id, parsed);
  }
  return { records, bad };
}

/**
 * A change to employers made under the lock: reads are remembered, writes collected and
 * committed at the end in one storage write (and one removal).
 */
export interface EmployerTransaction {
  read(id: string): Promise<EmployerRecord | null>;
  /** By the typed or the captured Werkgever ID (trimmed, any case); reads one record. */
  findByWerkgeverId(werkgeverId: string): Promise<EmployerRecord | null>;
  put(record: EmployerRecord): void;
  /** A record under a fresh id (newId()): nothing can be stored under it, so nothing is read for it. */
  putNew(record: EmployerRecord): void;
  remove(id: string): void;
  /**
   * A write that belongs with this transaction, made now, beside its reads and commit rather
   * than before them (one storage round trip fewer), and awaited under the same lock.
   */
  alongside(write: Promise<unknown>): void;
}

class Transaction implements EmployerTransaction {
  private stored = new Map<string, EmployerRecord | null>();
  private changes = new Map<string, EmployerRecord | null>();
  readonly writesAlongside: Promise<unknown>[] = [];

  private async load(ids: string[]): Promise<void> {
    const missing = ids.filter((id) => !this.stored.has(id));
    if (!missing.length) return;
    const records = await readManyLocked(missing);
    for (const id of missing) this.stored.set(id, records.get(id) ?? null);
  }

  async read(id: string): Promise<EmployerRecord | null> {
    if (this.changes.has(id)) return this.changes.get(id)!;
    await this.load([id]);
    return this.stored.get(id)!;
  }

  async findByWerkgeverId(werkgeverId: string): Promise<EmployerRecord | null> {
    const key = werkgeverKey(werkgeverId);
    if (key === WERKGEVER_PREFIX) return null;
    const matches = (r: EmployerRecord | null | undefined): r is EmployerRecord => !!r && !!findByWerkgeverId({ [r.id]: r }, werkgeverId);
    const changed = [...this.changes.values()].find(matches);
    if (changed) return changed;
    const id = (await getRaw([key]))[key];
    if (typeof id !== 'string') return null;
    const record = await this.read(id);
    // The lookup is checked: one left behind by an interrupted write never misleads.
    return matches(record) ? record : null;
  }

  /** Records already read under this lock (a bulk change reads them all at once). */
  remember(records: Record<string, EmployerRecord>): void {
    for (const [id, record] of Object.entries(records)) this.stored.set(id, record);
  }

  put(record: EmployerRecord): void {
    this.changes.set(record.id, record);
  }

  putNew(record: EmployerRecord): void {
    this.stored.set(record.id, null);
    this.changes.set(record.id, record);
  }

  remove(id: string): void {
    this.changes.set(id, null);
  }

  alongside(write: Promise<unknown>): void {
    this.writesAlongside.push(write);
  }

  async commit(): Promise<void> {
    if (!this.changes.size) return;
    await this.load([...this.changes.keys()]);
    const set: RawItems = {};
    const remove: string[] = [];
    const added: string[] = [];
    const removed: string[] = [];
    const staleLookups = new Map<string, string>();
    for (const [id, next] of this.changes) {
      const old = this.stored.get(id) ?? null;
      const oldLookups = werkgeverKeysOf(old);
      if (next === null) {
        if (!old) continue;
        remove.push(employerKey(id), entryKey(id));
        removed.push(id);
        oldLookups.forEach((k) => staleLookups.set(k, id));
        continue;
      }
      if (!old || !same(old, next)) set[employerKey(id)] = next;
      if (!old || !same(entryOf(old), entryOf(next))) set[entryKey(id)] = entryText(entryOf(next));
      const newLookups = werkgeverKeysOf(next);
      newLookups.filter((k) => !oldLookups.includes(k)).forEach((k) => (set[k] = id));
      oldLookups.filter((k) => !newLookups.includes(k)).forEach((k) => staleLookups.set(k, id));
      if (!old) added.push(id);
    }
    // A lookup is removed only while it still names this employer (another may share the ID).
    // Both reads at once: neither depends on the other.
    const [lookups, pageChanges] = await Promise.all([getRaw([...staleLookups.keys()].filter((k) => !(k in set))), idPageChanges(added, removed)]);
    for (const [key, id] of staleLookups) if (lookups[key] === id) remove.push(key);
    Object.assign(set, pageChanges);
    // Removal first: interrupted here, the list names a missing record, which reads repair;
    // the other order could leave a record no list names.
    await removeRaw(remove);
    await setRaw(set);
  }
}

/** Runs `work` under the employers lock and commits what it put or removed. */
export function employerTransaction<T>(work: (tx: EmployerTransaction) => Promise<T>): Promise<T> {
  return runTransaction(work);
}

async function runTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  await ensureMigrated();
  return withStorageLock(EMPLOYERS_LOCK, async () => {
    const tx = new Transaction();
    let result: T;
    try {
      result = await work(tx);
    } catch (error) {
      // Writes already made beside the work end under the lock too.
      await Promise.allSettled(tx.writesAlongside);
      throw error;
    }
    // All of them settled before the lock is released: Promise.all would release it at the
    // first failure, with the commit still between reading and writing the page of ids.
    const settled = await Promise.allSettled([tx.commit(), ...tx.writesAlongside]);
    for (const outcome of settled) if (outcome.status === 'rejected') throw outcome.reason;
    return result;
  });
}

/**
 * Several employers in one read, validated: absent ones are left out, corrupt ones set aside
 * (quarantine) and left out. `read`: see ensureMigrated. `stored`: their keys as the caller has
 * just read them, once no old layout was stored.
 */
export async function readEmployers(ids: string[], read?: RawItems, stored?: RawItems): Promise<Map<string, EmployerRecord>> {
  await ensureMigrated(read);
  const { records, bad } = parseAll(ids, stored ?? (await getRaw(ids.map(employerKey))));
  if (bad.size) {
    // Set aside under the lock on a fresh read: a good record stored meanwhile is kept.
    const repaired = await withStorageLock(EMPLOYERS_LOCK, () => readManyLocked([...bad.keys()]));
    repaired.forEach((record, id) => records.set(id, record));
  }
  return records;
}

/** One employer, validated; a corrupt one is set aside (quarantine) and reads as null. */
export async function readEmployer(id: string): Promise<EmployerRecord | null> {
  return (await readEmployers([id])).get(id) ?? null;
}

/** Locked read-modify-write of one employer (and its index entry); null deletes it. */
export function updateEmployer(
  id: string,
  change: (record: EmployerRecord | null) => EmployerRecord | null,
): Promise<EmployerRecord | null> {
  return employerTransaction(async (tx) => {
    const next = change(await tx.read(id));
    if (next) tx.put({ ...next, id });
    else tx.remove(id);
    return next && { ...next, id };
  });
}

async function readIndexLocked(): Promise<EmployerIndexEntry[]> {
  const pages = (await readIdPages()) ?? (await rebuildIdPages());
  const ids = idsIn(pages);
  const raw = await getRaw(ids.map(entryKey));
  const entries = new Map<string, EmployerIndexEntry>();
  const broken: string[] = [];
  for (const id of ids) {
    const entry = entryIn(raw[entryKey(id)], id);
    if (entry) entries.set(id, entry);
    else broken.push(id);
  }
  if (broken.length) {
    // Entries are derived: rebuilt from their records; an id without a record leaves the list.
    const records = await readManyLocked(broken);
    const gone = broken.filter((id) => !records.has(id));
    for (const record of records.values()) entries.set(record.id, entryOf(record));
    await setRaw({
      ...Object.fromEntries([...records.values()].map((r) => [entryKey(r.id), entryText(entries.get(r.id)!)])),
      ...(await idPageChanges([], gone)),
    });
  }
  return ids.flatMap((id) => entries.get(id) ?? []);
}

/** What a list of employers shows: one small entry each, in the order they were created. */
export async function readEmployerIndex(): Promise<EmployerIndexEntry[]> {
  await ensureMigrated();
  const pages = await readIdPages();
  if (pages) {
    const ids = idsIn(pages);
    const entries = indexEntriesIn(ids, await getRaw(ids.map(entryKey)));
    if (entries) return entries;
  }
  return withStorageLock(EMPLOYERS_LOCK, readIndexLocked);
}

/** The entries of `ids` in items read as stored, validated; null when any is damaged or missing (the locked read repairs). */
export function indexEntriesIn(ids: string[], raw: RawItems): EmployerIndexEntry[] | null {
  const entries: EmployerIndexEntry[] = [];
  for (const id of ids) {
    const entry = entryIn(raw[entryKey(id)], id);
    if (!entry) return null;
    entries.push(entry);
  }
  return entries;
}

async function readAllLocked(): Promise<Record<string, EmployerRecord>> {
  const pages = (await readIdPages()) ?? (await rebuildIdPages());
  const ids = idsIn(pages);
  const records = await readManyLocked(ids);
  const gone = ids.filter((id) => !records.has(id));
  await setRaw(await idPageChanges([], gone));
  return Object.fromEntries(records);
}

/**
 * What readAllEmployers(stored) needs, for a page that has just shown the employers `ids`: the
 * old item (see ensureMigrated), the list and those records, to be read together with the
 * page's other keys. A list that changed meanwhile costs a second read, never a wrong one.
 */
export function allEmployersKeys(ids: readonly string[]): string[] {
  const pages = Math.max(SPECULATIVE_PAGES, Math.ceil(ids.length / PAGE_SIZE) + 1);
  return [LEGACY_KEY, IDS_ROOT_KEY, IDS_OPEN_KEY, ...Array.from({ length: pages }, (_, k) => idsPageKey(k)), ...ids.map(employerKey)];
}

/**
 * Every employer, validated (the overview, the export, merging). Reads them all: not for the popup.
 * `stored`: the keys of allEmployersKeys as just read in one call; what they lack (a list changed
 * since, a page beyond them) is read here, and with the old item stored they are not used.
 */
export async function readAllEmployers(stored?: RawItems): Promise<Record<string, EmployerRecord>> {
  await ensureMigrated(stored);
  const usable = stored && stored[LEGACY_KEY] === undefined ? stored : undefined;
  const pages = (usable && idPagesIn(usable)) ?? (await readIdPages());
  if (pages) {
    const ids = idsIn(pages);
    const unread = usable ? ids.filter((id) => !(employerKey(id) in usable)) : ids;
    const raw = unread.length ? { ...usable, ...(await getRaw(unread.map(employerKey))) } : usable!;
    const parsed = ids.map((id) => [id, parse(id, raw[employerKey(id)])] as const);
    if (parsed.every(([, p]) => p.ok)) return Object.fromEntries(parsed.map(([id, p]) => [id, (p as { record: EmployerRecord }).record]));
  }
  return withStorageLock(EMPLOYERS_LOCK, readAllLocked);
}

/** Locked change of several employers at once (merge, restore, bulk); writes only what changed. */
export function updateEmployers(
  change: (records: Record<string, EmployerRecord>) => Record<string, EmployerRecord>,
): Promise<Record<string, EmployerRecord>> {
  return runTransaction(async (tx) => {
    const before = await readAllLocked();
    tx.remember(before);
    const next = change(before);
    for (const id of Object.keys(before)) if (!(id in next)) tx.remove(id);
    for (const [id, record] of Object.entries(next)) if (!same(before[id], record)) tx.put({ ...record, id });
    return next;
  });
}

/**
 * Written without reading first, for a page that is closing (a read could be cut off). Only for
 * a record already listed: it does not touch the list, and leaves stale lookups to be checked
 * on use.
 */
export async function writeEmployerUnlocked(record: EmployerRecord): Promise<void> {
  await setRaw({
    [employerKey(record.id)]: record,
    [entryKey(record.id)]: entryText(entryOf(record)),
    ...Object.fromEntries(werkgeverKeysOf(record).map((k) => [k, record.id])),
  });
}

type Changes = Record<string, { newValue?: unknown; oldValue?: unknown }>;

function onLocalChanged(listener: (changes: Changes) => void): () => void {
  const wrapped = (changes: Changes) => listener(changes);
  browser.storage.local.onChanged.addListener(wrapped);
  return () => browser.storage.local.onChanged.removeListener(wrapped);
}

/** Calls back with the employer (validated; null when deleted or damaged) whenever it changes. */
export function watchEmployer(id: string, callback: (record: EmployerRecord | null) => void): () => void {
  const key = employerKey(id);
  return onLocalChanged((changes) => {
    const change = changes[key];
    if (!change) return;
    if (change.newValue === undefined) return callback(null);
    const parsed = parse(id, change.newValue);
    if (parsed.ok) callback(parsed.record);
    else void readEmployer(id).then(callback);
  });
}

/**
 * Calls back with the whole index whenever an entry or the list changes. Changed entries are
 * taken from the change itself: only a change of the list (an employer added or deleted)
 * reads the index again.
 */
export function watchEmployerIndex(callback: (entries: EmployerIndexEntry[]) => void): () => void {
  let current: Promise<Map<string, EmployerIndexEntry>> | null = null;
  const reread = () => readEmployerIndex().then((list) => new Map(list.map((e) => [e.id, e])));
  return onLocalChanged((changes) => {
    const keys = Object.keys(changes);
    const listChanged = keys.some(isIdsKey);
    const entryKeys = keys.filter((k) => k.startsWith(ENTRY_PREFIX));
    if (!listChanged && !entryKeys.length) return;
    current =
      listChanged || !current
        ? reread()
        : current.then((map) => {
            const next = new Map(map);
            for (const key of entryKeys) {
              const id = key.slice(ENTRY_PREFIX.length);
              const entry = entryIn(changes[key]!.newValue, id);
              if (entry && next.has(id)) next.set(id, entry);
            }
            return next;
          });
    void current.then((map) => callback([...map.values()]));
  });
}
