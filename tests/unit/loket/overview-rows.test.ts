import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Window } from 'happy-dom';
import { capturePage } from '../../../utils/loket/capture';
import { newGateWork, pageMayHoldCapture } from '../../../utils/loket/gate';
import { watchForCaptures } from '../../../utils/loket/observe';
import { readPairs, scanPage } from '../../../utils/loket/page-scan';
import { KEPT_ROWS } from '../../../utils/loket/rows';
import type { LoketCapture } from '../../../utils/loket/types';
import { asDocument, openSite } from './helpers';

// The extension's cost on a Loket.nl page with a big overview (tests/sites/loket/bench-heavy.html
// in the benchmark): the reader and the first stage enter an overview's header and first row,
// not its hundreds of rows. Counted, never timed.

function htmlDoc(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

const COMPANY = `<h1>Bedrijfsgegevens</h1>
  <dl><dt>Werkgever ID</dt><dd>31337</dd><dt>Statutaire naam</dt><dd>Groothandel B.V.</dd>
  <dt>Loonheffingennummer</dt><dd>800123451L01</dd><dt>Verloningsperiode</dt><dd>Maand</dd></dl>`;

/** The benchmark page's overview: employees, with a Personeelsnummer column ("Verkoper" + "Service": cells read apart, no "perS"). */
function employeeOverview(rows: number): string {
  const tr = Array.from({ length: rows }, (_, i) => `<tr><td>${100000 + i}</td><td>Jan Jansen ${i}</td><td>Verkoper</td><td>Service</td><td>1-2-2020</td><td>In dienst</td></tr>`).join('');
  return `<h2>Overzicht medewerkers</h2><table><thead><tr><th>Personeelsnummer</th><th>Naam</th><th>Functie</th><th>Afdeling</th><th>In dienst</th><th>Status</th></tr></thead><tbody>${tr}</tbody></table>`;
}

const EXPECTED_COMPANY = { kind: 'company', werkgeverId: '31337', werkgeverNaam: 'Groothandel B.V.', loonheffingennummers: ['800123451L01'], verloning: 'maand' };

/** DOM attribute reads of `read` (each element a walk enters costs a few): the work, counted. */
function readsOf<T>(read: () => T): { reads: number; result: T } {
  const spy = vi.spyOn(Element.prototype, 'getAttribute');
  const result = read();
  const reads = spy.mock.calls.length;
  spy.mockRestore();
  return { reads, result };
}

/** Attribute reads of one capture of a company page with an employee overview of `rows` rows. */
function readsFor(rows: number): number {
  const doc = htmlDoc(COMPANY + employeeOverview(rows));
  const { reads, result } = readsOf(() => capturePage(doc));
  expect(result).toEqual(EXPECTED_COMPANY);
  return reads;
}

describe('an overview table is entered for its header and first row only', () => {
  it('a company page with a 5,000-row employee overview costs about what one with 3 rows costs', () => {
    // 3 rows are below the overview size: all entered. 5,000: header + KEPT_ROWS rows, the rest left
    // (before: 100 rows entered, several hundred reads more).
    const small = readsFor(3);
    expect(small).toBeGreaterThan(50);
    expect(readsFor(5000)).toBeLessThanOrEqual(small + 10);
    expect(readsFor(60)).toBeLessThanOrEqual(small + 10);
  });

  it('rows further down an overview that carry rights are still read (a long rights list)', () => {
    const rows = Array.from({ length: 80 }, (_, i) => `<tr><td>Overig recht ${i}</td><td>Ja</td></tr>`);
    rows.splice(60, 0, '<tr><td>Raadplegen HRM</td><td>Ja</td></tr>');
    const doc = htmlDoc(`<table><thead><tr><th>Recht</th><th>Toegekend</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    const { reads, result: page } = readsOf(() => scanPage(doc.body));
    // Every row entered (a row and two cells each): more reads than rows.
    expect(reads).toBeGreaterThan(81 * 3);
    expect(page.texts.some((t) => t.data === 'Raadplegen HRM')).toBe(true);
  });

  it('a big table whose header names a column field is read row by row (administrations)', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `<tr><td>Administratie ${i}</td><td>8001234${String(i).padStart(2, '0')}L01</td></tr>`).join('');
    const doc = htmlDoc(`<table><thead><tr><th>Naam</th><th>Loonheffingennummer</th></tr></thead><tbody>${rows}</tbody></table>`);
    const values = readPairs(doc.body).filter((p) => p.source === 'column').map((p) => p.value);
    expect(values).toHaveLength(60);
    expect(values.at(-1)).toBe('800123459L01');
  });

  it('the first stage walks the overview header and first rows, not 100 rows', () => {
    const doc = htmlDoc(`<h1>Werknemers</h1>${employeeOverview(1000).replace('Personeelsnummer', 'Nummer')}`);
    const work = newGateWork();
    expect(pageMayHoldCapture(doc, work)).toBe(false);
    // Page around (≈ 20 nodes) + the header row (13) + KEPT_ROWS rows of 6 cells (13 nodes each) + the row left.
    expect(work.nodes).toBeLessThan(20 + 13 * (KEPT_ROWS + 2));
  });
});

describe('first stage: a header-only "Personeelsnummer" column is no employee page', () => {
  it('an employee overview (Personeelsnummer as a column header) holds no capture', () => {
    for (const header of [
      employeeOverview(200),
      employeeOverview(3),
      // Column headers by scope, and an ARIA grid's.
      '<table><tr><th scope="col">Personeelsnummer</th><th scope="col">Naam</th></tr><tr><td>1001</td><td>Jan</td></tr></table>',
      '<div role="grid"><div role="row"><span role="columnheader">Personeelsnummer</span><span role="columnheader">Naam</span></div><div role="row"><span role="gridcell">1001</span><span role="gridcell">Jan</span></div></div>',
    ]) {
      const doc = htmlDoc(`<h1>Werknemers</h1>${header}`);
      expect(capturePage(doc), header.slice(0, 40)).toBeNull();
      expect(pageMayHoldCapture(doc), header.slice(0, 40)).toBe(false);
    }
  });

  it('a Personeelsnummer row header (one employee’s fields) still opens the reader', () => {
    const doc = htmlDoc('<h1>Werknemer</h1><table><tr><th>Personeelsnummer</th><td>1001</td></tr><tr><th>Naam</th><td>J. Jansen</td></tr></table>');
    expect(pageMayHoldCapture(doc)).toBe(true);
    expect(capturePage(doc)).toMatchObject({ kind: 'employee', personeelsnummer: '1001' });
  });

  describe('in the watcher', () => {
    const windows: Window[] = [];
    const stops: Array<() => void> = [];
    afterEach(async () => {
      for (const s of stops.splice(0)) s();
      for (const w of windows.splice(0)) await w.happyDOM.close();
    });

    it('an employee overview page is never read (the DGA reader does not run)', async () => {
      const w = openSite('late-render.html');
      windows.push(w);
      const doc = asDocument(w);
      doc.body.innerHTML = `<h1>Werknemers</h1>${employeeOverview(300)}`;
      let reads = 0;
      const emitted: LoketCapture[] = [];
      stops.push(
        watchForCaptures(doc, (c) => emitted.push(c), {
          debounceMs: 10,
          recheckMs: 40,
          capture: (d) => {
            reads++;
            return capturePage(d);
          },
        }),
      );
      doc.querySelector('tbody')!.insertAdjacentHTML('beforeend', '<tr><td>9999</td><td>Nieuw</td><td></td><td></td><td></td><td>In dienst</td></tr>');
      await new Promise((r) => setTimeout(r, 80));
      expect(reads).toBe(0);
      expect(emitted).toEqual([]);
    });
  });
});
