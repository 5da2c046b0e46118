import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { capturePage } from '../../../utils/loket/capture';
import { whenPageMayHoldCapture, type ReaderCause } from '../../../utils/loket/first-stage';
import { newGateWork } from '../../../utils/loket/gate';
import { watchForCaptures } from '../../../utils/loket/observe';
import type { LoketCapture } from '../../../utils/loket/types';
import { asDocument, openSite, pageNames, parseSite } from './helpers';

// The always-on first stage (utils/loket/first-stage.ts) loads the reader only when a page may
// hold a capture. These tests count its work and, with the reader started after an injection
// delay as in the browser (first stage → background → reader), prove that what the reader
// alone captured is still captured: on load, when content arrives late, on SPA route changes.

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** Roughly a message to the background and back plus executeScript: the reader starts late. */
const INJECTION_MS = 15;

function overviewBody(rows: number): string {
  const tr = Array.from({ length: rows }, (_, i) => `<tr><td>${1000 + i}</td><td>Boeking ${i}</td><td>12-03-2025</td></tr>`).join('');
  return `<header>Loket.nl | <span id="klok">29:59</span></header><nav><a>Bedrijfsgegevens</a><a>Contactpersonen</a><a>Werknemers</a></nav>
    <h1>Journaalposten</h1><table><thead><tr><th>Personeelsnummer</th><th>Omschrijving</th><th>Datum</th></tr></thead><tbody id="rows">${tr}</tbody></table>`;
}

describe('first stage', () => {
  const windows: Window[] = [];
  const stops: Array<() => void> = [];
  afterEach(async () => {
    for (const s of stops.splice(0)) s();
    for (const w of windows.splice(0)) await w.happyDOM.close();
  });
  const open = (name: string, url?: string): Window => {
    const w = openSite(name, url);
    windows.push(w);
    return w;
  };

  /** The two stages as the extension wires them: the reader starts INJECTION_MS after the request. */
  function wire(doc: Document, settleMs = 2000) {
    const causes: ReaderCause[] = [];
    const emitted: LoketCapture[] = [];
    let readers = 0;
    const gateWork = newGateWork();
    const readerGateWork = newGateWork();
    stops.push(
      whenPageMayHoldCapture(
        doc,
        (cause) => {
          causes.push(cause);
          setTimeout(() => {
            readers++;
            stops.push(watchForCaptures(doc, (c) => emitted.push(c), { debounceMs: 10, recheckMs: 40, settleMs, mayHoldCapture: true, recheckFirstRead: cause === 'change', gateWork: readerGateWork }));
          }, INJECTION_MS);
        },
        { settleMs, gateWork },
      ),
    );
    return { causes, emitted, gateWork, readerGateWork, readers: () => readers, ids: () => emitted.map((c) => (c as { werkgeverId?: string }).werkgeverId ?? c.kind) };
  }

  it('asks for the reader at once on every Loket.nl page variant the reader captures', () => {
    const captured = pageNames().filter((name) => capturePage(parseSite(name)) !== null);
    expect(captured.length).toBeGreaterThan(15);
    for (const name of captured) {
      const causes: ReaderCause[] = [];
      whenPageMayHoldCapture(parseSite(name), (c) => causes.push(c))();
      expect(causes, name).toEqual(['load']);
    }
  });

  it('on a page with nothing to read: one walk, no reader, however busy the page is', async () => {
    const w = open('late-render.html');
    const doc = asDocument(w);
    doc.body.innerHTML = overviewBody(300);
    const t = wire(doc);
    const rows = doc.getElementById('rows')!;
    for (let i = 0; i < 10; i++) {
      doc.getElementById('klok')!.textContent = `29:${50 - i}`;
      const tr = doc.createElement('tr');
      tr.innerHTML = `<td>${i}</td><td>Nieuwe boeking</td><td>13-03-2025</td>`;
      rows.append(tr);
      rows.firstElementChild!.remove();
      (rows.children[5] as HTMLElement).style.backgroundColor = i % 2 ? '#eef' : '';
      doc.querySelector('h1')!.textContent = `Journaalposten (${i})`;
      await sleep(10);
    }
    await sleep(60);
    expect(t.causes).toEqual([]);
    expect(t.readers()).toBe(0);
    expect(t.gateWork.walks).toBe(1);
  });

  it('content arriving late loads the reader, which captures it (late-render.html)', async () => {
    const w = open('late-render.html');
    const t = wire(asDocument(w));
    expect(t.causes).toEqual([]);
    for (let i = 0; i < 150 && t.emitted.length === 0; i++) await sleep(20);
    expect(t.causes).toEqual(['change']);
    expect(t.readers()).toBe(1);
    expect(t.emitted).toEqual([expect.objectContaining({ kind: 'company', werkgeverId: '31415', loonheffingennummers: ['854321093L01'] })]);
    // The page is walked once by the first stage; the reader trusts it and walks it no more.
    expect(t.readerGateWork.walks).toBe(0);
  });

  it('a value that arrives while the reader is being injected is read (the reader reads the page as it is then)', async () => {
    const w = open('late-render.html');
    const doc = asDocument(w);
    doc.body.innerHTML = overviewBody(60);
    const t = wire(doc);
    const dl = doc.createElement('dl');
    dl.innerHTML = '<dt>Werkgever ID</dt><dd></dd>';
    doc.body.prepend(dl);
    await sleep(2);
    dl.querySelector('dd')!.textContent = '27182';
    await sleep(INJECTION_MS + 60);
    expect(t.causes).toEqual(['change']);
    expect(t.ids()).toEqual(['27182']);
  });

  it('wording revealed by removing `hidden` loads the reader', async () => {
    const w = open('late-render.html');
    const doc = asDocument(w);
    doc.body.innerHTML = `<div hidden><h2>Bedrijfsgegevens</h2><dl><dt>Werkgever ID</dt><dd>16180</dd></dl></div>${overviewBody(60)}`;
    const t = wire(doc);
    await sleep(30);
    expect(t.causes).toEqual([]);
    doc.querySelector('div[hidden]')!.removeAttribute('hidden');
    await sleep(INJECTION_MS + 60);
    expect(t.ids()).toEqual(['16180']);
  });

  it('an SPA route change from a page with nothing to read to a company page captures, and later routes too', async () => {
    const w = open('spa-route-change.html', 'https://www.loket.nl/app/werkgevers/40001/bedrijfsgegevens');
    const doc = asDocument(w);
    // The company page's own nodes, kept with their listeners, come back on the route change.
    const company = Array.from(doc.body.childNodes);
    doc.body.innerHTML = overviewBody(60);
    const t = wire(doc);
    expect(t.causes).toEqual([]);
    w.history.pushState({}, '', '/app/werkgevers/40001/bedrijfsgegevens');
    doc.body.replaceChildren(...company);
    await sleep(INJECTION_MS + 60);
    expect(t.causes).toEqual(['change']);
    expect(t.ids()).toEqual(['40001']);
    // From here the reader follows the routes itself, as it always did.
    (doc.getElementById('link-b') as HTMLElement).click();
    await sleep(120);
    expect(t.ids()).toEqual(['40001', '40002']);
    expect(t.readers()).toBe(1);
  });

  it('after settling it stops observing; a click wakes it and asks the gate again', async () => {
    const w = open('late-render.html');
    const doc = asDocument(w);
    doc.body.innerHTML = overviewBody(60);
    const t = wire(doc, 100);
    await sleep(160);
    // Asleep: a change without any user action is not seen (the reader's own trade-off, observe.ts).
    const dl = doc.createElement('dl');
    dl.innerHTML = '<dt>Werkgever ID</dt><dd>14142</dd>';
    doc.body.prepend(dl);
    await sleep(40);
    expect(t.causes).toEqual([]);
    expect(t.gateWork.walks).toBe(1);
    doc.body.dispatchEvent(new w.MouseEvent('click', { bubbles: true }) as unknown as Event);
    await sleep(INJECTION_MS + 60);
    expect(t.gateWork.walks).toBe(2);
    expect(t.ids()).toEqual(['14142']);
  });

  it('stop() removes the observer and listeners: nothing is asked afterwards', async () => {
    const w = open('late-render.html');
    const doc = asDocument(w);
    doc.body.innerHTML = overviewBody(10);
    const causes: ReaderCause[] = [];
    const stop = whenPageMayHoldCapture(doc, (c) => causes.push(c));
    stop();
    doc.body.insertAdjacentHTML('afterbegin', '<dl><dt>Werkgever ID</dt><dd>1</dd></dl>');
    doc.body.dispatchEvent(new w.MouseEvent('click', { bubbles: true }) as unknown as Event);
    await sleep(30);
    expect(causes).toEqual([]);
  });
});
