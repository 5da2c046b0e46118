// a.s.r. forms whose pay-period select answers only one of the ways a person operates a select
// when pressing its box does nothing (tests/sites/asr/one-way-select.html): its chevron (inside
// or beside the box), its label, Enter/Space, or type-ahead (its options' first letters, on a
// box of its own or a read-only input). Each page is first proven to work by hand, and proven
// not to open by the other ways; then the extension fills it: state equals the intent, nothing
// is submitted, every report row is checked.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { FULL, seedRegistration } from './seed';
import { ALL_FILLED, type ReportRows } from './asr-library-page';
// @ts-expect-error -- plain ESM helper shared with `npm start` and the benchmark; typed by use here.
import { launchWithExtension } from '../support/browser.mjs';

const ASR = 'https://www.asr.nl';
test.describe.configure({ timeout: 60_000 });
const P = FULL.profile;
const D = FULL.draft;
const [DGA1, DGA2] = D.dgas as [{ naam: string; personeelsnummer: string }, { naam: string; personeelsnummer: string }];

const EMPTY = { bedrijfsnaam: '', email: '', raamwerkcontractnummer: '', loonheffingennummer: '', werkgeverId: '', heeftDga: null, dgas: [{ naam: '', personeelsnummer: '' }], verloning: null, dertiendeMaand: null };
const FILLED = {
  bedrijfsnaam: P.bedrijfsnaam,
  email: P.email,
  raamwerkcontractnummer: P.raamwerkcontractnummer,
  loonheffingennummer: D.loonheffingennummer,
  werkgeverId: D.werkgeverId,
  heeftDga: 'ja',
  dgas: [DGA1, DGA2],
  verloning: '4weken',
  dertiendeMaand: 'ja',
};

type PageWindow = { __formState: () => unknown; __submitted: number; __typedInto: boolean };
const formState = (page: Page) => page.evaluate(() => (window as unknown as PageWindow).__formState());
const submitted = (page: Page) => page.evaluate(() => (window as unknown as PageWindow).__submitted);
const box = (page: Page) => page.getByRole('combobox', { name: 'Verloningsperiode' });
const list = (page: Page) => page.getByRole('listbox');

/** Everything but the pay period, as a person fills it. */
async function restByHand(page: Page) {
  await page.getByLabel('Bedrijfsnaam').fill(P.bedrijfsnaam);
  await page.getByLabel('E-mailadres').first().fill(P.email);
  await page.getByLabel('Raamwerkcontractnummer').fill(P.raamwerkcontractnummer);
  await page.getByLabel('Loonheffingennummer').fill(D.loonheffingennummer);
  await page.getByLabel('Werkgever ID').fill(D.werkgeverId);
  await page.getByRole('group', { name: /Zit er één of meerdere DGA/ }).getByLabel('Ja').check();
  await page.getByLabel('Naam DGA').nth(0).fill(DGA1.naam);
  await page.getByLabel('Personeelsnummer').nth(0).fill(DGA1.personeelsnummer);
  await page.getByRole('button', { name: '+ Toevoegen' }).click();
  await page.getByLabel('Naam DGA').nth(1).fill(DGA2.naam);
  await page.getByLabel('Personeelsnummer').nth(1).fill(DGA2.personeelsnummer);
  await page.getByRole('group', { name: /13e maand/ }).getByLabel('Ja').check();
}

/** Pressing the box, ArrowDown on it: the direct ways, which this select does not answer. */
async function directWaysDoNothing(page: Page) {
  await box(page).click();
  await box(page).press('ArrowDown');
  await expect(list(page)).toHaveCount(0);
  expect(((await formState(page)) as { verloning: unknown }).verloning).toBeNull();
}

const chevron = (page: Page, inside: string) => box(page).locator('xpath=..').locator(inside);

const WAYS: Array<{ way: string; title: string; byHand: (page: Page) => Promise<void> }> = [
  {
    way: 'chevron-inside',
    title: 'a read-only input box that opens only on its chevron (an svg inside it)',
    byHand: async (page) => {
      await directWaysDoNothing(page);
      await chevron(page, 'svg').click();
      await page.getByRole('option', { name: 'Per 4 weken' }).click();
    },
  },
  {
    way: 'chevron-beside',
    title: 'a combobox that opens only from the unnamed button beside it',
    byHand: async (page) => {
      await directWaysDoNothing(page);
      await expect(chevron(page, 'button')).toHaveAccessibleName('');
      await chevron(page, 'button').click();
      await page.getByRole('option', { name: 'Per 4 weken' }).click();
    },
  },
  {
    way: 'label',
    title: 'a combobox that opens only when its label is pressed',
    byHand: async (page) => {
      await directWaysDoNothing(page);
      await page.getByText('Verloningsperiode', { exact: true }).click();
      await page.getByRole('option', { name: 'Per 4 weken' }).click();
    },
  },
  {
    way: 'keys',
    title: 'a combobox that opens only on Enter or Space',
    byHand: async (page) => {
      await directWaysDoNothing(page);
      await box(page).press('Enter');
      await page.getByRole('option', { name: 'Per 4 weken' }).click();
    },
  },
  {
    way: 'typeahead',
    title: 'a combobox whose list never shows: it chooses by the typed first letters of "Per 4 weken" (after "Per maand")',
    byHand: async (page) => {
      await directWaysDoNothing(page);
      await box(page).focus();
      await page.keyboard.type('Per 4', { delay: 30 });
      await expect(box(page)).toHaveText('Per 4 weken');
    },
  },
  {
    way: 'typeahead-readonly',
    title: 'a read-only input with no list in the page: it chooses by typed first letters ("Vier…")',
    byHand: async (page) => {
      await directWaysDoNothing(page);
      await box(page).focus();
      await page.keyboard.type('vi', { delay: 30 });
      await expect(box(page)).toHaveValue('Vierwekelijks');
    },
  },
];

async function openForm(context: BrowserContext, way: string) {
  const page = await context.newPage();
  await page.goto(`${ASR}/one-way-select.html?way=${way}`);
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as PageWindow).__formState)).toBe('function');
  return page;
}

/** Every report row as "name → status". */
async function reportRows(report: Locator): Promise<ReportRows> {
  const rows = await report.locator('li[data-status]').evaluateAll((items) =>
    items.map((li) => [(li.querySelectorAll('span')[1]?.textContent ?? '').trim().replace(/:$/, ''), li.getAttribute('data-status') ?? '']),
  );
  return Object.fromEntries(rows);
}

test.describe('each select works by hand, and only its one way', () => {
  let context: BrowserContext;
  test.beforeAll(async () => {
    ({ context } = (await launchWithExtension({ withExtension: false })) as { context: BrowserContext });
  });
  test.afterAll(async () => context.close());

  for (const w of WAYS) {
    test(`${w.way}: ${w.title}`, async () => {
      const page = await openForm(context, w.way);
      expect(await formState(page)).toEqual(EMPTY);
      await restByHand(page);
      await w.byHand(page);
      await expect.poll(() => formState(page)).toEqual(FILLED);
      expect(await submitted(page)).toBe(0);
      await page.close();
    });
  }
});

for (const w of WAYS) {
  test(`${w.way}: the extension operates the select that way, fills everything, submits nothing, reports truthfully`, async ({ context, openPopup }) => {
    await seedRegistration(context);
    const page = await openForm(context, w.way);
    const popup = await openPopup(page);
    const button = popup.getByRole('button', { name: /^Invullen/ });
    await expect(button).toBeEnabled({ timeout: 15_000 });
    await button.click();
    const report = popup.getByRole('region', { name: 'Resultaat van het invullen' });
    await expect(report).toBeVisible({ timeout: 20_000 });
    expect.soft(await formState(page)).toEqual(FILLED);
    expect.soft(await reportRows(report)).toEqual(ALL_FILLED);
    if (w.way === 'typeahead-readonly') expect.soft(await page.evaluate(() => (window as unknown as PageWindow).__typedInto)).toBe(false);
    // Nothing left open over the page.
    await expect(list(page)).toHaveCount(0);
    expect(await submitted(page)).toBe(0);
  });
}
