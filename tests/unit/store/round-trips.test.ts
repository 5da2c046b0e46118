import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveCapture } from '../../../utils/store/save-capture';
import { ensureMigrated, lastEmployerIdItem, readEmployer, readEmployerIndex, tabEmployersItem } from '../../../utils/store';
import { EMPLOYER_PREFIX } from '../../../utils/store/layout';
import { seedEmployers } from './seed';

/**
 * How many storage round trips, one after another, a capture waits for before its record is
 * written: each one is an IPC to the browser process, 1-3 ms on a busy machine, on the path
 * from the page showing an employer to that employer being stored (captureLatencyMs).
 * Counted, not timed: a call's depth is one more than the deepest call finished before it began,
 * so calls made side by side share a depth.
 */
function meterDepth() {
  let finishedDepth = 0;
  const recordWrites: number[] = [];
  const spies = (['local', 'session'] as const).flatMap((area) =>
    (['get', 'set', 'remove'] as const).map((method) => {
      const target = fakeBrowser.storage[area];
      const original = target[method].bind(target) as (...args: unknown[]) => Promise<unknown>;
      return vi.spyOn(target, method).mockImplementation(((...args: unknown[]) => {
        const depth = finishedDepth + 1;
        if (area === 'local' && method === 'set' && Object.keys(args[0] as object).some((k) => k.startsWith(EMPLOYER_PREFIX))) recordWrites.push(depth);
        // Answered a task later, as an IPC is: work chained on microtasks does not see it finished.
        return new Promise((resolve) => setTimeout(resolve, 0)).then(() => original(...args)).then((value) => {
          finishedDepth = Math.max(finishedDepth, depth);
          return value;
        });
      }) as never);
    }),
  );
  return { recordWrites, stop: () => spies.forEach((s) => s.mockRestore()) };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('a capture waits for as few storage round trips as it can', () => {
  it('a new employer is written on the third: its Werkgever ID looked up, the page of ids read, written', async () => {
    await seedEmployers(3);
    await ensureMigrated(); // once per page, not per capture
    await tabEmployersItem.setValue({ 9: 'emp_other' });
    const meter = meterDepth();
    await saveCapture({ kind: 'company', werkgeverId: '99999', werkgeverNaam: 'Nieuw B.V.', loonheffingennummers: [], verloning: 'maand' }, 3);
    meter.stop();
    expect(meter.recordWrites).toEqual([3]);
    // Everything the capture wrote is there: the record, the last employer, the tab's employer.
    const id = (await tabEmployersItem.getValue())['3']!;
    expect((await readEmployer(id))?.loket?.werkgeverId).toBe('99999');
    expect(await lastEmployerIdItem.getValue()).toBe(id);
    expect((await tabEmployersItem.getValue())['9']).toBe('emp_other');
  });

  it('a known employer is written on the third: looked up, its record read, written (the last employer beside it)', async () => {
    const records = await seedEmployers(3);
    await ensureMigrated();
    const known = Object.values(records)[1]!;
    const meter = meterDepth();
    await saveCapture({ kind: 'company', werkgeverId: known.draft.werkgeverId, werkgeverNaam: 'Andere Naam B.V.', loonheffingennummers: [], verloning: 'maand' }, 3);
    meter.stop();
    expect(meter.recordWrites).toEqual([3]);
    expect((await readEmployer(known.id))?.loket?.werkgeverNaam).toBe('Andere Naam B.V.');
    expect(await lastEmployerIdItem.getValue()).toBe(known.id);
  });
});

describe('a write made beside the commit', () => {
  it('failing, it keeps the lock until the commit is done: two new employers at once both stay listed', async () => {
    await seedEmployers(3);
    await ensureMigrated();
    const local = fakeBrowser.storage.local;
    const set = local.set.bind(local);
    let failOnce = true;
    vi.spyOn(local, 'set').mockImplementation(((items: Record<string, unknown>) => {
      if (failOnce && 'lastEmployerId' in items) {
        failOnce = false;
        return Promise.reject(new Error('quota'));
      }
      // Answered a task later, as an IPC is: the other capture's work can run in between.
      return new Promise((resolve) => setTimeout(resolve, 0)).then(() => set(items));
    }) as typeof local.set);
    const capture = (werkgeverId: string) => saveCapture({ kind: 'company', werkgeverId, werkgeverNaam: `Nieuw ${werkgeverId} B.V.`, loonheffingennummers: [], verloning: 'maand' }, undefined);
    const outcomes = await Promise.allSettled([capture('11111'), capture('22222')]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled']);
    vi.restoreAllMocks(); // the reads below go to storage as it is
    const listed = await readEmployerIndex();
    expect(listed).toHaveLength(5);
    for (const id of ['11111', '22222']) expect(listed.map((e) => e.werkgeverId), id).toContain(id);
  });
});
