// Issue 23, "Lists on Loket.nl": a header cell, a column name or a navigation label is never taken
// as a value. An employee overview's "Naam | Functie" header made an employer named "Functie".
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { capturePage } from '../../../utils/loket/capture';
import { LABELS, PAGE_HEADINGS } from '../../../utils/loket/labels';

function htmlDoc(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head><title>Loket</title></head><body>${body}</body></html>`, 'text/html');
}

/** Every string a capture holds, however deep. */
function valuesOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(valuesOf);
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => (k === 'kind' ? [] : valuesOf(x)));
  return [];
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

describe('an employee overview’s header row', () => {
  it('the issue’s page: the employer is not called “Functie”', () => {
    const capture = capturePage(
      htmlDoc(
        `<nav><a>Werkgever</a><a>Werknemers</a></nav><h1>Bakkerij De Korenschoof B.V.</h1><p>Werkgever ID 20720</p><h2>Werknemers</h2>` +
          `<table><thead><tr><th>Personeelsnummer</th><th>Naam</th><th>Functie</th><th>DGA</th></tr></thead>` +
          `<tbody><tr><td>1001</td><td>Jan de Vries</td><td>Directeur</td><td>Ja</td></tr><tr><td>1002</td><td>Piet Puk</td><td>Bakker</td><td>Nee</td></tr></tbody></table>`,
      ),
    );
    expect(capture).not.toBeNull();
    expect(valuesOf(capture)).not.toContain('Functie');
    expect(capture && 'werkgeverNaam' in capture ? capture.werkgeverNaam : undefined).toBe('Bakkerij De Korenschoof B.V.');
  });

  it('property: random tables with random header words never yield a header as a value', () => {
    // Header words: every label the reader knows, page headings, and ordinary column names.
    const known = [...Object.values(LABELS).flat(), ...Object.values(PAGE_HEADINGS).flat()];
    const header = fc.oneof(fc.constantFrom(...known, 'Functie', 'Afdeling', 'In dienst', 'Status', 'Ja', 'Nee', 'Maand'), fc.stringMatching(/^[A-Z][a-z]{2,10}( [a-z]{2,8})?$/));
    // Body cells from another alphabet (digits and "X…" words), so a value equal to a header can only be a header.
    const cell = fc.oneof(fc.stringMatching(/^[0-9]{3,6}$/), fc.stringMatching(/^X[qxz]{2,6} [qxz]{2,6}$/));
    const table = fc.record({
      headers: fc.array(header, { minLength: 2, maxLength: 6 }),
      rows: fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { minLength: 0, maxLength: 4 }),
      nav: fc.array(header, { maxLength: 4 }),
      inThead: fc.boolean(),
      role: fc.boolean(),
      id: fc.constantFrom('', '<p>Werkgever ID 20720</p>', '<dl><dt>Werkgever ID</dt><dd>31337</dd></dl>'),
    });
    fc.assert(
      fc.property(table, ({ headers, rows, nav, inThead, role, id }) => {
        const head = role
          ? `<div role="row">${headers.map((h) => `<div role="columnheader">${h}</div>`).join('')}</div>`
          : `<tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr>`;
        const body = rows
          .map((r) => (role ? `<div role="row">${r.slice(0, headers.length).map((c) => `<div role="cell">${c}</div>`).join('')}</div>` : `<tr>${r.slice(0, headers.length).map((c) => `<td>${c}</td>`).join('')}</tr>`))
          .join('');
        const grid = role ? `<div role="grid">${head}${body}</div>` : `<table>${inThead ? `<thead>${head}</thead>` : head}<tbody>${body}</tbody></table>`;
        const html = `<nav>${nav.map((n) => `<a href="#">${n}</a>`).join('')}</nav>${id}${grid}`;
        const capture = capturePage(htmlDoc(html));
        const forbidden = new Set([...headers, ...nav].map(norm));
        for (const v of valuesOf(capture)) expect(forbidden.has(norm(v)), `${v} in ${html}`).toBe(false);
      }),
      { numRuns: 300, seed: 23 },
    );
  });
});

describe('an employee list with a DGA column (the list reader)', () => {
  it('property: random lists with random header words give DGAs from body rows only, never a header, nav label or BSN', () => {
    const known = [...Object.values(LABELS).flat(), ...Object.values(PAGE_HEADINGS).flat()];
    const word = fc.oneof(fc.constantFrom(...known, 'Functie', 'Afdeling', 'In dienst', 'Status', 'Ja', 'Nee', '✓', 'DGA'), fc.stringMatching(/^[A-Z][a-z]{2,10}( [a-z]{2,8})?$/));
    const naamHeader = fc.constantFrom(...LABELS.naam);
    const nummerHeader = fc.constantFrom(...LABELS.personeelsnummer);
    const dgaHeader = fc.constantFrom(...LABELS.dga);
    const mark = fc.constantFrom('Ja', 'Nee', '✓', '', '<i aria-label="DGA"></i>', '<span title="Ja"></span>');
    // Body names from another alphabet, so a value equal to a header can only be a header.
    const row = fc.record({ naam: fc.stringMatching(/^X[qxz]{2,6} [qxz]{2,6}$/), nummer: fc.stringMatching(/^[0-9]{1,6}$/), bsn: fc.constant('111222333'), mark, other: word });
    const list = fc.record({
      extra: fc.array(word, { maxLength: 3 }),
      order: fc.constantFrom([0, 1, 2, 3], [2, 0, 3, 1], [3, 2, 1, 0], [1, 3, 0, 2]),
      naamHeader, nummerHeader, dgaHeader,
      rows: fc.array(row, { maxLength: 6 }),
      repeatHeader: fc.boolean(),
      nav: fc.array(word, { maxLength: 4 }),
      heading: fc.option(word, { nil: undefined }),
      style: fc.constantFrom('thead', 'plain', 'aria'),
    });
    fc.assert(
      fc.property(list, ({ extra, order, naamHeader, nummerHeader, dgaHeader, rows, repeatHeader, nav, heading, style }) => {
        const headers = [naamHeader, nummerHeader, dgaHeader, 'BSN', ...extra];
        const cellsOfRow = (r: { naam: string; nummer: string; bsn: string; mark: string; other: string }) => [r.naam, r.nummer, r.mark, r.bsn, ...extra.map(() => r.other)];
        const perm = (xs: string[]) => [...order.map((i) => xs[i]!), ...xs.slice(4)];
        const tr = (cells: string[], head: boolean) =>
          style === 'aria'
            ? `<div role="row">${cells.map((c) => `<div role="${head ? 'columnheader' : 'gridcell'}">${c}</div>`).join('')}</div>`
            : `<tr>${cells.map((c) => (head ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`;
        const head = tr(perm(headers), true);
        const body = rows.map((r, i) => (repeatHeader && i === 1 ? head : '') + tr(perm(cellsOfRow(r)), false)).join('');
        const grid = style === 'aria' ? `<div role="grid">${head}${body}</div>` : `<table>${style === 'thead' ? `<thead>${head}</thead>` : head}<tbody>${body}</tbody></table>`;
        const html = `<nav>${nav.map((n) => `<a href="#">${n}</a>`).join('')}</nav>${heading ? `<h1>${heading}</h1>` : ''}${grid}`;
        const capture = capturePage(htmlDoc(html));
        expect(capture?.kind, html).toBe('employeeList');
        // A heading may name the employer; one saying a label or a page kind never does.
        const labelHeading = heading && (known as string[]).includes(heading) ? [heading] : [];
        const forbidden = new Set([...headers, ...nav, ...labelHeading].map(norm));
        for (const v of valuesOf(capture)) {
          expect(forbidden.has(norm(v)), `${v} in ${html}`).toBe(false);
          expect(v).not.toContain('111222333');
        }
        // Exactly the rows marked DGA, and no others.
        const marked = rows.filter((r) => ['Ja', '✓'].includes(r.mark) || r.mark.includes('DGA') || r.mark.includes('"Ja"'));
        const unique = [...new Map(marked.map((r) => [r.nummer, r])).values()];
        expect(capture && capture.kind === 'employeeList' ? capture.dgas.map((d) => d.personeelsnummer) : null, html).toEqual(unique.map((r) => r.nummer));
      }),
      { numRuns: 300, seed: 23 },
    );
  });
});
