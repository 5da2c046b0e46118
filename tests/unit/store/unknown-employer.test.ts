// Issue 23, "Unknown employer": a capture whose employer cannot be told is kept aside and offered
// with "Bij welke werkgever hoort dit?", never attached to the last chosen employer silently.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveCapture } from '../../../utils/store/save-capture';
import { chosenEmployerIdItem, lastEmployerIdItem, readAllEmployers, readEmployerIndex } from '../../../utils/store';
import { keepPending, MAX_PENDING, readPending, resolvePending } from '../../../utils/store/pending';
import type { EmployeeCapture } from '../../../utils/loket/types';

beforeEach(() => fakeBrowser.reset());

const A = { kind: 'company' as const, werkgeverId: '20720', werkgeverNaam: 'Bakkerij A', loonheffingennummers: ['111222333L01'] };
const B = { kind: 'company' as const, werkgeverId: '30830', werkgeverNaam: 'Garage B', loonheffingennummers: ['123456782L01'] };
const DGA: EmployeeCapture = { kind: 'employee', naam: 'Jan de Vries', personeelsnummer: '1001', isDga: true };

async function idOf(werkgeverId: string) {
  return (await readEmployerIndex()).find((e) => e.werkgeverId === werkgeverId)!.id;
}
async function candidates() {
  return Object.values(await readAllEmployers()).map((r) => [r.draft.werkgeverId, r.dgaCandidates.map((c) => c.naam)]);
}

describe('an employee page whose employer cannot be told', () => {
  it('in a new tab, without a Werkgever ID: kept aside, no employer gets the DGA, the last employer stays as it was', async () => {
    await saveCapture(A, 1);
    await saveCapture(B, 2);
    await chosenEmployerIdItem.setValue(await idOf('30830'));
    const lastBefore = await lastEmployerIdItem.getValue();
    await saveCapture(DGA, 3);
    expect(await candidates()).toEqual([
      ['20720', []],
      ['30830', []],
    ]);
    expect(await lastEmployerIdItem.getValue()).toBe(lastBefore);
    expect((await readPending()).map((p) => p.capture)).toEqual([DGA]);
  });

  it('naming a Werkgever ID no employer has, in a tab that showed employer A: kept aside, not given to A', async () => {
    await saveCapture(A, 1);
    await saveCapture({ ...DGA, werkgeverId: '99999' }, 1);
    expect(await candidates()).toEqual([['20720', []]]);
    expect(await readPending()).toHaveLength(1);
  });

  it('the same tab’s employer, page naming none: attached as before', async () => {
    await saveCapture(A, 1);
    await saveCapture(DGA, 1);
    expect(await candidates()).toEqual([['20720', ['Jan de Vries']]]);
    expect(await readPending()).toEqual([]);
  });

  it('the user’s answer attaches it to the employer chosen, or drops it', async () => {
    await saveCapture(A, 1);
    await saveCapture(B, 2);
    await saveCapture(DGA, 3);
    await saveCapture({ ...DGA, naam: 'Piet Puk', personeelsnummer: '1002' }, 4);
    const [first, second] = await readPending();
    await resolvePending(first!.at, await idOf('30830'));
    await resolvePending(second!.at, null);
    expect(await candidates()).toEqual([
      ['20720', []],
      ['30830', ['Jan de Vries']],
    ]);
    expect(await readPending()).toEqual([]);
  });

  it('a store from before this item reads as nothing kept aside; damaged entries are dropped; the list is bounded', async () => {
    expect(await readPending()).toEqual([]);
    await fakeBrowser.storage.local.set({ pendingCaptures: [{ capture: { kind: 'employee' }, at: 'x' }, 'kapot'] });
    expect(await readPending()).toEqual([]);
    for (let i = 0; i < MAX_PENDING + 3; i++) await keepPending({ ...DGA, personeelsnummer: String(2000 + i) }, `t${i}`);
    const kept = await readPending();
    expect(kept).toHaveLength(MAX_PENDING);
    expect(kept[0]!.capture.personeelsnummer).toBe('2003');
  });
});

describe('an employee list’s DGAs (issue 23, "Lists on Loket.nl")', () => {
  const LIST = { kind: 'employeeList' as const, dgas: [{ naam: 'Anna de Boer', personeelsnummer: '7' }, { naam: 'Kees de Boer', personeelsnummer: '12' }] };

  it('go to the employer the list names (Werkgever ID, else the selector’s number, else its name), in any tab, and to no other', async () => {
    await saveCapture(A, 1);
    await saveCapture(B, 2);
    await saveCapture({ ...LIST, werkgeverId: '30830' }, 1);
    expect(await candidates()).toEqual([['20720', []], ['30830', ['Anna de Boer', 'Kees de Boer']]]);
    await saveCapture({ kind: 'employeeList', loonheffingennummer: '111222333L01', dgas: [{ naam: 'Jan de Vries', personeelsnummer: '1001' }] }, 2);
    await saveCapture({ kind: 'employeeList', werkgeverNaam: 'garage b', dgas: [{ naam: 'Anna de Boer', personeelsnummer: '7' }] }, 1);
    expect(await candidates()).toEqual([['20720', ['Jan de Vries']], ['30830', ['Kees de Boer', 'Anna de Boer']]]);
    expect(await readPending()).toEqual([]);
  });

  it('naming an employer no record matches, in a tab that showed A: kept aside, not given to A', async () => {
    await saveCapture(A, 1);
    await saveCapture({ ...LIST, loonheffingennummer: '999888777L01' }, 1);
    await saveCapture({ ...LIST, werkgeverNaam: 'Transport C' }, 1);
    expect(await candidates()).toEqual([['20720', []]]);
    expect((await readPending()).map((p) => p.capture.naam)).toEqual(['Anna de Boer', 'Kees de Boer']);
  });

  it('naming no employer in a new tab: each DGA kept aside for the user’s answer, none attached', async () => {
    await saveCapture(A, 1);
    await saveCapture(LIST, 5);
    expect(await candidates()).toEqual([['20720', []]]);
    expect((await readPending()).map((p) => p.capture.naam)).toEqual(['Anna de Boer', 'Kees de Boer']);
  });
});
