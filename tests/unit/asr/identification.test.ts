// Issue 12's a.s.r. misreads and issue 13's identification rules, on small forms:
// a question is tied to a control only by text that belongs to it; uncertain → untouched.
import { afterEach, describe, expect, it } from 'vitest';
import { FAILED_HERE, fillDocument } from '../../../utils/asr/fill';
import { collectFields } from '../../../utils/asr/collect';
import { FAST, loadPage, statuses, VALUES, type LoadedPage } from './helpers';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

/** A page around `body`, with a recorder of what the page's listeners saw. */
function form(body: string): LoadedPage {
  return loadPage(
    '',
    undefined,
    `<!doctype html><html><body><form id="f">
      <label for="lhn">Loonheffingennummer</label><input id="lhn">
      <label for="wid">Werkgever ID</label><input id="wid">
      ${body}
    </form><script>
      window.__seen = {}; window.__events = []; window.__submitted = false;
      document.getElementById('f').addEventListener('change', function (e) {
        var t = e.target; window.__events.push('change:' + (t.name || t.id));
        window.__seen[t.name || t.id] = t.type === 'checkbox' || t.type === 'radio' ? t.checked && (t.value || true) : t.value;
      });
    </script></body></html>`,
  );
}

const values = { ...VALUES, dgas: [] };

describe('pay period: only maand / 4 weken are ever chosen', () => {
  it('"Per kwartaal (3 maanden)" and "Halfmaandelijks" are not monthly: nothing is chosen', async () => {
    page = form(`<label for="v">Verloning</label><select id="v" name="v">
      <option value="">Kies</option><option value="q">Per kwartaal (3 maanden)</option><option value="h">Halfmaandelijks</option></select>`);
    const report = await fillDocument(page.doc, { ...values, verloning: 'maand' }, FAST);
    expect(report.fields.find((f) => f.field === 'verloning')).toMatchObject({ status: 'skipped' });
    expect((page.doc.getElementById('v') as HTMLSelectElement).value).toBe('');
  });
  it('"Elke maand" among them is chosen', async () => {
    page = form(`<label for="v">Verloning</label><select id="v" name="v">
      <option value="">Kies</option><option value="h">Halfmaandelijks</option><option value="m">Elke maand</option></select>`);
    const report = await fillDocument(page.doc, { ...values, verloning: 'maand' }, FAST);
    expect(statuses(report).verloning).toBe('filled');
    expect((page.doc.getElementById('v') as HTMLSelectElement).value).toBe('m');
  });
});

describe('words, not letters across spaces', () => {
  it('"Werkgever ID gaat …" is no DGA question: its Ja/Nee stays untouched', async () => {
    page = form(`<fieldset><legend>Werkgever ID gaat u zelf doorgeven?</legend>
      <label><input type="radio" name="zelf" value="ja"> Ja</label><label><input type="radio" name="zelf" value="nee"> Nee</label></fieldset>`);
    const report = await fillDocument(page.doc, { ...values, hasDga: false }, FAST);
    expect(statuses(report).hasDga).toBe('not-found');
    expect(page.g.__seen.zelf).toBeUndefined();
  });
});

describe('controls with an explicit role', () => {
  it('<input type=checkbox role=switch> and <input type=radio role=radio> are filled', async () => {
    page = form(`<input type="checkbox" role="switch" id="m13" name="m13"><label for="m13">13e maand wordt uitgekeerd</label>
      <fieldset><legend>Verloning</legend>
        <input type="radio" role="radio" id="vm" name="verloning" value="maand"><label for="vm">Maandelijks</label>
        <input type="radio" role="radio" id="v4" name="verloning" value="4weken"><label for="v4">Per 4 weken</label></fieldset>`);
    const report = await fillDocument(page.doc, values, FAST);
    expect(statuses(report)).toMatchObject({ dertiendeMaand: 'filled', verloning: 'filled' });
    expect(page.g.__seen).toMatchObject({ m13: 'on', verloning: '4weken' });
    expect(collectFields(page.doc).find((f) => f.element.id === 'm13')?.kind).toBe('switch');
  });
});

describe('identification only by text that belongs to the control', () => {
  it('a Ja/Nee group without a question of its own is not answered with the previous question\'s text', async () => {
    page = form(`<div role="radiogroup" aria-labelledby="q13"><span id="q13">Wordt er een 13e maand uitgekeerd?</span>
        <label><input type="radio" name="m13" value="ja"> Ja</label><label><input type="radio" name="m13" value="nee"> Nee</label></div>
      <div role="radiogroup">
        <label><input type="radio" name="dga" value="ja"> Ja</label><label><input type="radio" name="dga" value="nee"> Nee</label></div>`);
    const report = await fillDocument(page.doc, { ...values, hasDga: true }, FAST);
    expect(statuses(report)).toMatchObject({ dertiendeMaand: 'filled', hasDga: 'not-found' });
    expect(report.fields.find((f) => f.field === 'hasDga')?.detail).toMatch(/zonder leesbare vraagtekst/);
    expect(page.g.__seen.dga).toBeUndefined();
  });

  it('two controls that fit one question equally well: neither is answered', async () => {
    page = form(`<label><input type="checkbox" name="a"> 13e maand</label><label><input type="checkbox" name="b"> 13e maand</label>`);
    const report = await fillDocument(page.doc, values, FAST);
    expect(report.fields.find((f) => f.field === 'dertiendeMaand')).toMatchObject({ status: 'not-found', detail: expect.stringMatching(/meer dan één/) });
    expect(page.g.__events).toEqual(expect.not.arrayContaining(['change:a', 'change:b']));
  });
});

describe('read-back', () => {
  it('a page that throws the value away is reported "niet overgenomen" with what it shows', async () => {
    page = form('');
    // The page's own code rewrites the Werkgever ID on every change (a mask that eats it).
    page.doc.getElementById('wid')!.addEventListener('change', (e) => ((e.target as HTMLInputElement).value = 'X'));
    const report = await fillDocument(page.doc, values, FAST);
    expect(report.fields.find((f) => f.field === 'werkgeverId')).toMatchObject({ status: 'not-taken', detail: 'pagina toont "X"' });
    expect(statuses(report).loonheffingennummer).toBe('filled');
  });
});

describe('an error inside the filler', () => {
  it('names the field, and puts back every value it had changed', async () => {
    page = form(`<label for="naam">Bedrijfsnaam</label><input id="naam" name="naam" value="Oud B.V.">`);
    const lhn = page.doc.getElementById('lhn') as HTMLInputElement;
    const wid = page.doc.getElementById('wid') as HTMLInputElement;
    wid.focus = () => {
      throw new Error('boom');
    };
    const report = await fillDocument(page.doc, values, { ...FAST, overwriteConflicts: true });
    expect(report.fields.find((f) => f.field === 'werkgeverId')).toMatchObject({ status: 'not-taken', detail: FAILED_HERE });
    expect(report.fields.filter((f) => f.field !== 'werkgeverId').every((f) => f.status === 'skipped')).toBe(true);
    expect(lhn.value).toBe('');
    expect((page.doc.getElementById('naam') as HTMLInputElement).value).toBe('Oud B.V.');
    // The page's own listeners saw the values go back too.
    expect(page.g.__seen).toMatchObject({ lhn: '', naam: 'Oud B.V.' });
  });
});

describe('what a combobox shows', () => {
  it('a choice a widget renders twice beside the box is read once; other texts stay as they are', async () => {
    const { withoutEcho } = await import('../../../utils/asr/combobox');
    expect(withoutEcho('Vierwekelijks Vierwekelijks')).toBe('Vierwekelijks');
    expect(withoutEcho('Per 4 weken Per 4 weken')).toBe('Per 4 weken');
    expect(withoutEcho('Per maand Per 4 weken')).toBe('Per maand Per 4 weken');
    expect(withoutEcho(' Maand ')).toBe('Maand');
  });
});
