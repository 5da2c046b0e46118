// Refilling a form that holds another employer's DGA rows (issue 14, "Refill").
import { afterEach, describe, expect, it } from 'vitest';
import { collectFields } from '../../../utils/asr/collect';
import { planFill } from '../../../utils/asr/plan';
import { fillDocument, guardedClick } from '../../../utils/asr/fill';
import { findRemoveButton } from '../../../utils/asr/dga-rows';
import { EXTRA_ROW, REMOVED_ROW, ROWS_FIRST } from '../../../utils/asr/keys';
import { isFillComplete } from '../../../utils/popup/fill-outcome';
import { reportPhrase } from '../../../utils/popup/report-phrase';
import type { FillValues } from '../../../utils/asr/types';
import { FAST, loadPage, VALUES, type LoadedPage } from './helpers';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

/** This employer has one DGA; the form still holds three rows of another employer. */
const ONE_DGA: FillValues = { ...VALUES, dgas: [{ naam: 'Jan de Vries', personeelsnummer: '1001' }] };
const OTHER = [
  ['Piet Puk', '2001'],
  ['Anna Bos', '2002'],
  ['Kees Smit', '2003'],
];

const rowInputs = (p: LoadedPage) => Array.from(p.doc.querySelectorAll<HTMLInputElement>('.dga-row input'));
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function type(el: HTMLInputElement, value: string) {
  el.value = value;
  el.dispatchEvent(new (el.ownerDocument.defaultView as Window & typeof globalThis).Event('input', { bubbles: true }));
}

/** dga-repeat.html: "Ja", three rows added through the page's own button, each with "Verwijderen". */
async function formWithRemoveButtons(rows = OTHER): Promise<LoadedPage> {
  const p = loadPage('dga-repeat.html');
  (p.doc.querySelector('input[name=hasDga][value=ja]') as HTMLInputElement).click();
  // The add button has no type: a plain click would submit the form.
  for (let i = 0; i < rows.length; i++) guardedClick(p.doc.getElementById('dga-add')!);
  await wait(120);
  const inputs = rowInputs(p);
  rows.forEach(([naam, pnr], i) => {
    type(inputs[2 * i]!, naam!);
    type(inputs[2 * i + 1]!, pnr!);
  });
  return p;
}

/** plain-form.html: rows without any remove control. */
function formWithoutRemoveButtons(): LoadedPage {
  const p = loadPage('plain-form.html');
  const rows = p.doc.getElementById('dga-rows')!;
  rows.innerHTML = OTHER.map(
    ([naam, pnr], i) =>
      `<div class="dga-row"><div class="field"><label for="n${i}">Naam DGA</label><input id="n${i}" value="${naam}"></div>` +
      `<div class="field"><label for="p${i}">Personeelsnummer</label><input id="p${i}" value="${pnr}"></div></div>`,
  ).join('');
  return p;
}

describe('the plan names DGA rows no DGA of this employer takes', () => {
  it('rows beyond the employer’s DGAs are extra, each a conflict naming what it holds', async () => {
    page = await formWithRemoveButtons();
    const plan = planFill(collectFields(page.doc), ONE_DGA, { overwriteConflicts: true });
    expect(plan.extraDgaRows.map((r) => r.holds)).toEqual(['Anna Bos', 'Kees Smit']);
    const extra = plan.entries.filter((e) => e.report.detail?.startsWith(EXTRA_ROW)).map((e) => e.report);
    expect(extra).toEqual([
      { field: 'dgaNaam', index: 1, status: 'conflict', detail: `${EXTRA_ROW}Anna Bos` },
      { field: 'dgaNaam', index: 2, status: 'conflict', detail: `${EXTRA_ROW}Kees Smit` },
    ]);
  });

  it('the row already holding this employer’s DGA is kept, wherever it is; the others are extra', async () => {
    page = await formWithRemoveButtons([OTHER[0]!, ['Jan de Vries', '1001'], OTHER[2]!]);
    const plan = planFill(collectFields(page.doc), ONE_DGA, { overwriteConflicts: false });
    expect(plan.extraDgaRows.map((r) => r.holds)).toEqual(['Piet Puk', 'Kees Smit']);
  });

  it('an employer without DGA’s: every filled row is extra; empty rows are not', async () => {
    page = await formWithRemoveButtons([OTHER[0]!, ['', '']]);
    const plan = planFill(collectFields(page.doc), { ...VALUES, hasDga: false, dgas: [] }, { overwriteConflicts: false });
    expect(plan.extraDgaRows.map((r) => r.holds)).toEqual(['Piet Puk']);
  });

  it('while the employer’s DGA answer is unknown the rows may be the user’s own: none is extra', async () => {
    page = await formWithRemoveButtons();
    const plan = planFill(collectFields(page.doc), { ...VALUES, hasDga: null, dgas: [] }, { overwriteConflicts: true });
    expect(plan.extraDgaRows).toEqual([]);
  });
});

describe('a row’s remove control', () => {
  it('is the one "Verwijderen" inside that row', async () => {
    page = await formWithRemoveButtons();
    const fields = collectFields(page.doc);
    const [row] = planFill(fields, ONE_DGA, { overwriteConflicts: true }).extraDgaRows;
    const button = findRemoveButton(row!, fields)!;
    expect(button.textContent).toBe('Verwijderen');
    expect(button.closest('.dga-row')!.contains(row!.controls[0]!)).toBe(true);
  });

  it('two remove controls in the row, or one only for the whole section: none is pressed', async () => {
    page = await formWithRemoveButtons();
    for (const b of Array.from(page.doc.querySelectorAll('.dga-row .remove'))) b.after(b.cloneNode(true));
    let fields = collectFields(page.doc);
    let [row] = planFill(fields, ONE_DGA, { overwriteConflicts: true }).extraDgaRows;
    expect(findRemoveButton(row!, fields)).toBeUndefined();

    await page.close();
    page = formWithoutRemoveButtons();
    page.doc.getElementById('dga-rows')!.insertAdjacentHTML('beforeend', '<button type="button">Alle DGA’s verwijderen</button>');
    fields = collectFields(page.doc);
    [row] = planFill(fields, ONE_DGA, { overwriteConflicts: true }).extraDgaRows;
    expect(findRemoveButton(row!, fields)).toBeUndefined();
  });
});

describe('a row’s remove control, when the extra row is the only row', () => {
  it('a button for all rows around it is never taken for the row’s own (it holds no other field either)', async () => {
    page = formWithoutRemoveButtons();
    const rows = page.doc.getElementById('dga-rows')!;
    // This employer's own row is filled elsewhere (no DGA's): the one leftover row is alone in its group.
    rows.innerHTML =
      '<div class="dga-row"><div class="field"><label for="n0">Naam DGA</label><input id="n0" value="Piet Puk"></div>' +
      '<div class="field"><label for="p0">Personeelsnummer</label><input id="p0" value="2001"></div></div>' +
      '<button type="button">Alle DGA’s verwijderen</button>';
    const fields = collectFields(page.doc);
    const [row] = planFill(fields, { ...VALUES, hasDga: false, dgas: [] }, { overwriteConflicts: true }).extraDgaRows;
    expect(row?.holds).toBe('Piet Puk');
    expect(findRemoveButton(row!, fields)).toBeUndefined();
  });
});

describe('refill after "Toch overschrijven"', () => {
  it('removes each extra row through its own button and reads back that it is gone', async () => {
    page = await formWithRemoveButtons();
    const report = await fillDocument(page.doc, ONE_DGA, { ...FAST, overwriteConflicts: true });
    expect(page.g.__removed).toBe(2);
    expect(rowInputs(page).map((i) => i.value)).toEqual(['Jan de Vries', '1001']);
    const rows = report.fields.filter((f) => f.field === 'dgaNaam' || f.field === 'dgaPersoneelsnummer');
    expect(rows).toEqual([
      expect.objectContaining({ field: 'dgaNaam', index: 0, status: 'filled' }),
      expect.objectContaining({ field: 'dgaPersoneelsnummer', index: 0, status: 'filled' }),
      { field: 'dgaNaam', index: 1, status: 'filled', detail: `${REMOVED_ROW}Anna Bos` },
      { field: 'dgaNaam', index: 2, status: 'filled', detail: `${REMOVED_ROW}Kees Smit` },
    ]);
    expect(isFillComplete(report)).toBe(true);
    expect(page.g.__submitted).toBe(false);
  });

  it('without "Toch overschrijven" nothing is removed: the rows are reported, the fill is not complete', async () => {
    page = await formWithRemoveButtons();
    const report = await fillDocument(page.doc, ONE_DGA, FAST);
    expect(page.g.__removed).toBe(0);
    expect(report.fields.filter((f) => f.detail?.startsWith(EXTRA_ROW)).map((f) => f.detail)).toEqual([
      `${EXTRA_ROW}Anna Bos`,
      `${EXTRA_ROW}Kees Smit`,
    ]);
    expect(isFillComplete(report)).toBe(false);
  });

  it('a row without its own remove control stays, named per row, and the fill is not complete', async () => {
    page = formWithoutRemoveButtons();
    const report = await fillDocument(page.doc, ONE_DGA, { ...FAST, overwriteConflicts: true });
    expect(rowInputs(page).map((i) => i.value)).toEqual(['Jan de Vries', '1001', 'Anna Bos', '2002', 'Kees Smit', '2003']);
    const extra = report.fields.filter((f) => f.detail?.startsWith(EXTRA_ROW));
    expect(extra.map((f) => reportPhrase(f, ONE_DGA, 'nl'))).toEqual([
      'extra DGA-rij op het formulier: Anna Bos – verwijder deze zelf',
      'extra DGA-rij op het formulier: Kees Smit – verwijder deze zelf',
    ]);
    expect(reportPhrase(extra[0]!, ONE_DGA, 'en')).toBe('extra DGA row on the form: Anna Bos – please remove it yourself');
    expect(isFillComplete(report)).toBe(false);
  });
});

describe('"Toch overschrijven" for an employer without DGA’s on a form holding another employer’s DGA rows', () => {
  const NO_DGA: FillValues = { ...VALUES, hasDga: false, dgas: [] };

  it('removes every row while the section is still shown, then answers "Nee": nothing of the other employer is left, hidden or not', async () => {
    page = await formWithRemoveButtons();
    const report = await fillDocument(page.doc, NO_DGA, { ...FAST, overwriteConflicts: true });
    expect(page.g.__removed).toBe(3);
    expect(rowInputs(page)).toEqual([]);
    expect((page.doc.querySelector('input[name=hasDga][value=nee]') as HTMLInputElement).checked).toBe(true);
    expect(page.doc.getElementById('dga-section')!.className).toBe('is-hidden');
    expect(report.fields.filter((f) => f.detail?.startsWith(REMOVED_ROW)).map((f) => f.detail)).toEqual([
      `${REMOVED_ROW}Piet Puk`,
      `${REMOVED_ROW}Anna Bos`,
      `${REMOVED_ROW}Kees Smit`,
    ]);
    expect(isFillComplete(report)).toBe(true);
    expect(page.g.__submitted).toBe(false);
  });

  it('a row that cannot be removed keeps "Ja": the row stays in sight, named, and the fill is not complete', async () => {
    page = formWithoutRemoveButtons();
    (page.doc.getElementById('dga-ja') as HTMLInputElement).click();
    const report = await fillDocument(page.doc, NO_DGA, { ...FAST, overwriteConflicts: true });
    expect(rowInputs(page).map((i) => i.value)).toEqual(OTHER.flat());
    expect((page.doc.getElementById('dga-ja') as HTMLInputElement).checked).toBe(true);
    expect(report.fields.find((f) => f.field === 'hasDga')).toMatchObject({ status: 'conflict' });
    expect(report.fields.filter((f) => f.detail?.startsWith(EXTRA_ROW))).toHaveLength(3);
    expect(isFillComplete(report)).toBe(false);
  });

  it('an unanswered DGA question with such a row left is not answered "Nee" (it would hide the row): said why, not complete', async () => {
    page = formWithoutRemoveButtons();
    const report = await fillDocument(page.doc, NO_DGA, { ...FAST, overwriteConflicts: true });
    expect((page.doc.getElementById('dga-nee') as HTMLInputElement).checked).toBe(false);
    expect(rowInputs(page).map((i) => i.value)).toEqual(OTHER.flat());
    const question = report.fields.find((f) => f.field === 'hasDga')!;
    expect(question).toMatchObject({ status: 'skipped', detail: ROWS_FIRST });
    expect(reportPhrase(question, NO_DGA, 'nl')).toBe('niet beantwoord: verwijder eerst de extra DGA-rijen, "Nee" zou ze verbergen');
    expect(isFillComplete(report)).toBe(false);
  });

  it('without "Toch overschrijven" the rows stay and are named: the answer "Nee" is not given over them', async () => {
    page = await formWithRemoveButtons();
    const report = await fillDocument(page.doc, NO_DGA, FAST);
    expect(page.g.__removed).toBe(0);
    expect(rowInputs(page).map((i) => i.value)).toEqual(OTHER.flat());
    expect(report.fields.filter((f) => f.detail?.startsWith(EXTRA_ROW)).map((f) => f.detail)).toEqual(OTHER.map(([n]) => `${EXTRA_ROW}${n}`));
    expect(isFillComplete(report)).toBe(false);
  });
});
