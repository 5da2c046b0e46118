// What the overview's actions do to stored employers (utils/overview/actions.ts), apart from the page.
import { describe, expect, it } from 'vitest';
import { newEmployerRecord, type EmployerRecord } from '../../../utils/employers/record';
import { statusAt } from '../../../utils/registration/stage';
import { DEFAULT_KEYLANE_DAYS } from '../../../utils/overview/rows';
import {
  acceptsKeylaneDays,
  addPending,
  groupNames,
  mergeRecords,
  parseKeylaneDays,
  restoreRemoved,
  setStageOf,
  toggleSelection,
  unmerge,
  withPending,
} from '../../../utils/overview/actions';
import { validDraft } from '../registration/fixtures';

const AT = '2026-11-20T12:00:00.000Z';
const record = (id: string, draft: Parameters<typeof validDraft>[0] = {}, over: Partial<EmployerRecord> = {}): EmployerRecord => ({
  ...newEmployerRecord(id, '2026-01-01T00:00:00.000Z'),
  draft: validDraft(draft),
  ...over,
});
const records = (...list: EmployerRecord[]) => Object.fromEntries(list.map((r) => [r.id, r]));

describe('typing not yet saved', () => {
  it('is laid over records just read, for its employer only', () => {
    const read = records(record('a', { werkgeverNaam: 'Oud' }), record('b'));
    const over = withPending(read, { id: 'a', patch: { werkgeverNaam: 'Nieuw' } }, AT);
    expect(over.a!.draft.werkgeverNaam).toBe('Nieuw');
    expect(over.b).toBe(read.b);
    expect(read.a!.draft.werkgeverNaam).toBe('Oud');
  });

  it('leaves the records as read when nothing is pending or its employer is gone', () => {
    const read = records(record('a'));
    expect(withPending(read, null, AT)).toBe(read);
    expect(withPending(read, { id: 'gone', patch: { werkgeverNaam: 'X' } }, AT)).toBe(read);
  });

  it('adds up for one employer and starts afresh for another', () => {
    const first = addPending(null, 'a', { werkgeverNaam: 'A' });
    expect(addPending(first, 'a', { werkgeverId: '1' })).toEqual({ id: 'a', patch: { werkgeverNaam: 'A', werkgeverId: '1' } });
    expect(addPending(first, 'b', { werkgeverId: '2' })).toEqual({ id: 'b', patch: { werkgeverId: '2' } });
  });
});

describe('bulk actions', () => {
  it('undo of a delete puts the records back; one written meanwhile under the same id is kept', () => {
    const removed = [record('a', { werkgeverNaam: 'Weg' }), record('b')];
    const meanwhile = record('a', { werkgeverNaam: 'Intussen' });
    const back = restoreRemoved(records(meanwhile, record('c')), removed);
    expect(Object.keys(back).sort()).toEqual(['a', 'b', 'c']);
    expect(back.a).toBe(meanwhile);
  });

  it('a stage set for the selection dates the change; one already in that stage keeps its date', () => {
    const before = records(
      record('a', { status: statusAt('concept', '2026-01-01T00:00:00.000Z') }),
      record('b', { status: statusAt('verstuurd', '2026-02-01T00:00:00.000Z') }),
      record('c', { status: statusAt('concept', '2026-01-01T00:00:00.000Z') }),
    );
    const after = setStageOf(before, new Set(['a', 'b']), 'verstuurd', AT);
    expect(after.a!.draft.status).toEqual(statusAt('verstuurd', AT));
    expect(after.a!.updatedAt).toBe(AT);
    expect(after.b).toBe(before.b);
    expect(after.c).toBe(before.c);
  });

  it('a merge replaces the group by one record, keeps the rest, and is undone exactly', () => {
    const before = records(record('a', { werkgeverId: '20720' }), record('b', { werkgeverId: '20720' }), record('c'));
    const merged = mergeRecords(before, ['a', 'b', 'gone'])!;
    expect(merged.originals.map((r) => r.id)).toEqual(['a', 'b']);
    expect(Object.keys(merged.records).sort()).toEqual([merged.result.merged.id, 'c'].sort());
    expect(merged.records.c).toBe(before.c);
    expect(unmerge(merged.records, merged.result.merged.id, merged.originals)).toEqual(before);
  });

  it('no merge with fewer than two stored employers', () => {
    expect(mergeRecords(records(record('a')), ['a', 'gone'])).toBeNull();
  });
});

describe('the page’s own state', () => {
  it('selects and unselects', () => {
    const s = toggleSelection(new Set(['a']), ['b', 'c'], true);
    expect([...s].sort()).toEqual(['a', 'b', 'c']);
    expect([...toggleSelection(s, ['a', 'c'], false)]).toEqual(['b']);
  });

  it('names a duplicate group by name, else Werkgever ID, else id', () => {
    const stored = records(record('a', { werkgeverNaam: 'Bakkerij' }), record('b', { werkgeverNaam: '', werkgeverId: '20720' }));
    expect(groupNames(['a', 'b', 'c'], stored)).toBe('Bakkerij · 20720 · c');
    expect(groupNames(['a'], undefined)).toBe('a');
  });

  it('reads the stored Keylane days, the default for anything but a whole number above 0', () => {
    expect(parseKeylaneDays('30')).toBe(30);
    for (const bad of [null, '', '0', '-3', '2.5', 'abc']) expect(parseKeylaneDays(bad), String(bad)).toBe(DEFAULT_KEYLANE_DAYS);
    expect(acceptsKeylaneDays(1)).toBe(true);
    expect(acceptsKeylaneDays(0)).toBe(false);
    expect(acceptsKeylaneDays(1.5)).toBe(false);
    expect(acceptsKeylaneDays(Number.NaN)).toBe(false);
  });
});
