// Probe pages: markup styles and wording the other simulated pages do not use (Bootstrap
// for-less labels, floating labels after the input, fieldset steps with checkbox answers,
// title/aria-label-only boxes with a switch and a DGA table, Vue input-only listeners,
// React-like re-rendered DGA section, a role=combobox custom select, sentence-style
// questions with tooltips in labels). Each page records what its own listeners saw.
import { afterEach, describe, expect, it } from 'vitest';
import { fillDocument } from '../../../utils/asr/fill';
import { ALL_FILLED, FAST, labelsOf, loadPage, statuses, TEXT_SEEN, VALUES, type LoadedPage } from './helpers';


interface Probe {
  page: string;
  /** What the page's own code recorded for the choices. */
  choices: Record<string, unknown>;
  /** Labels the report shows (as the page words them, without tooltips/markers). */
  labels: Record<string, string>;
  /** Recorder globals of unrelated controls that must stay untouched. */
  untouched?: Record<string, unknown>;
}

const PROBES: Probe[] = [
  {
    page: 'probe-bootstrap.html',
    choices: { hasDga: '1', verloning: 'Vierwekelijks', dertiendeMaand: 'Ja' },
    labels: { email: 'E-mailadres', raamwerkcontractnummer: 'Raamwerkcontractnummer', verloning: 'Verloning', dertiendeMaand: '13e maand', 'dgaNaam.0': 'Naam' },
    untouched: { __newsletter: '', __search: '' },
  },
  {
    page: 'probe-floating.html',
    choices: { hasDga: 'ja', verloning: '4weken', dertiendeMaand: 'ja' },
    labels: { bedrijfsnaam: 'Bedrijfsnaam', email: 'E-mailadres', werkgeverId: 'Werkgever ID', 'dgaPersoneelsnummer.2': 'Personeelsnummer' },
  },
  {
    page: 'probe-steps.html',
    choices: { hasDga: 'ja', 'verloning.4weken': true, dertiendeMaand: true },
    labels: { bedrijfsnaam: 'Naam van je organisatie', email: 'E-mail', raamwerkcontractnummer: 'Contractnummer a.s.r.', loonheffingennummer: 'Loonheffingsnummer', werkgeverId: 'Werkgevers-ID', verloning: 'Verloning' },
    untouched: { __akkoord: false },
  },
  {
    page: 'probe-switch-table.html',
    choices: { hasDga: true, verloning: '4w', dertiendeMaand: 'true' },
    labels: { bedrijfsnaam: 'Bedrijfsnaam', raamwerkcontractnummer: 'Raamwerkcontract nummer', hasDga: 'DGA aanwezig?', verloning: 'Loontijdvak', 'dgaNaam.1': 'Naam DGA' },
    untouched: { __search: '', __removed: 0 },
  },
  {
    page: 'probe-vue.html',
    choices: { hasDga: 'ja', verloning: '4weken', dertiendeMaand: 'ja' },
    labels: { 'dgaPersoneelsnummer.0': 'Personeelsnummer DGA' },
  },
  {
    page: 'probe-rerender.html',
    choices: { hasDga: 'Ja', verloning: 'Vierwekelijks', dertiendeMaand: 'Ja' },
    labels: { hasDga: "Zijn er DGA's in de verloning?", verloning: 'Verloningsfrequentie', 'dgaNaam.0': 'Voor- en achternaam' },
    untouched: { __contact: '', __removed: 0 },
  },
  {
    page: 'probe-combobox.html',
    choices: { hasDga: 'ja', verloning: '4weken', dertiendeMaand: true },
    labels: { verloning: 'Verloning', dertiendeMaand: 'Er wordt een 13e maand uitgekeerd' },
  },
  {
    page: 'probe-wording.html',
    choices: { hasDga: 'j', verloning: '4', dertiendeMaand: 'j' },
    labels: {
      bedrijfsnaam: 'Naam van uw organisatie',
      email: 'E-mail',
      raamwerkcontractnummer: 'Raamwerkcontract nr.',
      verloning: 'Hoe vaak wordt er verloond?',
      dertiendeMaand: 'Ontvangen medewerkers een dertiende maand?',
      'dgaNaam.0': 'Naam van de DGA',
      'dgaPersoneelsnummer.0': 'Personeelsnr.',
    },
  },
];

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe.each(PROBES)('$page', (p) => {
  it('fills every field, the page saw exactly our values, nothing submitted, unrelated fields untouched', async () => {
    page = loadPage(p.page);
    const report = await fillDocument(page.doc, VALUES, FAST);
    expect(report.formFound).toBe(true);
    expect(statuses(report)).toEqual(ALL_FILLED);
    expect(labelsOf(report)).toMatchObject(p.labels);
    const seen = page.g.__seen;
    for (const [k, v] of Object.entries({ ...TEXT_SEEN, ...p.choices })) expect(seen[k], k).toEqual(v);
    expect(page.g.__submitted).toBe(false);
    for (const [k, v] of Object.entries(p.untouched ?? {})) expect(page.g[k], k).toEqual(v);
    // Each text field typed exactly once (one input event).
    for (const key of Object.keys(TEXT_SEEN)) expect(page.g.__events.filter((e) => e === `input:${key}`), key).toHaveLength(1);
  });

  it('a second fill changes nothing and reports "al ingevuld"', async () => {
    page = loadPage(p.page);
    await fillDocument(page.doc, VALUES, FAST);
    const events = page.g.__events.length;
    const again = await fillDocument(page.doc, VALUES, FAST);
    expect(page.g.__events.length).toBe(events);
    for (const f of again.fields) expect(f, `${f.field}.${f.index}`).toMatchObject({ status: 'filled', detail: 'al ingevuld' });
  });
});

describe('probe specifics', () => {
  it('floating labels: every value lands in its own box (no shift to the next label)', async () => {
    page = loadPage('probe-floating.html');
    await fillDocument(page.doc, VALUES, FAST);
    const boxes = Array.from(page.doc.querySelectorAll<HTMLInputElement>('.form-floating input'));
    for (const b of boxes) expect(b.value, b.getAttribute('data-seen')!).toBe(TEXT_SEEN[b.getAttribute('data-seen')!]);
  });

  it('checkbox answers: only "4-wekelijks" is ticked, "Maandelijks" and the consent box stay off', async () => {
    page = loadPage('probe-steps.html');
    await fillDocument(page.doc, VALUES, FAST);
    expect((page.doc.getElementById('vm') as HTMLInputElement).checked).toBe(false);
    expect((page.doc.getElementById('v4') as HTMLInputElement).checked).toBe(true);
    expect((page.doc.getElementById('ok') as HTMLInputElement).checked).toBe(false);
    expect(page.g.__events).not.toContain('change:verloning.maand');
  });

  it('checkbox answers: a ticked "Maandelijks" is the user\'s answer (conflict), nothing else ticked', async () => {
    page = loadPage('probe-steps.html');
    (page.doc.getElementById('vm') as HTMLInputElement).checked = true;
    const report = await fillDocument(page.doc, VALUES, FAST);
    expect(report.fields.find((f) => f.field === 'verloning')).toMatchObject({ status: 'conflict', detail: 'Maandelijks' });
    expect((page.doc.getElementById('v4') as HTMLInputElement).checked).toBe(false);
  });

  it('a lone "Maandelijks" checkbox is no way to say "4 weken": skipped, not "al ingevuld"', async () => {
    const html = `<form><p><label><input type="checkbox" id="m"> Maandelijkse verloning</label></p>
      <p><label for="l">Loonheffingennummer</label><input id="l"></p></form>`;
    page = loadPage('', undefined, html);
    const report = await fillDocument(page.doc, VALUES, FAST);
    expect(report.fields.find((f) => f.field === 'verloning')).toMatchObject({ status: 'skipped' });
    expect((page.doc.getElementById('m') as HTMLInputElement).checked).toBe(false);
  });

  it('combobox: an answer already shown in the closed select is kept (conflict), the list is never opened', async () => {
    page = loadPage('probe-combobox.html');
    page.doc.getElementById('cb7')!.textContent = 'Per maand';
    const report = await fillDocument(page.doc, VALUES, FAST);
    expect(report.fields.find((f) => f.field === 'verloning')).toMatchObject({ status: 'conflict', detail: 'Per maand' });
    expect(page.doc.getElementById('lb7')!.hidden).toBe(true);
    expect(page.g.__seen.verloning).toBeUndefined();
  });

  it('vue: the re-rendered DGA section kept every row value (the model received each input)', async () => {
    page = loadPage('probe-vue.html');
    await fillDocument(page.doc, VALUES, FAST);
    expect(page.g.__seen.dgas).toEqual(VALUES.dgas.map((d) => ({ naam: d.naam, nr: d.personeelsnummer })));
    const shown = Array.from(page.doc.querySelectorAll<HTMLInputElement>('#dga-section input')).map((i) => i.value);
    expect(shown).toEqual(['Jan de Vries', '1001', 'Petra Jansen', '1002', 'Karel Bakker', '1003']);
  });
});
