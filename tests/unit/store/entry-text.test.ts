// Index entries stored as JSON text (version 4, utils/store/layout.ts): what every write path
// stores, what the overview's first read hands over, and the move from version 3 (entries as
// objects), which must open unchanged and lose nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveCapture } from '../../../utils/store/save-capture';
import { applyUserEdit } from '../../../utils/employers/record';
import { readAllEmployers, readEmployerIndex, readQuarantine, updateEmployer, writeEmployerUnlocked } from '../../../utils/store';
import {
  EMPLOYERS_VERSION,
  EMPLOYERS_VERSION_KEY,
  ENTRY_FIELDS,
  ENTRY_PREFIX,
  EmployerIndexEntrySchema,
  entryIn,
  entryKey,
  entryOf,
  entryText,
} from '../../../utils/store/layout';
import { STAGES } from '../../../utils/registration/stage';
import { migrateEntriesToText, migrateStoredEmployers } from '../../../utils/store/migrate';
import { readOverviewFirstRead } from '../../../utils/overview/first-read';
import { readFirstPaint } from '../../../utils/overview/store';
import { seedEmployers } from './seed';

beforeEach(() => fakeBrowser.reset());

const local = () => fakeBrowser.storage.local;

/** Every stored index entry, by key. */
async function storedEntries(): Promise<Record<string, unknown>> {
  const everything = await local().get(null);
  return Object.fromEntries(Object.entries(everything).filter(([k]) => k.startsWith(ENTRY_PREFIX)));
}

/** Rewrites the store as version 3 left it: every entry an object, no version marker. */
async function asVersion3(): Promise<void> {
  const entries = await storedEntries();
  await local().set(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, entryIn(v, k.slice(ENTRY_PREFIX.length))])));
  await local().remove(EMPLOYERS_VERSION_KEY);
}

describe('index entries as text', () => {
  it('names every field of an entry, in a fixed order', async () => {
    const records = await seedEmployers(1);
    expect(Object.keys(entryOf(Object.values(records)[0]!))).toEqual([...ENTRY_FIELDS]);
  });

  it('reads back what the schema accepts, and refuses what it refuses, as text and as a version 3 object', () => {
    const anything = fc.oneof(fc.string(), fc.constant(''), fc.constant(null), fc.integer(), fc.boolean(), fc.array(fc.oneof(fc.string(), fc.integer())), fc.constantFrom(...STAGES));
    const field = (valid: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: anything, weight: 1 });
    const entry = fc.record({
      id: field(fc.string({ minLength: 1 })),
      werkgeverId: field(fc.string()),
      loketWerkgeverId: field(fc.option(fc.string())),
      werkgeverNaam: field(fc.string()),
      loonheffingennummers: field(fc.array(fc.string())),
      stage: field(fc.constantFrom(...STAGES)),
      updatedAt: field(fc.string()),
    });
    fc.assert(
      fc.property(entry, (value) => {
        const id = typeof value.id === 'string' ? value.id : 'x';
        const parsed = EmployerIndexEntrySchema.safeParse(value);
        const expected = parsed.success && parsed.data.id === id ? parsed.data : null;
        expect(entryIn(value, id)).toEqual(expected);
        expect(entryIn(JSON.stringify(ENTRY_FIELDS.map((f) => value[f])), id)).toEqual(expected);
        if (expected) expect(entryIn(entryText(expected), id)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('every write stores text (migration, capture of a new and a known employer, a save, a closing page, a repair)', async () => {
    const records = await seedEmployers(20);
    const [a, b] = Object.values(records);
    await saveCapture({ kind: 'company', werkgeverId: '99999', werkgeverNaam: 'Nieuw B.V.', loonheffingennummers: [], verloning: 'maand' }, 3);
    await saveCapture({ kind: 'company', werkgeverId: a!.draft.werkgeverId, werkgeverNaam: 'Andere Naam B.V.', loonheffingennummers: [], verloning: 'maand' }, 4);
    await updateEmployer(b!.id, (r) => applyUserEdit(r!, { werkgeverNaam: 'Getypt B.V.' }, '2026-11-29T10:00:00.000Z'));
    await writeEmployerUnlocked({ ...a!, updatedAt: '2026-11-30T10:00:00.000Z' });
    await local().set({ [entryKey(Object.keys(records)[5]!)]: 'kapot' });
    const index = await readEmployerIndex(); // repairs the damaged one

    const entries = await storedEntries();
    expect(Object.keys(entries)).toHaveLength(21);
    expect(Object.values(entries).every((v) => typeof v === 'string')).toBe(true);
    expect(index).toEqual(Object.values(await readAllEmployers()).map(entryOf));
    expect(index.find((e) => e.id === b!.id)!.werkgeverNaam).toBe('Getypt B.V.');
  });

  it("the overview's first read hands over one string per employer: no stored object to convert", async () => {
    await seedEmployers(1000);
    const read = await readOverviewFirstRead();
    const values = Object.values(read.entries);
    expect(values).toHaveLength(1000);
    expect(values.filter((v) => typeof v !== 'string')).toEqual([]);
  });

  it('damaged text (not JSON, not a list, another id) is rebuilt from the record, never set aside', async () => {
    const records = await seedEmployers(10);
    const ids = Object.keys(records);
    await local().set({
      [entryKey(ids[1]!)]: '[{"id":',
      [entryKey(ids[2]!)]: JSON.stringify(entryOf(records[ids[2]!]!)),
      [entryKey(ids[3]!)]: (await local().get(entryKey(ids[4]!)))[entryKey(ids[4]!)],
    });
    const first = await readFirstPaint(readOverviewFirstRead());
    expect(first.entries).toEqual(Object.values(records).map(entryOf));
    expect(Object.values(await storedEntries()).every((v) => typeof v === 'string' && v.startsWith('['))).toBe(true);
    expect(await readQuarantine()).toEqual([]);
  });
});

describe('from version 3 (entries as objects)', () => {
  it('opens unchanged before the move: the index, the first paint, the records', async () => {
    const records = await seedEmployers(300);
    await asVersion3();
    const expected = Object.values(records).map(entryOf);
    expect(await readEmployerIndex()).toEqual(expected);
    expect((await readFirstPaint(readOverviewFirstRead())).entries).toEqual(expected);
    expect(await readAllEmployers()).toEqual(records);
    expect(Object.values(await storedEntries()).every((v) => typeof v === 'object')).toBe(true); // read, not rewritten
  });

  it('the move rewrites every entry as text, loses nothing, touches nothing else, and runs once', async () => {
    const records = await seedEmployers(300);
    await asVersion3();
    const before = await local().get(null);
    await migrateStoredEmployers();
    const after = await local().get(null);
    expect(after[EMPLOYERS_VERSION_KEY]).toBe(EMPLOYERS_VERSION);
    for (const key of Object.keys(before)) {
      if (key.startsWith(ENTRY_PREFIX)) expect(entryIn(after[key], key.slice(ENTRY_PREFIX.length))).toEqual(before[key]);
      else expect(after[key], key).toEqual(before[key]);
    }
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), EMPLOYERS_VERSION_KEY].sort());
    expect(await readEmployerIndex()).toEqual(Object.values(records).map(entryOf));

    const set = vi.spyOn(local(), 'set');
    await migrateStoredEmployers();
    expect(set).not.toHaveBeenCalled();
  });

  it('interrupted after its first batch, the entries read the same and the next run finishes', async () => {
    const records = await seedEmployers(600);
    await asVersion3();
    const real = local().set.bind(local());
    let writes = 0;
    const spy = vi.spyOn(local(), 'set').mockImplementation((items) => (++writes === 2 ? Promise.reject(new Error('interrupted')) : real(items)));
    await expect(migrateEntriesToText()).rejects.toThrow('interrupted');
    spy.mockRestore();
    const mixed = Object.values(await storedEntries());
    expect(new Set(mixed.map((v) => typeof v))).toEqual(new Set(['string', 'object']));
    expect(await readEmployerIndex()).toEqual(Object.values(records).map(entryOf));
    await migrateEntriesToText();
    expect(Object.values(await storedEntries()).every((v) => typeof v === 'string')).toBe(true);
    expect((await local().get(EMPLOYERS_VERSION_KEY))[EMPLOYERS_VERSION_KEY]).toBe(EMPLOYERS_VERSION);
  });

  it('a popup closing during the move (an unlocked write of its employer) is never overwritten by an older entry', async () => {
    const records = await seedEmployers(600);
    await asVersion3();
    const late = Object.values(records)[500]!; // in the move's third batch
    const real = local().set.bind(local());
    let writes = 0;
    const spy = vi.spyOn(local(), 'set').mockImplementation(async (items) => {
      await real(items);
      if (++writes === 1) await writeEmployerUnlocked(applyUserEdit(late, { werkgeverNaam: 'Net getypt B.V.' }, '2026-11-30T10:00:00.000Z'));
    });
    await migrateEntriesToText();
    spy.mockRestore();
    expect((await readEmployerIndex()).find((e) => e.id === late.id)!.werkgeverNaam).toBe('Net getypt B.V.');
  });

  it('a rewrite that fails holds nothing up: the background’s migration resolves and the entries still read', async () => {
    const records = await seedEmployers(300);
    await asVersion3();
    const real = local().set.bind(local());
    const spy = vi.spyOn(local(), 'set').mockImplementation((items) =>
      Object.keys(items).some((k) => k.startsWith(ENTRY_PREFIX)) && Object.keys(items).length > 1 ? Promise.reject(new Error('quota')) : real(items),
    );
    await expect(migrateStoredEmployers()).resolves.toBeUndefined();
    spy.mockRestore();
    expect(await readEmployerIndex()).toEqual(Object.values(records).map(entryOf));
    expect((await local().get(EMPLOYERS_VERSION_KEY))[EMPLOYERS_VERSION_KEY]).toBeUndefined(); // tried again next start
  });
});
