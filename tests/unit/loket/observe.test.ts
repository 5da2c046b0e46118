import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { capturePage } from '../../../utils/loket/capture';
import { isRelevantMutation, watchForCaptures, type WatchOptions } from '../../../utils/loket/observe';
import type { LoketCapture } from '../../../utils/loket/types';
import { asDocument, openSite } from './helpers';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Starts a watcher that records emissions, reader calls and observer state. */
function watch(w: Window, opts: WatchOptions = {}) {
  const emitted: LoketCapture[] = [];
  const armed: boolean[] = [];
  let reads = 0;
  const stop = watchForCaptures(asDocument(w), (c) => emitted.push(c), {
    debounceMs: 20,
    recheckMs: 60,
    settleMs: 400,
    capture: (doc) => {
      reads++;
      return capturePage(doc);
    },
    onArmedChange: (a) => armed.push(a),
    ...opts,
  });
  return { emitted, armed, stop, reads: () => reads };
}

describe('watchForCaptures', () => {
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

  it('late-render: emits once the content arrives; the ticking clock causes no reads; stops after settling', async () => {
    const w = open('late-render.html');
    const t = watch(w, { settleMs: 1200 });
    stops.push(t.stop);
    expect(t.emitted).toEqual([]); // spinner only
    expect(t.reads()).toBe(0); // the first stage finds no capture wording: no read at all
    // The page renders ~600 ms in; on a crowded machine later. Then its re-check (60 ms) passes.
    for (let i = 0; i < 150 && t.emitted.length === 0; i++) await sleep(20);
    await sleep(200);
    expect(t.emitted).toHaveLength(1);
    expect(t.emitted[0]).toMatchObject({ kind: 'company', werkgeverId: '31415', loonheffingennummers: ['854321093L01'] });
    const readsAfterRender = t.reads(); // render + recheck
    expect(readsAfterRender).toBeLessThanOrEqual(4);
    // The header clock ticks every second: irrelevant, so no further reading at all.
    await sleep(1300);
    expect(w.document.getElementById('clock')!.textContent).not.toBe('09:41:00');
    expect(t.reads()).toBe(readsAfterRender);
    expect(t.emitted).toHaveLength(1);
    // ~1.2 s after the render the observer has disconnected.
    await sleep(300);
    expect(t.armed).toEqual([true, false]);
  });

  it('spa-route-change: emits A, then B after pushState, then A again; same route twice emits nothing', async () => {
    const w = open('spa-route-change.html', 'https://www.loket.nl/app/werkgevers/40001/bedrijfsgegevens');
    const t = watch(w);
    stops.push(t.stop);
    expect(t.emitted.map((c) => (c as { werkgeverId: string }).werkgeverId)).toEqual(['40001']);
    (w.document.getElementById('link-b') as unknown as HTMLElement).click();
    await sleep(120);
    expect(w.location.pathname).toBe('/app/werkgevers/40002/bedrijfsgegevens');
    expect(t.emitted.map((c) => (c as { werkgeverId: string }).werkgeverId)).toEqual(['40001', '40002']);
    expect(t.emitted[1]).toMatchObject({ loonheffingennummers: ['861234005L02'], verloning: '4weken', werkgeverNaam: 'Schoonmaakbedrijf Glans B.V.' });
    (w.document.getElementById('link-a') as unknown as HTMLElement).click();
    await sleep(120);
    (w.document.getElementById('link-a') as unknown as HTMLElement).click();
    await sleep(120);
    expect(t.emitted.map((c) => (c as { werkgeverId: string }).werkgeverId)).toEqual(['40001', '40002', '40001']);
  });

  it('a route change is read at once, without waiting for the debounce', async () => {
    const w = open('spa-route-change.html', 'https://www.loket.nl/app/werkgevers/40001/bedrijfsgegevens');
    const t = watch(w, { debounceMs: 5000 });
    stops.push(t.stop);
    (w.document.getElementById('link-b') as unknown as HTMLElement).click();
    await sleep(30);
    expect(t.emitted.map((c) => (c as { werkgeverId: string }).werkgeverId)).toEqual(['40001', '40002']);
  });

  it('rows churning in a large overview table cause no reads at all', async () => {
    const w = open('classic-bedrijfsgegevens.html');
    const doc = w.document as unknown as Document;
    const table = doc.createElement('table');
    const body = doc.createElement('tbody');
    const row = (name: string, nr: number) => {
      const tr = doc.createElement('tr');
      for (const text of [name, String(nr)]) tr.appendChild(doc.createElement('td')).textContent = text;
      return tr;
    };
    for (let i = 0; i < 60; i++) body.append(row(`Werknemer ${i}`, 1000 + i));
    table.append(body);
    doc.body.append(table);
    const t = watch(w);
    stops.push(t.stop);
    const readsAfterStart = t.reads();
    for (let i = 0; i < 20; i++) {
      body.append(row(`Nieuw ${i}`, 2000 + i));
      (body.firstElementChild!.firstElementChild as HTMLElement).textContent = `Gewijzigd ${i}`;
      body.lastElementChild!.remove();
      await sleep(5);
    }
    await sleep(150);
    expect(t.reads()).toBe(readsAfterStart);
  });

  it('after settling it no longer observes; a click re-arms it and the new route is captured', async () => {
    const w = open('spa-route-change.html');
    const t = watch(w, { settleMs: 150 });
    stops.push(t.stop);
    await sleep(250);
    expect(t.armed).toEqual([true, false]);
    const reads = t.reads();
    // A change without any user action while asleep is not seen (documented trade-off)...
    w.document.querySelector('dd')!.textContent = 'Gewijzigd B.V.';
    await sleep(80);
    expect(t.reads()).toBe(reads);
    // ...the next interaction re-arms and reads.
    (w.document.getElementById('link-b') as unknown as HTMLElement).click();
    await sleep(120);
    expect(t.armed.slice(0, 3)).toEqual([true, false, true]);
    expect(t.emitted.at(-1)).toMatchObject({ werkgeverId: '40002' });
  });

  it('ignores attribute/style/class changes and the extension\'s own nodes; reacts to a value changing in place', async () => {
    const w = open('classic-bedrijfsgegevens.html');
    const t = watch(w, { settleMs: 5000, ignoreSelector: '[data-loket-asr]' });
    stops.push(t.stop);
    expect(t.emitted).toHaveLength(1);
    const doc = w.document;
    const reads = t.reads();
    for (let i = 0; i < 20; i++) {
      doc.body.setAttribute('class', `hover-${i}`);
      (doc.querySelector('td.val') as unknown as HTMLElement).style.color = i % 2 ? 'red' : 'blue';
      doc.getElementById('klok')!.textContent = `09:${String(42 + i)}`;
    }
    const own = doc.createElement('div');
    own.setAttribute('data-loket-asr', '');
    doc.body.appendChild(own);
    own.textContent = 'Koppelhulp actief';
    own.appendChild(doc.createElement('span'));
    await sleep(150);
    expect(t.reads()).toBe(reads);
    // The Werkgever ID cell changes its text in place: relevant.
    doc.querySelector('td.val')!.textContent = '20999';
    await sleep(150);
    expect(t.emitted).toHaveLength(2);
    expect(t.emitted[1]).toMatchObject({ werkgeverId: '20999' });
    // Hiding the details with display:none is a relevant style change (their values disappear).
    const readsBefore = t.reads();
    (doc.querySelector('table[width="100%"][cellpadding="3"]') as unknown as HTMLElement).style.display = 'none';
    await sleep(150);
    expect(t.reads()).toBeGreaterThan(readsBefore);
  });

  it('stop() disconnects and removes listeners: nothing is read afterwards', async () => {
    const w = open('spa-route-change.html');
    const t = watch(w);
    t.stop();
    const reads = t.reads();
    (w.document.getElementById('link-b') as unknown as HTMLElement).click();
    await sleep(120);
    expect(t.reads()).toBe(reads);
    expect(t.emitted).toHaveLength(1);
  });

  it('a reader that throws never breaks the page or the watcher', async () => {
    const w = open('classic-bedrijfsgegevens.html');
    let calls = 0;
    const stop = watchForCaptures(asDocument(w), () => undefined, {
      debounceMs: 10,
      capture: () => {
        calls++;
        throw new Error('unexpected markup');
      },
    });
    stops.push(stop);
    w.document.body.appendChild(w.document.createElement('section'));
    await sleep(60);
    expect(calls).toBeGreaterThanOrEqual(2);
  });
});

describe('isRelevantMutation: rights wording comes from labels.ts', () => {
  it('a state changing beside a right is relevant whatever the right\'s verb; beside other text it is not', () => {
    document.body.innerHTML = `<section><p><span>Laatst bijgewerkt</span><span id="c">Nee</span></p></section>
      <ul><li><span>Wijzigen loonstroken</span><span id="a">Nee</span></li>
      <li><span>Raadplegen HRM</span><span id="b">Nee</span></li></ul>`;
    const textChange = (id: string) => ({ type: 'characterData', target: document.getElementById(id)!.firstChild! }) as unknown as MutationRecord;
    expect(isRelevantMutation(textChange('a'))).toBe(true);
    expect(isRelevantMutation(textChange('b'))).toBe(true);
    expect(isRelevantMutation(textChange('c'))).toBe(false);
  });
});
