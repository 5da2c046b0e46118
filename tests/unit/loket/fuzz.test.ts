import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { capturePage } from '../../../utils/loket/capture';
import { LABELS } from '../../../utils/loket/labels';
import { readPairs } from '../../../utils/loket/page-scan';

/** BSN-like (eleven-test valid) numbers: under BSN labels (never even in a pair) and under unrelated labels. */
const BSNS_UNDER_BSN_LABEL = ['111222333', '854321093'];
const BSNS_UNDER_OTHER_LABEL = ['861234005', '802315641'];
const BSNS = [...BSNS_UNDER_BSN_LABEL, ...BSNS_UNDER_OTHER_LABEL];
const BSN_LABELS = ['BSN', 'Burgerservicenummer', 'Sofinummer:', 'BSN eigenaar', 'bsn *'];
const UNRELATED_LABELS = ['Kenmerk', 'Telefoon', 'Referentie', 'Opmerking', 'IBAN', 'Postcode'];
const FIELD_LABELS = Object.values(LABELS).flat().filter((l) => !/bsn|burgerservice|sofi/i.test(l));
const FIELD_VALUES = ['20720', 'b14acd0d-75d7-4fc8-8b22-4a3924585cab', '819000127L01', '824375919.L.01', 'Maand', '4 weken', 'Ja', 'Nee', 'Bakkerij B.V.', '1042', 'Actief', 'Via website en SSO', 'Raadplegen HRM', 'Raadplegen loonoutput beperkt'];
const TAGS = ['div', 'span', 'section', 'p', 'table', 'tbody', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'ul', 'li', 'label', 'fieldset', 'legend', 'h1', 'h2', 'strong'];
const ROLES = [null, null, null, 'row', 'cell', 'rowheader', 'grid', 'gridcell', 'columnheader', 'switch', 'checkbox', 'heading', 'list'];

type Tree =
  | { type: 'text'; text: string }
  | { type: 'input'; value: string; checkbox: boolean }
  | { type: 'unit'; idiom: number; label: string; bsn: string }
  | { type: 'el'; tag: string; role: string | null; checked: boolean; children: Tree[] };

const leaf: fc.Arbitrary<Tree> = fc.oneof(
  fc.record({ type: fc.constant('text' as const), text: fc.oneof(fc.constantFrom(...FIELD_LABELS), fc.constantFrom(...FIELD_VALUES), fc.string({ maxLength: 12 })) }),
  fc.record({ type: fc.constant('input' as const), value: fc.constantFrom(...FIELD_VALUES), checkbox: fc.boolean() }),
  fc.record({
    type: fc.constant('unit' as const),
    idiom: fc.integer({ min: 0, max: 5 }),
    label: fc.constantFrom(...BSN_LABELS, ...UNRELATED_LABELS),
    bsn: fc.constantFrom(...BSNS_UNDER_OTHER_LABEL),
  }).map((u) => (BSN_LABELS.includes(u.label) ? { ...u, bsn: BSNS_UNDER_BSN_LABEL[u.idiom % 2]! } : u)),
);

const tree = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({
      type: fc.constant('el' as const),
      tag: fc.constantFrom(...TAGS),
      role: fc.constantFrom(...ROLES),
      checked: fc.boolean(),
      children: fc.array(tie('node'), { maxLength: 5 }),
    }),
  ),
})).node;

let ids = 0;
/** An atomic label/value unit in one of the idioms the reader knows, BSN-like value inside. */
function unit(doc: Document, idiom: number, label: string, bsn: string): Element {
  const wrap = doc.createElement('div');
  const id = `u${ids++}`;
  const html: Record<number, () => void> = {
    0: () => {
      const t = wrap.appendChild(doc.createElement('table')).appendChild(doc.createElement('tr'));
      t.appendChild(doc.createElement('th')).textContent = label;
      t.appendChild(doc.createElement('td')).textContent = bsn;
    },
    1: () => {
      const dl = wrap.appendChild(doc.createElement('dl'));
      dl.appendChild(doc.createElement('dt')).textContent = label;
      dl.appendChild(doc.createElement('dd')).textContent = bsn;
    },
    2: () => {
      wrap.appendChild(doc.createElement('span')).textContent = label;
      wrap.appendChild(doc.createElement('span')).textContent = bsn;
    },
    3: () => {
      const l = wrap.appendChild(doc.createElement('label'));
      l.textContent = label;
      const input = l.appendChild(doc.createElement('input'));
      input.value = bsn;
    },
    4: () => {
      wrap.appendChild(doc.createElement('p')).textContent = `${label}: ${bsn}`;
    },
    5: () => {
      const s = wrap.appendChild(doc.createElement('span'));
      s.id = id;
      s.textContent = label;
      const o = wrap.appendChild(doc.createElement('output'));
      o.setAttribute('aria-labelledby', id);
      o.textContent = bsn;
    },
  };
  html[idiom]!();
  return wrap;
}

function build(doc: Document, t: Tree, count: { n: number }): Node {
  count.n++;
  switch (t.type) {
    case 'text':
      return doc.createTextNode(t.text);
    case 'input': {
      const input = doc.createElement('input');
      if (t.checkbox) {
        input.type = 'checkbox';
        input.checked = true;
      } else input.value = t.value;
      return input;
    }
    case 'unit':
      return unit(doc, t.idiom, t.label, t.bsn);
    case 'el': {
      const el = doc.createElement(t.tag);
      if (t.role) el.setAttribute('role', t.role);
      if (t.role === 'switch' || t.role === 'checkbox') el.setAttribute('aria-checked', String(t.checked));
      for (const c of t.children) el.appendChild(build(doc, c, count));
      return el;
    }
  }
}

/** Attribute reads per page node a capture plus a pair read may cost: 300 random trees measured at most ≈14, on average ≈10. */
const MAX_READS_PER_NODE = 30;

/** Nodes in the tree under `root` (elements, texts, comments). */
function nodeCount(root: Node): number {
  let n = 1;
  for (let c = root.firstChild; c; c = c.nextSibling) n += nodeCount(c);
  return n;
}

describe('fuzz: random DOM trees', () => {
  it('never throw, never return a BSN-like value placed under a BSN or unrelated label, and do work linear in the page', () => {
    let totalReads = 0;
    let totalNodes = 0;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 8 }), (forest) => {
        const count = { n: 0 };
        const root = document.createElement('main');
        for (const t of forest) root.appendChild(build(document, t, count));
        document.body.replaceChildren(root);
        const nodes = nodeCount(document.body);
        // Work is counted, not timed: DOM attribute reads of a capture and a pair read (a busy
        // machine or a GC pause cannot fail a count).
        const spy = vi.spyOn(Element.prototype, 'getAttribute');
        const capture = capturePage(document);
        const pairs = readPairs(document.body);
        const reads = spy.mock.calls.length;
        spy.mockRestore();
        const json = JSON.stringify(capture);
        for (const bsn of BSNS) expect(json).not.toContain(bsn);
        for (const bsn of BSNS_UNDER_BSN_LABEL) for (const p of pairs) expect(p.value).not.toContain(bsn);
        totalReads += reads;
        totalNodes += nodes;
        // No single tree is pathological (nothing quadratic).
        expect(reads).toBeLessThanOrEqual(MAX_READS_PER_NODE * nodes + 50);
      }),
      { numRuns: 300 },
    );
    // On average half the per-tree bound: a cost that grows with the page shows here first.
    expect(totalReads / Math.max(totalNodes, 1)).toBeLessThan(MAX_READS_PER_NODE / 2);
  });
});

describe('performance', () => {
  const page = (rows: number): void => {
    const body: string[] = [];
    for (let i = 0; i < rows; i++) body.push(`<tr><td>${1000 + i}</td><td>Werknemer ${i}</td><td>111222333</td><td>Maand</td></tr>`);
    document.body.innerHTML = `<h1>Bedrijfsgegevens</h1>
      <dl><dt>Werkgever ID</dt><dd>20720</dd><dt>Loonheffingennummer</dt><dd>123456782L01</dd></dl>
      <table><thead><tr><th>Personeelsnummer</th><th>Naam</th><th>BSN</th><th>Verloningsperiode</th></tr></thead>
      <tbody>${body.join('')}</tbody></table>`;
  };
  /** DOM attribute reads of one capture: the work, counted instead of timed (a busy machine cannot fail it). */
  const readsFor = (rows: number): number => {
    page(rows);
    const spy = vi.spyOn(Element.prototype, 'getAttribute');
    const c = capturePage(document);
    const reads = spy.mock.calls.length;
    spy.mockRestore();
    expect(c).toEqual({ kind: 'company', werkgeverId: '20720', loonheffingennummers: ['123456782L01'], verloning: 'maand' });
    return reads;
  };

  it('a page with a 5,000-row overview table costs no more than one with 200 rows', () => {
    // Rows past the per-table cap are never entered: the overview's size does not matter.
    const small = readsFor(200);
    expect(small).toBeGreaterThan(100);
    expect(readsFor(5000)).toBeLessThanOrEqual(small);
  });
});
