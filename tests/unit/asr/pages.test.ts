// Every static simulated a.s.r. page: the fields are found, fillDocument fills them, the
// page's own listeners saw the values, nothing is submitted, each field is set once.
import { afterEach, describe, expect, it } from 'vitest';
import { collectFields } from '../../../utils/asr/collect';
import { fillDocument } from '../../../utils/asr/fill';
import { planFill } from '../../../utils/asr/plan';
import { ALL_FILLED, FAST, labelsOf, loadPage, statuses, TEXT_SEEN, VALUES, type LoadedPage } from './helpers';



interface Case {
  page: string;
  /** What the page's own code records for the three choices. */
  choices: Record<string, unknown>;
  /** Labels the report must show (as the page words them). */
  labels: Record<string, string>;
  waitFirstMs?: number;
  /** The page has no DGA rows/add button at all. */
  noRows?: boolean;
}

const CASES: Case[] = [
  {
    page: 'plain-form.html',
    choices: { hasDga: 'ja', verloning: '4weken', dertiendeMaand: 'ja' },
    labels: { werkgeverId: 'Werkgever ID', hasDga: "Zit er één of meerdere DGA's in de verloning?", verloning: 'Maandelijkse of 4-wekelijkse verloning' },
  },
  {
    page: 'table-layout.html',
    choices: { hasDga: 'Ja', verloning: '4-wekelijks', dertiendeMaand: true },
    labels: { bedrijfsnaam: 'Naam organisatie', loonheffingennummer: 'Loonheffingsnummer', werkgeverId: 'Werkgevers ID', dertiendeMaand: '13e maand wordt uitgekeerd' },
  },
  {
    page: 'aria-widgets.html',
    choices: { hasDga: 'ja', verloning: '4weken', dertiendeMaand: true },
    labels: { bedrijfsnaam: 'Naam van je organisatie', raamwerkcontractnummer: 'Contractnummer', werkgeverId: 'Werkgevers-ID', dertiendeMaand: 'Wordt er een 13e maand uitgekeerd?' },
  },
  {
    page: 'dga-repeat.html',
    choices: { hasDga: 'ja', verloning: '4weken', dertiendeMaand: 'ja' },
    labels: { loonheffingennummer: 'Loonheffingen nummer', dertiendeMaand: 'Wordt er een 13e maand uitgekeerd?' },
  },
  {
    page: 'iframe-form.html',
    choices: { hasDga: '1', verloning: '4w', dertiendeMaand: '1' },
    labels: { bedrijfsnaam: 'Bedrijfsnaam', email: 'Emailadres', 'dgaNaam.0': 'Naam DGA' },
  },
  {
    page: 'late-render.html',
    choices: { hasDga: 'ja', verloning: '4weken', dertiendeMaand: 'ja' },
    labels: { werkgeverId: 'WerkgeverID', verloning: 'Verloning', dertiendeMaand: '13e maand' },
    noRows: true,
  },
];

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe.each(CASES)('$page', (c) => {
  it('collectFields + planFill find every single field', async () => {
    page = loadPage(c.page);
    if (c.page === 'late-render.html') await new Promise((r) => setTimeout(r, 700));
    const plan = planFill(collectFields(page.doc), VALUES, FAST);
    expect(plan.formFound).toBe(true);
    for (const key of ['bedrijfsnaam', 'email', 'raamwerkcontractnummer', 'loonheffingennummer', 'werkgeverId', 'hasDga', 'verloning', 'dertiendeMaand']) {
      const entry = plan.entries.find((e) => e.report.field === key);
      expect(entry?.action, key).toBeDefined();
      expect(entry?.report.label, key).toBeTruthy();
    }
  });

  it('fills everything, the page saw it, nothing submitted, each field once', async () => {
    page = loadPage(c.page);
    const report = await fillDocument(page.doc, VALUES, FAST);
    expect(report.formFound).toBe(true);
    const expected: Record<string, string> = { ...ALL_FILLED };
    if (c.noRows) for (const k of Object.keys(expected)) if (k.startsWith('dga')) expected[k] = 'not-found';
    expect(statuses(report)).toEqual(expected);
    expect(labelsOf(report)).toMatchObject(c.labels);

    const seen = page.g.__seen;
    const wantText = c.noRows ? Object.fromEntries(Object.entries(TEXT_SEEN).filter(([k]) => !k.startsWith('dga'))) : TEXT_SEEN;
    expect(seen).toMatchObject({ ...wantText, ...c.choices });
    expect(page.g.__submitted).toBe(false);

    // Real typing events for text fields, in order, exactly once per field.
    for (const key of Object.keys(wantText)) {
      expect(page.g.__events.filter((e) => e === `input:${key}`), key).toHaveLength(1);
    }
    if (c.page === 'plain-form.html') {
      const mine = page.g.__events.filter((e) => e.endsWith(':bedrijfsnaam'));
      expect(mine).toEqual(['focus:bedrijfsnaam', 'input:bedrijfsnaam', 'change:bedrijfsnaam', 'blur:bedrijfsnaam']);
      // The newsletter form's e-mail box and the hidden honeypot stay empty.
      expect(page.g.__newsletter).toBe('');
      expect((page.doc.getElementById('nb-email') as HTMLInputElement).value).toBe('');
      expect((page.doc.getElementById('email2') as HTMLInputElement).value).toBe('');
      expect(seen.honeypot).toBeUndefined();
    }
    if (c.page === 'dga-repeat.html') {
      // The add button is a type-less <button> in the form: pressing it must not submit.
      expect(page.g.__rowsAdded).toBe(3);
      expect(page.g.__removed).toBe(0);
    }
  });

  it('a second fill changes nothing and reports "al ingevuld"', async () => {
    page = loadPage(c.page);
    await fillDocument(page.doc, VALUES, FAST);
    const events = page.g.__events.length;
    const again = await fillDocument(page.doc, VALUES, FAST);
    expect(page.g.__events.length).toBe(events);
    for (const f of again.fields) {
      if (f.status === 'not-found') continue;
      expect(f, `${f.field}.${f.index}`).toMatchObject({ status: 'filled', detail: 'al ingevuld' });
    }
    expect(page.g.__submitted).toBe(false);
  });
});

describe('submit is never pressed', () => {
  it('no submit event reaches the page during a fill of any page', async () => {
    for (const c of CASES) {
      page = loadPage(c.page);
      let submits = 0;
      page.doc.addEventListener('submit', () => submits++, true);
      await fillDocument(page.doc, VALUES, FAST);
      expect(submits, c.page).toBe(0);
      expect(page.g.__submitted, c.page).toBe(false);
      await page.close();
      page = undefined;
    }
  });
});
