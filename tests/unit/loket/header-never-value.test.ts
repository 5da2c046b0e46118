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
