// Issue 23, "One employer per form": a form holding another employer's Werkgever ID or
// loonheffingennummer is left untouched; "Toch overschrijven" replaces all of it, DGA rows too.
import { afterEach, describe, expect, it } from 'vitest';
import { fillDocument, guardedClick } from '../../../utils/asr/fill';
import { OTHER_EMPLOYER } from '../../../utils/asr/identity';
import { FillReportSchema } from '../../../utils/messages/replies';
import type { FillValues } from '../../../utils/asr/types';
import { FAST, loadPage, VALUES, type LoadedPage } from '../asr/helpers';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const A: FillValues = {
  ...VALUES,
  werkgeverId: '20720',
  loonheffingennummer: '111222333L01',
  dgas: [
    { naam: 'Piet Puk', personeelsnummer: '2001' },
    { naam: 'Anna Bos', personeelsnummer: '2002' },
  ],
  verloning: 'maand',
};
const B: FillValues = { ...VALUES, dgas: [{ naam: 'Jan de Vries', personeelsnummer: '1001' }] };

/** Every text box's value, in page order: the whole form as a person sees it. */
const snapshot = (p: LoadedPage) => Array.from(p.doc.querySelectorAll<HTMLInputElement>('input')).map((i) => `${i.name || i.id}=${i.type === 'radio' ? i.checked : i.value}`);
const texts = (p: LoadedPage) => Array.from(p.doc.querySelectorAll<HTMLInputElement>('input:not([type=radio])')).map((i) => i.value);

async function formOfA(): Promise<LoadedPage> {
  const p = loadPage('dga-repeat.html');
  const report = await fillDocument(p.doc, A, FAST);
  expect(report.fields.every((f) => f.status === 'filled')).toBe(true);
  return p;
}

describe('one employer per form', () => {
  it('a form holding another employer’s identity gets nothing written, and the report says whose it is', async () => {
    page = await formOfA();
    const before = snapshot(page);
    const report = await fillDocument(page.doc, B, FAST);
    await wait(100);
    expect(snapshot(page)).toEqual(before);
    expect(report.otherEmployer).toEqual({ werkgeverId: '20720', loonheffingennummer: '111222333L01' });
    expect(FillReportSchema.safeParse(report).success).toBe(true);
    expect(report.fields.filter((f) => f.status === 'filled')).toEqual([]);
    for (const f of report.fields) {
      if (f.field === 'werkgeverId' || f.field === 'loonheffingennummer') expect(f.status).toBe('conflict');
      else expect(f.detail).toBe(OTHER_EMPLOYER);
    }
    // None of B's values reached the page.
    for (const v of [B.werkgeverId, B.loonheffingennummer, 'Jan de Vries', '1001']) expect(texts(page)).not.toContain(v);
  });

  it('"Toch overschrijven" replaces everything, the other employer’s DGA rows removed through their own control', async () => {
    page = await formOfA();
    const report = await fillDocument(page.doc, B, { ...FAST, overwriteConflicts: true });
    await wait(100);
    expect(report.otherEmployer).toBeUndefined();
    const values = texts(page).filter(Boolean);
    for (const v of [A.werkgeverId, A.loonheffingennummer, 'Piet Puk', 'Anna Bos', '2001', '2002']) expect(values).not.toContain(v);
    expect(values).toEqual(expect.arrayContaining([B.werkgeverId, B.loonheffingennummer, 'Jan de Vries', '1001']));
    expect(page.doc.querySelectorAll('.dga-row').length).toBe(1);
    expect(report.fields.filter((f) => f.status !== 'filled')).toEqual([]);
  });

  it('an overwrite the page does not take is undone entirely: never half one employer, half another', async () => {
    page = await formOfA();
    const before = snapshot(page);
    // The page refuses a new Werkgever ID (puts the old one back on every change).
    const wg = page.doc.querySelector<HTMLInputElement>('input[name=wg]')!;
    wg.addEventListener('input', () => setTimeout(() => (wg.value = '20720'), 0));
    const report = await fillDocument(page.doc, B, { ...FAST, overwriteConflicts: true });
    await wait(100);
    expect(snapshot(page)).toEqual(before);
    expect(report.fields.some((f) => f.status === 'filled')).toBe(false);
  });

  it('the same employer’s own form is filled as before (no refusal)', async () => {
    page = await formOfA();
    const report = await fillDocument(page.doc, A, FAST);
    expect(report.otherEmployer).toBeUndefined();
    expect(report.fields.every((f) => f.status === 'filled')).toBe(true);
  });
});
void guardedClick;
