import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Window } from 'happy-dom';
import { capturePage } from '../../../utils/loket/capture';
import { hasCaptureWording, headsDgaColumn, LOOSE_WORDS, newGateWork, pageMayHoldCapture, WHOLE_WORDS, type GateWork } from '../../../utils/loket/gate';
import { LABELS, RIGHT_VERBS, RIGHTS_LIST_HEADINGS } from '../../../utils/loket/labels';
import { compact, wordList } from '../../../utils/text/normalize';
import { watchForCaptures } from '../../../utils/loket/observe';
import { REQUIRED_RIGHTS, type LoketCapture } from '../../../utils/loket/types';
import { asDocument, openSite, pageNames, parseSite } from './helpers';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function htmlDoc(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

/** An overview page of the kind most Loket.nl pages are: a journal of many rows, a clock, no labels we read. */
function overviewBody(rows: number): string {
  const tr = Array.from({ length: rows }, (_, i) => `<tr><td>${1000 + i}</td><td>Boeking ${i}</td><td>12-03-2025</td></tr>`).join('');
  return `<header>Loket.nl | <span id="klok">29:59</span></header><h1>Journaalposten</h1>
    <table><thead><tr><th>Nummer</th><th>Omschrijving</th><th>Datum</th></tr></thead><tbody id="rows">${tr}</tbody></table>`;
}

describe('first stage: pageMayHoldCapture', () => {
  it('says yes on every Loket.nl page variant the reader captures (nothing read today is missed)', () => {
    const captured = pageNames().filter((name) => capturePage(parseSite(name)) !== null);
    expect(captured.length).toBeGreaterThan(15);
    for (const name of captured) expect(pageMayHoldCapture(parseSite(name)), name).toBe(true);
  });

  it('knows every label and heading wording a capture depends on', () => {
    const wording = [...LABELS.werkgeverId, ...LABELS.personeelsnummer, ...REQUIRED_RIGHTS, ...RIGHTS_LIST_HEADINGS];
    for (const text of wording) expect(hasCaptureWording(text), text).toBe(true);
    // Also split over two text nodes, as "<th>Werkgever <span>ID</span></th>" is.
    expect(pageMayHoldCapture(htmlDoc('<table><tr><th>Werkgever <span>ID</span></th><td>123</td></tr></table>'))).toBe(true);
  });

  it('carries the wording labels.ts gives, derived again here (the gate keeps literal copies)', () => {
    const longestWord = (label: string): string => wordList(label).reduce((a, b) => (b.length > a.length ? b : a), '');
    const labels = [...LABELS.werkgeverId, ...LABELS.personeelsnummer];
    const stems = labels.map(longestWord).concat(RIGHTS_LIST_HEADINGS.map((h) => wordList(h)[0] ?? ''));
    const loose = [...stems.filter((w) => w.length >= 6), ...labels.filter((l) => longestWord(l).length < 6).map(compact)];
    const whole = [...stems.filter((w) => w && w.length < 6), ...RIGHT_VERBS];
    expect([...new Set(LOOSE_WORDS)].sort()).toEqual([...new Set(loose)].sort());
    expect([...new Set(WHOLE_WORDS)].sort()).toEqual([...new Set(whole)].sort());
  });

  it('a DGA column header opens the gate (an employee list’s DGAs, issue 23); other column headers do not', () => {
    // Every DGA label labels.ts knows is list wording.
    for (const label of LABELS.dga) expect(headsDgaColumn(label), label).toBe(true);
    for (const text of ['Dagen', 'Adgang', 'Functie', 'Personeelsnummer']) expect(headsDgaColumn(text), text).toBe(false);
    const list = (header: string) => htmlDoc(`<h1>Werknemers</h1><table><thead><tr><th>Personeelsnummer</th><th>Naam</th><th>${header}</th></tr></thead><tbody><tr><td>1</td><td>A. Bos</td><td>Ja</td></tr></tbody></table>`);
    for (const header of LABELS.dga) expect(pageMayHoldCapture(list(header)), header).toBe(true);
    expect(pageMayHoldCapture(list('Functie'))).toBe(false);
    expect(pageMayHoldCapture(htmlDoc('<div role="grid"><div role="row"><span role="columnheader">Naam</span><span role="columnheader">DGA</span></div></div>'))).toBe(true);
  });

  it('matches a short stem ("pers" of "Pers. nr") as a word only, so Loket.nl navigation opens no gate', () => {
    for (const text of ['Pers. nr', 'Pers.nr', 'PERS-NR:', 'Persnr', 'pers nr *']) expect(hasCaptureWording(text), text).toBe(true);
    for (const text of ['Contactpersonen', 'Personen', 'Persoonsgegevens', 'Dispersie']) expect(hasCaptureWording(text), text).toBe(false);
    expect(pageMayHoldCapture(htmlDoc('<nav><a>Bedrijfsgegevens</a><a>Contactpersonen</a><a>Werknemers</a></nav>'))).toBe(false);
    // Non-ASCII text takes the Unicode twin, with the same answers.
    expect(hasCaptureWording('Pers. nr — één')).toBe(true);
    expect(hasCaptureWording('Contactpersonen — één')).toBe(false);
  });

  it('says no on a page without that wording, and walks at most the rows the reader would enter', () => {
    const work = newGateWork();
    expect(pageMayHoldCapture(htmlDoc(overviewBody(1000)), work)).toBe(false);
    expect(work.walks).toBe(1);
    // 100 rows of 3 cells (row, cell, text: 7 nodes a row) plus the page around: not 1,000 rows.
    expect(work.nodes).toBeLessThan(100 * 7 + 40);
  });

  it('rules out an overview’s rows with one text read of the whole group, not one per cell', () => {
    const doc = htmlDoc(overviewBody(1000));
    // Reading rows cell by cell asks each row for its cells: counted here.
    const cellLists = vi.spyOn(Element.prototype, 'children', 'get');
    try {
      expect(pageMayHoldCapture(doc)).toBe(false);
      expect(cellLists.mock.instances.filter((el) => (el as Element).tagName === 'TR').length).toBeLessThanOrEqual(2);
    } finally {
      cellLists.mockRestore();
    }
    // A right in row 60 of the same overview is still found (the rows are then read cell by cell).
    const withRight = htmlDoc(overviewBody(1000).replace('<td>Boeking 60</td>', '<td>Raadplegen werknemers</td>'));
    expect(pageMayHoldCapture(withRight)).toBe(true);
  });

  it('reads cell by cell only the overview rows whose cells run together into wording', () => {
    // "Verkoper" + "Service" reads "…perS…" when a row's cells run together; the cells apart say nothing.
    const rows = Array.from({ length: 200 }, (_, i) => `<tr><td>${100000 + i}</td><td>A. Bos</td><td>${i % 40 === 7 ? 'Verkoper' : 'Planner'}</td><td>Service</td></tr>`).join('');
    const doc = htmlDoc(`<h1>Werknemers</h1><table><thead><tr><th>Nummer</th><th>Naam</th></tr></thead><tbody>${rows}</tbody></table>`);
    const cellLists = vi.spyOn(Element.prototype, 'children', 'get');
    try {
      expect(pageMayHoldCapture(doc)).toBe(false);
      const readRows = new Set(cellLists.mock.instances.filter((el) => (el as Element).tagName === 'TR'));
      // The walk enters the first two rows; of the 98 rows read ahead, rows 7, 47 and 87 run together.
      expect(readRows.size).toBeLessThanOrEqual(2 + 3);
    } finally {
      cellLists.mockRestore();
    }
    // A right in one of those rows' own cells is still found.
    expect(pageMayHoldCapture(htmlDoc(doc.body.innerHTML.replace('<td>Verkoper</td>', '<td>Raadplegen</td>')))).toBe(true);
  });

  it('reads a label as the reader does across zero-width characters and soft hyphens', () => {
    const page = (label: string) => htmlDoc(`<h1>Bedrijfsgegevens</h1><dl><dt>${label}</dt><dd>31337</dd><dt>Naam</dt><dd>Bakkerij B.V.</dd></dl>`);
    for (const label of ['Werk\u200Bgever ID', 'Werkgever\u00AD ID', 'Werk\u00ADgever ID']) {
      expect(capturePage(page(label)), label).toMatchObject({ kind: 'company', werkgeverId: '31337' });
      expect(pageMayHoldCapture(page(label)), label).toBe(true);
    }
    // A soft hyphen may join two words or break them: both readings are searched.
    for (const text of ['Personeels\u00ADnummer', 'Raadplegen\u00ADloonstroken', 'Pers\u200B. nr']) expect(hasCaptureWording(text), text).toBe(true);
    expect(hasCaptureWording('Contact\u00ADpersonen')).toBe(false);
  });

  it('folds no large row group whole: an overview with one "Müller" costs the rows it reads, not the group', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<tr><td>${100000 + i}</td><td>${i === 5 ? 'J. Müller' : 'A. Bos'}</td><td>Planner</td></tr>`).join('');
    const doc = htmlDoc(`<h1>Werknemers</h1><table><tbody>${rows}</tbody></table>`);
    let normalized = 0;
    const normalize = String.prototype.normalize;
    const spy = vi.spyOn(String.prototype, 'normalize').mockImplementation(function (this: string, form?: string) {
      normalized += this.length;
      return normalize.call(this, form);
    });
    try {
      expect(pageMayHoldCapture(doc)).toBe(false);
    } finally {
      spy.mockRestore();
    }
    // The group's text is about 60,000 characters; the one row with "Müller" is 20.
    expect(normalized).toBeLessThan(1000);
  });

  it('searches its wording as strings: no regular expression over the word lists runs on a page', () => {
    // Compiling one cost V8 about a millisecond on every Loket.nl page load (issue 26).
    const sources: string[] = [];
    const proto = RegExp.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const spies = (['exec', 'test'] as const).map((name) => {
      const original = proto[name]!;
      return vi.spyOn(proto, name as never).mockImplementation(function (this: RegExp, ...args: unknown[]) {
        sources.push(this.source);
        return original.apply(this, args);
      } as never);
    });
    try {
      for (const name of pageNames()) pageMayHoldCapture(parseSite(name));
      expect(hasCaptureWording('Werkgever ID') && !hasCaptureWording('Contactpersonen') && headsDgaColumn('DGA')).toBe(true);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    const wordy = sources.filter((source) => /werkgever|raadplegen|personeel|dga/i.test(source));
    expect([...new Set(wordy)]).toEqual([]);
  });

  it('stops at the first wording it meets', () => {
    const work = newGateWork();
    const doc = htmlDoc(`<dl><dt>Werkgever ID</dt><dd>31337</dd></dl>${overviewBody(1000)}`);
    expect(pageMayHoldCapture(doc, work)).toBe(true);
    expect(work.nodes).toBeLessThan(10);
  });

  it('looks past markup-hidden parts, as the reader does, and reads aria-labels', () => {
    expect(pageMayHoldCapture(htmlDoc('<div hidden><span>Werkgever ID</span><span>1</span></div><p style="display:none">Personeelsnummer</p>'))).toBe(false);
    expect(pageMayHoldCapture(htmlDoc('<input aria-label="Personeelsnummer" value="1001">'))).toBe(true);
  });
});

describe('first stage in the watcher: irrelevant pages and changes cause no read', () => {
  const windows: Window[] = [];
  const stops: Array<() => void> = [];
  afterEach(async () => {
    for (const s of stops.splice(0)) s();
    for (const w of windows.splice(0)) await w.happyDOM.close();
  });

  function watchDoc(doc: Document, settleMs = 2000) {
    const emitted: LoketCapture[] = [];
    let reads = 0;
    const gateWork: GateWork = newGateWork();
    const stop = watchForCaptures(doc, (c) => emitted.push(c), {
      debounceMs: 10,
      recheckMs: 40,
      settleMs,
      gateWork,
      capture: (d) => {
        reads++;
        return capturePage(d);
      },
    });
    stops.push(stop);
    return { emitted, gateWork, reads: () => reads };
  }

  function openBlank(): Window {
    const w = openSite('late-render.html');
    windows.push(w);
    w.document.body.innerHTML = overviewBody(300);
    return w;
  }

  it('an overview page is walked once and never read, however much it changes', async () => {
    const w = openBlank();
    const doc = asDocument(w);
    const t = watchDoc(doc);
    expect(t.reads()).toBe(0);
    expect(t.gateWork.walks).toBe(1);
    const rows = doc.getElementById('rows')!;
    for (let i = 0; i < 10; i++) {
      doc.getElementById('klok')!.textContent = `29:${50 - i}`;
      const tr = doc.createElement('tr');
      tr.innerHTML = `<td>${i}</td><td>Nieuwe boeking</td><td>13-03-2025</td>`;
      rows.append(tr);
      doc.querySelector('h1')!.textContent = `Journaalposten (${i})`;
      const note = doc.createElement('p');
      note.textContent = `Melding ${i}`;
      doc.body.append(note);
      await sleep(15);
    }
    await sleep(100);
    expect(t.reads()).toBe(0);
    expect(t.gateWork.walks).toBe(1);
    expect(t.emitted).toEqual([]);
  });

  it('the same page showing an employer’s details is read at once', async () => {
    const w = openBlank();
    const doc = asDocument(w);
    const t = watchDoc(doc);
    const section = doc.createElement('section');
    section.innerHTML = '<h2>Bedrijfsgegevens</h2><dl><dt>Werkgever ID</dt><dd>31337</dd><dt>Loonheffingennummer</dt><dd>800123451L01</dd></dl>';
    doc.body.prepend(section);
    await sleep(60);
    expect(t.reads()).toBeGreaterThanOrEqual(1);
    expect(t.emitted).toEqual([expect.objectContaining({ kind: 'company', werkgeverId: '31337' })]);
  });

  it('wording revealed by removing `hidden` or display:none is read', async () => {
    const w = openBlank();
    const doc = asDocument(w);
    const hidden = doc.createElement('div');
    hidden.setAttribute('hidden', '');
    hidden.innerHTML = '<h2>Bedrijfsgegevens</h2><dl><dt>Werkgever ID</dt><dd>27182</dd></dl>';
    doc.body.prepend(hidden);
    const t = watchDoc(doc);
    await sleep(40);
    expect(t.reads()).toBe(0); // hidden: neither stage nor reader sees it
    hidden.removeAttribute('hidden');
    await sleep(60);
    expect(t.emitted).toEqual([expect.objectContaining({ kind: 'company', werkgeverId: '27182' })]);
  });

  it('a route change to a page without wording walks it once and reads nothing', async () => {
    const w = openSite('spa-route-change.html', 'https://www.loket.nl/app/werkgevers/40001/bedrijfsgegevens');
    windows.push(w);
    const doc = asDocument(w);
    const t = watchDoc(doc);
    expect(t.emitted).toHaveLength(1);
    const reads = t.reads();
    const walks = t.gateWork.walks;
    w.history.pushState({}, '', '/app/journaal');
    doc.body.innerHTML = overviewBody(50);
    await sleep(80);
    expect(t.gateWork.walks).toBe(walks + 1);
    expect(t.reads()).toBe(reads);
  });
});
