// Issue 27's pure parts: what a custom select shows (no button, icon or screen-reader text, no
// floating label), a read-only input that opens a listbox is a select, role-less
// form-associated radios and their checked look, and DGA rows that must end exactly as the
// registration's (an empty row left over is removed through its own control, or reported).
import { afterEach, describe, expect, it } from 'vitest';
import { collectFields } from '../../../utils/asr/collect';
import { comboboxShows } from '../../../utils/asr/combobox';
import { customRadioGroups, looksChecked } from '../../../utils/asr/custom';
import { fillDocument } from '../../../utils/asr/fill';
import { planFill } from '../../../utils/asr/plan';
import { EMPTY_ROW } from '../../../utils/asr/keys';
import { pressTarget, scrollLists } from '../../../utils/asr/list';
import { FAST, loadPage, statuses, VALUES, type LoadedPage } from './helpers';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const html = (body: string) => `<!doctype html><html lang="nl"><body>${body}</body></html>`;
const open = (body: string) => (page = loadPage('', undefined, html(body)));
const TWO = { ...VALUES, dgas: VALUES.dgas.slice(0, 2) };

describe('what a custom select shows', () => {
  it('reads the chosen option, not the control\'s own button, icon or screen-reader text', () => {
    const p = open(`<button type="button" aria-haspopup="listbox" id="b"><span>Maandelijks</span>
      <span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">Open menu</span>
      <svg><title>Open menu</title></svg><span role="button">Wissen</span></button>`);
    expect(comboboxShows(p.doc.getElementById('b')!)).toBe('Maandelijks');
  });

  it('leaves out a label floating inside the box, so an empty select shows nothing', () => {
    const p = open(`<div role="combobox" aria-label="Verloningsperiode" id="c"><span>Verloningsperiode*</span><div>Vierwekelijks</div></div>
      <div role="combobox" aria-label="Loontijdvak" id="d"><span>Loontijdvak</span></div>`);
    expect(comboboxShows(p.doc.getElementById('c')!)).toBe('Vierwekelijks');
    expect(comboboxShows(p.doc.getElementById('d')!)).toBe('');
  });
});

describe('recognising controls', () => {
  it('takes a read-only input that opens a listbox for a select, not for a text box it cannot use', () => {
    const p = open(`<form><label for="lt">Loontijdvak</label><input id="lt" readonly aria-haspopup="listbox" value="">
      <label for="rw">Raamwerkcontractnummer</label><input id="rw"></form>`);
    const f = collectFields(p.doc).find((x) => x.element.id === 'lt')!;
    expect(f.kind).toBe('combobox');
    expect(f.unusable).toBeUndefined();
    expect('searchable' in f && f.searchable).toBe(false);
  });

  it('groups role-less custom elements sharing a name, each with its own value, as a radio group', () => {
    const p = open(`<x-radio name="dga" value="ja"></x-radio><x-radio name="dga" value="nee"></x-radio>
      <x-radio name="los" value="1"></x-radio><x-switch name="s" value="on"></x-switch><x-radio name="dup" value="a"></x-radio><x-radio name="dup" value="a"></x-radio>`);
    const all = new Set(Array.from(p.doc.querySelectorAll('x-radio, x-switch')));
    const groups = customRadioGroups(all);
    expect(groups.map((g) => g.map((e) => e.getAttribute('value')))).toEqual([['ja', 'nee']]);
  });

  it('reads a custom element\'s checked state from what it shows', () => {
    const p = open(`<x-radio id="on"></x-radio><x-radio id="off"></x-radio><x-radio id="aria" aria-checked="true"></x-radio><input type="radio" id="n" checked>`);
    const on = p.doc.getElementById('on')!;
    on.attachShadow({ mode: 'open' }).innerHTML = '<div class="container checked"><svg></svg></div>';
    p.doc.getElementById('off')!.attachShadow({ mode: 'open' }).innerHTML = '<div class="container"><svg></svg></div>';
    expect(looksChecked(on)).toBe(true);
    expect(looksChecked(p.doc.getElementById('off')!)).toBe(false);
    expect(looksChecked(p.doc.getElementById('aria')!)).toBe(true);
    expect(looksChecked(p.doc.getElementById('n')!)).toBe(true);
  });
});

const ROWS = (n: number, remove: boolean) =>
  Array.from({ length: n }, (_, i) => `<div class="rij"><label for="n${i}">Naam DGA</label><input id="n${i}">
    <label for="p${i}">Personeelsnummer</label><input id="p${i}">${remove ? '<button type="button" class="weg">Verwijderen</button>' : ''}</div>`).join('');
const DGA_FORM = (n: number, remove: boolean) => `<form><h2>Aanmelden</h2><label for="lhn">Loonheffingennummer</label><input id="lhn">
  <fieldset><legend>DGA's</legend><div id="rijen">${ROWS(n, remove)}</div></fieldset></form>
  <script>document.querySelectorAll('.weg').forEach(function (b) { b.addEventListener('click', function () { b.parentElement.remove(); }); });</script>`;

describe('DGA rows end as the registration has them', () => {
  it('plans an empty row no DGA takes as one to remove, and never a row holding someone', () => {
    const p = open(DGA_FORM(3, true));
    (p.doc.getElementById('n2') as HTMLInputElement).value = '';
    const plan = planFill(collectFields(p.doc), TWO, { overwriteConflicts: false });
    expect(plan.emptyDgaRows).toHaveLength(1);
    expect(plan.emptyDgaRows[0]!.controls.map((c) => c.id)).toEqual(['n2', 'p2']);
    (p.doc.getElementById('n2') as HTMLInputElement).value = 'Iemand';
    expect(planFill(collectFields(p.doc), TWO, { overwriteConflicts: false }).emptyDgaRows).toHaveLength(0);
  });

  it('uses the empty rows first and removes the one too many through its own control', async () => {
    const p = open(DGA_FORM(3, true));
    const report = await fillDocument(p.doc, TWO, FAST);
    expect(p.doc.querySelectorAll('.rij')).toHaveLength(2);
    expect((p.doc.getElementById('n0') as HTMLInputElement).value).toBe('Jan de Vries');
    expect((p.doc.getElementById('p1') as HTMLInputElement).value).toBe('1002');
    expect(report.fields.some((f) => f.detail === EMPTY_ROW)).toBe(false);
    expect(statuses(report)).toMatchObject({ 'dgaNaam.0': 'filled', 'dgaNaam.1': 'filled', 'dgaPersoneelsnummer.1': 'filled' });
  });

  it('reports an empty row it cannot remove, so the fill is not "Klaar"', async () => {
    const p = open(DGA_FORM(3, false));
    const report = await fillDocument(p.doc, TWO, FAST);
    expect(p.doc.querySelectorAll('.rij')).toHaveLength(3);
    expect(report.fields.filter((f) => f.detail === EMPTY_ROW)).toEqual([{ field: 'dgaNaam', index: 2, status: 'conflict', detail: EMPTY_ROW }]);
  });

  it('says "niet overgenomen" for a DGA whose filled row the page took away again', async () => {
    const p = open(`${DGA_FORM(2, false)}<script>document.getElementById('p1').addEventListener('change', function () {
      setTimeout(function () { document.getElementById('rijen').lastElementChild.remove(); }, 0); });</script>`);
    const report = await fillDocument(p.doc, TWO, FAST);
    const gone = report.fields.filter((f) => f.index === 1 && f.field.startsWith('dga'));
    expect(gone.map((f) => f.status)).toEqual(['not-taken', 'not-taken']);
  });
});

/** Give elements a layout (happy-dom has none): the page's root box, and each element's own size. */
function layout(doc: Document, sizes: Record<string, [number, number]>) {
  const rect = (w: number, h: number) => ({ x: 0, y: 0, left: 0, top: 0, right: w, bottom: h, width: w, height: h, toJSON: () => ({}) }) as DOMRect;
  doc.documentElement.getBoundingClientRect = () => rect(1280, 900);
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    const [w, h] = sizes[el.id] ?? [120, 30];
    el.getBoundingClientRect = () => rect(w, h);
  }
}

describe('a select whose label points at a 1px stand-in input', () => {
  const STAND_IN = `<form><label for="lhn">Loonheffingennummer</label><input id="lhn">
    <label for="periode">Verloning</label>
    <div id="box"><div id="w1"><input id="periode" readonly aria-haspopup="listbox"></div>
      <div id="w2"><select id="copy" tabindex="-1"><option value="" selected>Kies een periode</option></select></div>
      <span id="shown">Kies een periode</span><div role="button" aria-label="Kies een periode" id="chevron"></div></div></form>`;

  it('is one select, opened through its visible box, and reads what the box shows', () => {
    const p = open(STAND_IN);
    layout(p.doc, { w1: [1, 1], periode: [1, 1], w2: [1, 1], copy: [1, 1] });
    const fields = collectFields(p.doc);
    // The not-focusable 1px copy of a native select is not a second select.
    expect(fields.filter((f) => f.kind === 'select')).toHaveLength(0);
    const input = p.doc.getElementById('periode') as HTMLInputElement;
    expect(fields.find((f) => f.element === input)?.kind).toBe('combobox');
    expect(pressTarget(input)).toBe(p.doc.getElementById('box'));
    // The stand-in holds text the page never took; a person reads the box.
    input.value = 'Vierwekelijks';
    expect(comboboxShows(input)).toBe('Kies een periode');
    p.doc.getElementById('shown')!.textContent = 'Vierwekelijks';
    expect(comboboxShows(input)).toBe('Vierwekelijks');
  });

  it('scrolls an open virtualised list one view on, until it can go no further', () => {
    const p = open(`<div id="scroller"><ul role="listbox"><li role="option">Wekelijks</li></ul></div>`);
    const s = p.doc.getElementById('scroller')!;
    Object.defineProperty(s, 'scrollHeight', { value: 300 });
    Object.defineProperty(s, 'clientHeight', { value: 80 });
    let top = 0;
    Object.defineProperty(s, 'scrollTop', { get: () => top, set: (v: number) => (top = Math.min(v, 220)) });
    let scrolled = 0;
    s.addEventListener('scroll', () => scrolled++);
    expect(scrollLists(p.doc)).toBe(true);
    expect(top).toBe(64);
    while (scrollLists(p.doc));
    expect(top).toBe(220);
    expect(scrolled).toBeGreaterThan(1);
  });
});

describe('a read-only select box', () => {
  it('is never typed into, not even to put back what it held after a pick that did not take', async () => {
    // The widget writes the pressed option into its read-only box, but its state refuses it.
    const p = open(`<form><label for="lhn">Loonheffingennummer</label><input id="lhn">
      <label for="lt">Loontijdvak</label><input id="lt" readonly aria-haspopup="listbox" aria-controls="lijst" aria-expanded="false">
      <ul id="lijst" role="listbox" hidden><li role="option">Per maand</li><li role="option">Per 4 weken</li></ul></form>
      <script>
        var box = document.getElementById('lt'), list = document.getElementById('lijst');
        window.__typed = 0;
        box.addEventListener('input', function () { window.__typed++; });
        box.addEventListener('click', function () { list.hidden = false; box.setAttribute('aria-expanded', 'true'); });
        list.addEventListener('click', function (e) { box.value = e.target.textContent; list.hidden = true; box.setAttribute('aria-expanded', 'false');
          setTimeout(function () { box.value = 'Kies'; }, 0); });
      </script>`);
    const report = await fillDocument(p.doc, { ...TWO, hasDga: false, dgas: [] }, FAST);
    expect(report.fields.find((f) => f.field === 'verloning')).toMatchObject({ status: 'not-taken' });
    expect(p.g.__typed).toBe(0);
  });
});
