import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveCapture } from '../../../utils/store/save-capture';
import { applyUserEdit } from '../../../utils/employers/record';
import { ensureMigrated, lastEmployerIdItem, readEmployer, readEmployerIndex, updateEmployer } from '../../../utils/store';
import { EMPLOYER_PREFIX, ENTRY_PREFIX, entryOf } from '../../../utils/store/layout';
import { bootPopup } from '../../../utils/popup/load';
import { meterStorage, totalWritten, type Meter } from './meter';
import { seedEmployers } from './seed';

/**
 * What a capture, a keystroke's save and a popup opening cost in storage, with 1 and with 1,000
 * employers stored: the same number of calls, the same keys written with the same bytes, and
 * one employer record read (counted work, not time).
 */

beforeEach(() => fakeBrowser.reset());

interface Cost {
  calls: Meter['calls'];
  written: Record<string, number>;
  recordsRead: number;
  removed: string[];
}

async function costOf(n: number, work: (records: Awaited<ReturnType<typeof seedEmployers>>) => Promise<unknown>): Promise<Cost> {
  fakeBrowser.reset();
  const records = await seedEmployers(n);
  await ensureMigrated(); // once per page: not part of any one action's cost
  const meter = meterStorage();
  await work(records);
  meter.stop();
  return {
    calls: meter.calls,
    written: meter.written,
    recordsRead: meter.read.filter((k) => k.startsWith(EMPLOYER_PREFIX) || k === '*').length,
    removed: meter.removed,
  };
}

/** The keys written with their sizes, the generated (differing) employer ids replaced. */
const shape = (written: Record<string, number>) =>
  Object.fromEntries(Object.entries(written).map(([k, v]) => [k.replace(/emp_[\w-]+/, 'emp_X'), v]));

const first = (records: Record<string, { id: string }>) => Object.values(records)[0]!.id;

describe('storage work does not grow with the number of employers', () => {
  it('a capture of a known employer: same calls, same keys and bytes written, one record read', async () => {
    const capture = async (records: Record<string, { id: string; draft: { werkgeverId: string } }>) =>
      saveCapture(
        { kind: 'company', werkgeverId: records[first(records)]!.draft.werkgeverId, werkgeverNaam: 'Nieuwe Naam B.V.', loonheffingennummers: [], verloning: 'maand' },
        undefined,
      );
    const one = await costOf(1, capture);
    const many = await costOf(1000, capture);
    expect(many.calls).toEqual(one.calls);
    expect(shape(many.written)).toEqual(shape(one.written));
    expect(many.recordsRead).toBe(1);
    expect(one.recordsRead).toBe(1);
    expect(Object.keys(many.written).filter((k) => k.startsWith(EMPLOYER_PREFIX))).toHaveLength(1);
  });

  it('a capture of a new employer: the same calls and, at most, one page of ids more', async () => {
    const capture = () =>
      saveCapture({ kind: 'company', werkgeverId: '99999', werkgeverNaam: 'Nieuw B.V.', loonheffingennummers: [], verloning: 'maand' }, 3);
    const one = await costOf(1, capture);
    const many = await costOf(1000, capture);
    expect(many.calls).toEqual(one.calls);
    expect(many.recordsRead).toBe(one.recordsRead);
    // The record, its entry and its lookup cost the same; only the open page of ids differs
    // (1,000 = 5 full pages of 200: the open page is as empty as with 1 employer).
    expect(totalWritten(many)).toBeLessThanOrEqual(totalWritten(one) + 200 * 20);
  });

  it('a keystroke’s save: the record and its index entry, nothing else', async () => {
    const keystroke = (records: Record<string, { id: string }>) =>
      updateEmployer(first(records), (r) => applyUserEdit(r!, { werkgeverNaam: 'Getypt B.V.' }, '2026-11-29T10:00:00.000Z'));
    const one = await costOf(1, keystroke);
    const many = await costOf(1000, keystroke);
    expect(many.calls).toEqual(one.calls);
    expect(shape(many.written)).toEqual(shape(one.written));
    expect(Object.keys(many.written).map((k) => k.split(':')[0])).toEqual(['employer', 'employerEntry']);
    expect(many.recordsRead).toBe(1);
  });

  it('opening the popup reads the shown employer only, writes nothing; the index follows in two reads', async () => {
    const open = async (n: number) => {
      fakeBrowser.reset();
      const records = await seedEmployers(n);
      await ensureMigrated();
      await lastEmployerIdItem.setValue(first(records));
      const meter = meterStorage();
      const data = await bootPopup('').data;
      meter.stop();
      expect(data.selectedId).toBe(first(records));
      expect(data.records).toEqual({ [first(records)]: records[first(records)] });
      expect(data.index).toEqual([entryOf(records[first(records)]!)]);
      const indexMeter = meterStorage();
      expect(await readEmployerIndex()).toHaveLength(n);
      indexMeter.stop();
      return { meter, indexMeter };
    };
    const one = await open(1);
    const many = await open(1000);
    expect(many.meter.calls).toEqual(one.meter.calls);
    // Two round trips before the first paint: the small items together, then the employer shown.
    expect(many.meter.calls.get).toBe(2);
    expect(many.meter.read).toEqual(one.meter.read.map((k) => k.replace(/emp_gen_\d+/, 'emp_gen_00000')));
    expect(many.meter.calls.set + many.meter.calls.remove).toBe(0);
    expect(many.meter.read.filter((k) => k.startsWith(EMPLOYER_PREFIX) || k === '*')).toHaveLength(1);
    expect(many.meter.read.filter((k) => k.startsWith(ENTRY_PREFIX))).toHaveLength(0);
    // The index: the same two reads (the list, then one small entry per employer).
    expect(many.indexMeter.calls).toEqual(one.indexMeter.calls);
    expect(many.indexMeter.read.filter((k) => k.startsWith(ENTRY_PREFIX))).toHaveLength(1000);
  });

  it('reading one employer reads one key', async () => {
    const read = (records: Record<string, { id: string }>) => readEmployer(first(records));
    const many = await costOf(1000, read);
    expect(many.calls.get).toBeLessThanOrEqual(2);
    expect(many.recordsRead).toBe(1);
  });
});
