// Issue 23, "Lists on Loket.nl": an employee overview with a DGA column gives the employees marked
// DGA (name + personeelsnummer) of the employer the list belongs to, and no others; never a BSN,
// never a header. Saved pages in three markup styles, each stating its capture in its header.
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../utils/loket/capture';
import { pageMayHoldCapture } from '../../../utils/loket/gate';
import { werkgeverIdInUrl } from '../../../utils/loket/pages/employee-list';
import { CaptureMessageSchema } from '../../../utils/messages/captures';
import { applyEmployeeListCapture, newEmployerRecord, openDgaCandidates } from '../../../utils/employers/record';
import { employerOfList } from '../../../utils/store/save-capture';
import { entryOf } from '../../../utils/store/layout';
import type { EmployeeListCapture } from '../../../utils/loket/types';
import { asDocument, openSite, parseSite, readSite } from './helpers';

const expectedOf = (name: string): unknown => JSON.parse(/Expected capture[^:]*:\s*([\s\S]*?)-->/.exec(readSite(name))![1]!);
const NOW = '2026-12-06T10:00:00.000Z';

describe('employee lists with a DGA column', () => {
  it('Ja/Nee column, employer from the address and the heading; the BSN column is never read', () => {
    const window = openSite('employee-list-janee.html', 'https://www.loket.nl/werkgevers/20790/werknemers');
    const capture = capturePage(asDocument(window));
    expect(capture).toEqual(expectedOf('employee-list-janee.html'));
    expect(JSON.stringify(capture)).not.toMatch(/111222333|Functie|Chauffeur|Piet/);
    window.close();
  });

  it('icons named "DGA" (aria-label, title) in an ARIA grid; employer from the administration selector', () => {
    expect(capturePage(parseSite('employee-list-icons.html'))).toEqual(expectedOf('employee-list-icons.html'));
  });

  it('Loket Classic check marks; a repeated header row is not an employee', () => {
    expect(capturePage(parseSite('employee-list-checkmarks.html'))).toEqual(expectedOf('employee-list-checkmarks.html'));
  });

  it('the first stage opens for each list (the DGA column header is its evidence), and the background accepts each capture', () => {
    for (const name of ['employee-list-janee.html', 'employee-list-icons.html', 'employee-list-checkmarks.html']) {
      expect(pageMayHoldCapture(parseSite(name)), name).toBe(true);
      expect(CaptureMessageSchema.safeParse({ type: 'loket/capture', capture: capturePage(parseSite(name)) }).success, name).toBe(true);
    }
  });

  it('the employer in an address: a number or a GUID after "werkgever(s)"; never a nine-digit number', () => {
    expect(werkgeverIdInUrl('https://www.loket.nl/werkgevers/20790/werknemers')).toBe('20790');
    expect(werkgeverIdInUrl('https://www.loket.nl/app/werknemers?werkgeverId=b14acd0d-75d7-4fc8-8b22-4a3924585cab')).toBe('b14acd0d-75d7-4fc8-8b22-4a3924585cab');
    expect(werkgeverIdInUrl('https://www.loket.nl/werkgevers/111222333/werknemers')).toBeUndefined();
    expect(werkgeverIdInUrl('https://www.loket.nl/werknemers/20790')).toBeUndefined();
  });
});

describe('the list’s DGAs become the employer’s DGA candidates', () => {
  const list = capturePage(parseSite('employee-list-checkmarks.html')) as EmployeeListCapture;

  it('merged as candidates the popup offers; a candidate read again keeps one entry', () => {
    const record = { ...newEmployerRecord('e', NOW, '20791'), dgaCandidates: [{ naam: 'J. de Vries', personeelsnummer: '3' }, { naam: 'Oud', personeelsnummer: '9' }] };
    const merged = applyEmployeeListCapture(record, list, NOW);
    expect(merged.dgaCandidates).toEqual([{ naam: 'Oud', personeelsnummer: '9' }, { naam: 'Vries, J. de', personeelsnummer: '3' }]);
    expect(openDgaCandidates(merged).map((c) => c.personeelsnummer)).toContain('3');
  });

  it('without a Werkgever ID: the one employer holding the selector’s number, or named by the heading; none when ambiguous', () => {
    const a = entryOf({ ...newEmployerRecord('a', NOW, '1'), loket: { werkgeverId: '1', loonheffingennummers: ['819000127L01', '824375919L01'], capturedAt: NOW } });
    const b = entryOf({ ...newEmployerRecord('b', NOW, '2'), draft: { ...newEmployerRecord('b', NOW, '2').draft, werkgeverNaam: 'De Boer Transport B.V.' } });
    const icons = capturePage(parseSite('employee-list-icons.html')) as EmployeeListCapture;
    expect(employerOfList([a, b], icons)).toBe('a');
    expect(employerOfList([a, b], { kind: 'employeeList', dgas: [], werkgeverNaam: 'de boer transport b.v.' })).toBe('b');
    expect(employerOfList([a, b, { ...b, id: 'c' }], { kind: 'employeeList', dgas: [], werkgeverNaam: 'De Boer Transport B.V.' })).toBeUndefined();
    expect(employerOfList([a, b], { kind: 'employeeList', dgas: [] })).toBeUndefined();
  });
});

describe('work', () => {
  it('an overview without a DGA column costs one row’s look, however long (counted, not timed)', async () => {
    const { findListDgas } = await import('../../../utils/loket/pages/employee-list');
    const { vi } = await import('vitest');
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `<tr><td>${i}</td><td>Jan ${i}</td><td>Ja</td></tr>`).join('');
    const count = (head: string, n: number) => {
      document.body.innerHTML = `<table><thead><tr><th>Personeelsnummer</th><th>Naam</th><th>${head}</th></tr></thead><tbody>${rows(n)}</tbody></table>`;
      const closest = vi.spyOn(Element.prototype, 'closest');
      const found = findListDgas(document.body);
      const calls = closest.mock.calls.length;
      closest.mockRestore();
      return { found, calls };
    };
    expect(count('Functie', 5000)).toEqual({ found: null, calls: 1 });
    // With a DGA column every row is looked at (up to the cap), and each DGA taken.
    const list = count('DGA', 300);
    expect(list.found).toHaveLength(50);
    expect(list.calls).toBeGreaterThanOrEqual(300);
  });
});
