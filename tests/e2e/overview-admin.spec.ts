// The overview's editor and rows for an employer with several administrations (issue 15 "the same
// components and validation as the popup"), and the overview in English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect as baseExpect, SHOTS } from './fixtures';
import { openOverview, seed, stored, type Portfolio, type Stored } from './overview-support';
import { dutchLeaks, DUTCH_UI } from './dutch-leaks';
// @ts-expect-error -- plain ESM generator shared with `npm run bench`.
import { generatePortfolio } from '../support/overview-portfolio.mjs';
import { CSV_HEADERS } from '../../utils/overview/csv';

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const NAME = 'Bakkerij Twee Administraties B.V.';
const NUMBERS = ['123456782L01', '123456782L02'];
const AT = '2026-11-20T09:00:00.000Z';

/** Captured from Loket.nl with two named administrations; everything answered except which one. */
const twoAdministrations = (): Stored => ({
  id: 'emp_two',
  draft: {
    werkgeverId: '20730',
    werkgeverNaam: NAME,
    loonheffingennummer: '',
    elevenTestAcceptedFor: null,
    hasDga: false,
    dgas: [],
    verloning: 'maand',
    dertiendeMaand: true,
    status: { stage: 'concept' },
  },
  loket: {
    werkgeverId: '20730',
    werkgeverNaam: NAME,
    loonheffingennummers: NUMBERS,
    administraties: [
      { naam: 'Hoofdvestiging', loonheffingennummer: NUMBERS[0] },
      { naam: 'Filiaal Zuid', loonheffingennummer: NUMBERS[1] },
    ],
    capturedAt: AT,
  },
  edited: [],
  dgaCandidates: [],
  updatedAt: AT,
});

/** A generated portfolio with the employer above; `duplicate` adds one employer twice. */
async function seedWithTwo(context: BrowserContext, extra: Record<string, unknown> = {}, duplicate = false) {
  const portfolio = generatePortfolio(30) as Portfolio;
  portfolio.employers.emp_two = twoAdministrations();
  // The link user reaches it: missing data is its only reason for attention.
  (portfolio.rights.koppeling_ak as { capture: { employers: string[] } }).capture.employers.push(NAME);
  if (duplicate) {
    // The same employer once more under its GUID: offered for merging.
    const original = Object.values(portfolio.employers)[2]!;
    portfolio.employers.emp_dup = { ...structuredClone(original), id: 'emp_dup', draft: { ...structuredClone(original.draft), werkgeverId: '0b6f5c1e-1111-4a2b-8c3d-123456789abc' } };
  }
  await seed(context, portfolio, extra);
  return portfolio;
}

const rowOf = (page: Page, name: string) => page.locator('tbody tr[data-index]').filter({ has: page.getByRole('button', { name, exact: true }) });

test('several administrations: the editor offers each with its name, chooses none and blocks until the user picks; the row needs attention until then', async ({ context, extensionId }) => {
  await seedWithTwo(context);
  const page = await openOverview(context, extensionId);

  // The row: needs attention, and says what to do.
  const row = rowOf(page, NAME);
  await expect(row.locator('th > span')).toHaveText('gegevens ontbreken');
  await expect(row.locator('td').nth(6)).toHaveText('Kies de administratie');
  await page.getByLabel('Heeft aandacht nodig').check();
  await page.getByLabel('Zoeken', { exact: true }).fill(NAME);
  await expect(rowOf(page, NAME)).toHaveCount(1);

  // The editor: the popup's select, both administrations by name, none chosen, the popup's message.
  await rowOf(page, NAME).getByRole('button', { name: NAME, exact: true }).click();
  const editor = page.getByRole('dialog', { name: /Werkgever bewerken/ });
  const select = editor.getByRole('combobox', { name: 'Loonheffingennummer' });
  await expect(select).toHaveValue('');
  await expect(select.locator('option:checked')).toHaveText('Kies de administratie');
  await expect(select.locator('option:not([disabled])')).toHaveText([`${NUMBERS[0]} · Hoofdvestiging`, `${NUMBERS[1]} · Filiaal Zuid`, 'Ander nummer…']);
  await expect(select).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByText('Kies de administratie die u aanmeldt.')).toBeVisible();
  await expect(editor.getByRole('region', { name: /Nog te doen/ })).toContainText('Loonheffingennummer');
  await page.screenshot({ path: join(SHOTS, 'overview-choose-administration.png') });

  // Choosing clears it, and is saved.
  await select.selectOption(NUMBERS[1]!);
  await expect(select).not.toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByText('Kies de administratie die u aanmeldt.')).toHaveCount(0);
  await expect(editor.getByRole('status').filter({ hasText: 'Alle gegevens zijn compleet' })).toBeVisible();
  await editor.getByRole('button', { name: 'Sluiten' }).click();
  await expect.poll(async () => (await stored(context)).emp_two?.draft.loonheffingennummer).toBe(NUMBERS[1]);

  // The row is complete and leaves "heeft aandacht nodig".
  await expect(rowOf(page, NAME)).toHaveCount(0);
  await page.getByLabel('Heeft aandacht nodig').uncheck();
  await expect(rowOf(page, NAME).locator('td').nth(6)).toHaveText('compleet');
  await expect(rowOf(page, NAME).locator('th > span')).toHaveCount(0);
});

/** The overview's own Dutch UI words, on top of the popup's list. */
const OVERVIEW_DUTCH = [
  ...DUTCH_UI, 'Zoeken', 'Fase', 'fasen', 'Exporteren', 'maken', 'terugzetten', 'Samenvoegen', 'samengevoegd', 'Verwijderen', 'verwijderd',
  'Ongedaan', 'Toepassen', 'Sluiten', 'Ontbreekt', 'compleet', 'nooit', 'Laatst', 'gezien', 'selecteren', 'geselecteerd', 'aandacht',
  'Heeft', 'Koppeling', 'bevestigd', 'Wacht', 'orde', 'mist', 'gecontroleerd', 'verouderd', 'Annuleren', 'naamloos', 'namen', 'naam',
  'weken', 'hier', 'Gebruik', 'Nieuw', 'aangevuld', 'gewijzigd', 'bewerken', 'administratie', 'Laden', 'ontbreken', 'lijken', 'dubbel',
  'dagen', 'zoekopdracht', 'filteren', 'Geen', 'geen', 'leeg', 'bestand', 'koppelgebruiker', 'Filiaal', 'Hoofdvestiging', 'Jan',
];

test('English, switched on the page: no Dutch UI words outside lang="nl" on the overview, its editor, dialogs and notices; the CSV stays Dutch', async ({ context, extensionId }) => {
  const portfolio = await seedWithTwo(context, {}, true);
  const page = await openOverview(context, extensionId);
  const [worker] = context.serviceWorkers();
  const storedLang = () => worker!.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { lang: string }).lang);
  // The page's own switch: the same setting as the popup's.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'All employers' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect.poll(storedLang).toBe('en');
  const leaks: Record<string, string[]> = {};
  const check = async (state: string) => {
    await page.screenshot({ path: join(SHOTS, `overview-en-${state}.png`) });
    leaks[state] = await dutchLeaks(page, OVERVIEW_DUTCH);
  };
  await check('table');

  // Filters and a selection.
  await page.getByLabel('Needs attention').check();
  await page.getByRole('checkbox', { name: `Select ${NAME}` }).check();
  await check('selection');

  // The editor: the popup's components in English.
  await page.getByRole('button', { name: NAME, exact: true }).click();
  const editor = page.getByRole('dialog', { name: /Edit employer/ });
  await expect(editor.getByRole('combobox', { name: 'Loonheffingennummer' })).toHaveValue('');
  await check('editor');
  await editor.getByRole('button', { name: 'Close' }).click();

  // The CSV is for Dutch Excel: Dutch headers and values, whatever the page's language.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  const [headers, ...records] = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
  expect(headers).toEqual([...CSV_HEADERS]);
  expect(records.find((r) => r[0] === NAME)).toContain('Kies de administratie');

  // Delete, with its undo notice.
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await check('deleted');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByLabel('Needs attention').uncheck();

  // Restore dialog with a conflict, and a merge notice with its choices.
  const [backupDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Make a back-up' }).click()]);
  const backup = JSON.parse(readFileSync((await backupDownload.path())!, 'utf8'));
  const other = Object.values(portfolio.employers)[3]!;
  backup.employers[other.id].draft.dertiendeMaand = !backup.employers[other.id].draft.dertiendeMaand;
  backup.employers[other.id].updatedAt = new Date(Date.now() - 864e5).toISOString();
  backup.employers.emp_two.draft.werkgeverId = '20731';
  await page.getByTestId('restore-file').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(page.getByRole('dialog', { name: 'Restore back-up' })).toBeVisible();
  await check('restore');
  await page.getByRole('dialog', { name: 'Restore back-up' }).getByRole('button', { name: 'Cancel' }).click();

  // Duplicates offered, merged, with the differing value to choose.
  const duplicates = page.getByRole('region', { name: /look like duplicates/ });
  await expect(duplicates).toBeVisible();
  await check('duplicates');
  await duplicates.getByRole('button', { name: 'Merge' }).first().click();
  await expect(page.getByRole('button', { name: /^Werkgever ID: Use/ })).toBeVisible();
  await check('merged');

  // A damaged back-up.
  await page.getByTestId('restore-file').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
  await expect(page.getByRole('alert')).toBeVisible();
  await check('damaged');

  expect(leaks).toEqual(Object.fromEntries(Object.keys(leaks).map((k) => [k, []])));

  // Switched back in the popup: the open page follows.
  await worker!.evaluate(() => chrome.storage.local.set({ settings: { lang: 'nl' } }));
  await expect(page.getByRole('heading', { name: 'Alle werkgevers' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
});
