// Issue 24 on the overview: steps 3 and 4 (Keylane's contact, the confirmation, the first data
// exchange) shown, filtered, sorted, exported and backed up; the table fits a 1,440 px window;
// search ignores accents, case and the ĳ ligature; axe-core finds nothing in any state here.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect as baseExpect } from './fixtures';
import { openOverview, seed, type Portfolio, type Stored } from './overview-support';
// @ts-expect-error -- plain ESM generator shared with `npm run bench`.
import { generatePortfolio } from '../support/overview-portfolio.mjs';
import { CSV_HEADERS } from '../../utils/overview/csv';

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const COUNT = 200;
const NOW = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
/** yyyy-mm-dd, `days` from today in this machine's (and the browser's) time zone. */
const dayFromToday = (days: number) => {
  const d = new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const dutch = (day: string) => day.split('-').reverse().join('-');
const count = (page: Page) => page.getByTestId('shown-count');
const nameCells = (page: Page) => page.locator('tbody tr[data-index] th[scope="row"] button');
const bodyRows = (page: Page) => page.locator('tbody tr[data-index]');

async function noAxeViolations(page: Page, state: string) {
  const { violations, passes } = await new AxeBuilder({ page }).analyze();
  // It ran: an empty result from a page axe could not read would prove nothing.
  expect(passes.length, state).toBeGreaterThan(10);
  expect(violations.map((v) => `${state}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/**
 * The generated portfolio with step 4 spread over its confirmed employers: a first exchange in
 * 3 days, none announced yet, one 30 days away, and a Keylane contact on every waiting one.
 */
function portfolioWithSteps() {
  const portfolio = generatePortfolio(COUNT, { now: NOW }) as Portfolio;
  const all = Object.values(portfolio.employers);
  const confirmed = all.filter((e) => e.draft.status.stage === 'bevestigd');
  confirmed.forEach((e, i) => {
    (e.draft.status as Record<string, unknown>).firstExchangeDate = [dayFromToday(3), '', dayFromToday(30)][i % 3];
  });
  all.filter((e) => e.draft.status.stage === 'wacht-op-keylane').forEach((e) => ((e.draft.status as Record<string, unknown>).keylaneContactDate = dayFromToday(-2)));
  const exchange = (e: Stored) => (e.draft.status as { firstExchangeDate?: string }).firstExchangeDate;
  return { portfolio, all, soon: confirmed.filter((e) => exchange(e) === dayFromToday(3)), unknown: confirmed.filter((e) => exchange(e) === '') };
}

test('the table fits a 1,440 × 900 window without sideways scrolling, in Dutch and English, at the top and the bottom', async ({ context, extensionId }) => {
  await seed(context, portfolioWithSteps().portfolio);
  const page = await openOverview(context, extensionId);
  expect(page.viewportSize()).toEqual({ width: 1440, height: 900 });
  const widths = () =>
    page.evaluate(() => {
      const scroller = document.querySelector('[data-testid="table-scroller"]')!;
      const doc = document.documentElement;
      return { doc: doc.scrollWidth - doc.clientWidth, table: scroller.scrollWidth - scroller.clientWidth, width: scroller.scrollWidth };
    });
  for (const lang of ['nl', 'en']) {
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('columnheader', { name: lang === 'nl' ? 'Eerste uitwisseling' : 'First exchange' })).toBeVisible();
    for (const where of ['top', 'bottom']) {
      if (where === 'bottom') await page.getByTestId('table-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight));
      const measured = await widths();
      console.log(`overview at 1440 (${lang}, ${where}): table ${measured.width} px`);
      expect(measured.doc, `${lang} ${where}`).toBeLessThanOrEqual(0);
      expect(measured.table, `${lang} ${where}`).toBeLessThanOrEqual(0);
    }
    await page.getByTestId('table-scroller').evaluate((el) => (el.scrollTop = 0));
    await noAxeViolations(page, `table ${lang}`);
  }
});

test('search ignores accents and case and reads "ĳ" as "ij"', async ({ context, extensionId }) => {
  const portfolio = generatePortfolio(COUNT, { now: NOW }) as Portfolio;
  const [a, b] = Object.values(portfolio.employers);
  a!.draft.werkgeverNaam = 'Café Reünie';
  b!.draft.werkgeverNaam = 'Ĳssalon De Pool';
  await seed(context, portfolio);
  const page = await openOverview(context, extensionId);
  const search = page.getByLabel('Zoeken', { exact: true });
  for (const [typed, found] of [['Reunie', 'Café Reünie'], ['cafe reünie', 'Café Reünie'], ['ijssalon', 'Ĳssalon De Pool'], ['IJSSALON de pool', 'Ĳssalon De Pool']]) {
    await search.fill(typed!);
    await expect(count(page)).toHaveText(`1 van ${COUNT} werkgevers`);
    await expect(nameCells(page)).toHaveText([found!]);
  }
  await noAxeViolations(page, 'search');
});

test('steps 3 and 4: shown, filtered, sorted, in the CSV and the back-up; an old back-up still restores', async ({ context, extensionId }) => {
  const { portfolio, all, soon, unknown } = portfolioWithSteps();
  expect(soon.length).toBeGreaterThan(1);
  expect(unknown.length).toBeGreaterThan(1);
  await seed(context, portfolio);
  const page = await openOverview(context, extensionId);
  const rowOf = (name: string) => bodyRows(page).filter({ has: page.locator('th[scope="row"]', { hasText: name }) });
  const header = (name: string) => page.getByRole('columnheader', { name });

  // Shown: the first exchange in its own column, the Keylane contact under the stage.
  const waiting = all.find((e) => e.draft.status.stage === 'wacht-op-keylane')!;
  await page.getByLabel('Zoeken', { exact: true }).fill(waiting.draft.werkgeverNaam);
  await expect(rowOf(waiting.draft.werkgeverNaam).locator('td').nth(8)).toContainText(`Keylane ${dutch(dayFromToday(-2))}`);
  await page.getByLabel('Zoeken', { exact: true }).fill('');

  const follow = page.getByLabel('Opvolgen');
  await follow.selectOption({ label: 'Eerste uitwisseling binnen 7 dagen' });
  await expect(count(page)).toHaveText(`${soon.length} van ${COUNT} werkgevers`);
  await expect(nameCells(page)).toHaveText(soon.map((e) => e.draft.werkgeverNaam).sort((x, y) => x.localeCompare(y, 'nl', { numeric: true })));
  for (let i = 0; i < soon.length; i++) await expect(bodyRows(page).nth(i).locator('td').nth(9)).toHaveText(dutch(dayFromToday(3)));
  await noAxeViolations(page, 'filter: exchange within 7 days');

  await follow.selectOption({ label: 'Bevestigd, geen datum eerste uitwisseling' });
  await expect(count(page)).toHaveText(`${unknown.length} van ${COUNT} werkgevers`);
  await expect(bodyRows(page).locator('td:nth-of-type(10)')).toHaveText(unknown.map(() => 'nog onbekend'));
  await noAxeViolations(page, 'filter: confirmed without a first exchange day');
  // The editor of a confirmed employer shows the days as the popup does, dd-mm-jjjj.
  await nameCells(page).first().click();
  const editor = page.getByRole('dialog', { name: 'Werkgever bewerken' });
  await expect(editor.getByLabel('Eerste uitwisseling')).toHaveValue('');
  await expect(editor.getByLabel('Bevestigd op')).toHaveValue(/^\d{2}-\d{2}-\d{4}$/);
  await noAxeViolations(page, 'editor of a confirmed employer');
  await editor.getByRole('button', { name: 'Sluiten' }).click();
  await follow.selectOption({ label: 'Alles' });
  await expect(count(page)).toHaveText(`${COUNT} van ${COUNT} werkgevers`);

  // Sorted on the first exchange: the nearest first; reversed, the farthest; employers without one last either way.
  await header('Eerste uitwisseling').getByRole('button').click();
  await expect(header('Eerste uitwisseling')).toHaveAttribute('aria-sort', 'ascending');
  await expect(bodyRows(page).first().locator('td').nth(9)).toHaveText(dutch(dayFromToday(3)));
  await header('Eerste uitwisseling').getByRole('button').click();
  await expect(bodyRows(page).first().locator('td').nth(9)).toHaveText(dutch(dayFromToday(30)));

  // The CSV carries the days.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren als CSV' }).click()]);
  const [headers, ...records] = Papa.parse<string[]>(readFileSync((await csvDownload.path())!, 'utf8').slice(1), { delimiter: ';', skipEmptyLines: true }).data;
  expect(headers).toEqual([...CSV_HEADERS]);
  const column = (name: string) => headers!.indexOf(name);
  expect(records.find((r) => r[0] === soon[0]!.draft.werkgeverNaam)![column('Eerste uitwisseling')]).toBe(dutch(dayFromToday(3)));
  expect(records.find((r) => r[0] === waiting.draft.werkgeverNaam)![column('Keylane contact')]).toBe(dutch(dayFromToday(-2)));

  // The back-up carries them, as version 2.
  const [backupDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back-up maken' }).click()]);
  const backup = JSON.parse(readFileSync((await backupDownload.path())!, 'utf8'));
  expect(backup.version).toBe(2);
  expect(backup.employers[waiting.id].draft.status.keylaneContactDate).toBe(dayFromToday(-2));
  expect(backup.employers[soon[0]!.id].draft.status.firstExchangeDate).toBe(dayFromToday(3));

  // A version-1 back-up, made before these days existed, restores with what it holds.
  const old = readFileSync(new URL('../unit/overview/fixtures/backup-v1.json', import.meta.url));
  await page.getByTestId('restore-file').setInputFiles({ name: 'koppelhulp-back-up-2026-11-02.json', mimeType: 'application/json', buffer: old });
  const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten' });
  await expect(dialog).toContainText('3 nieuw');
  await noAxeViolations(page, 'restore dialog');
  await dialog.getByRole('button', { name: 'Samenvoegen met de huidige gegevens' }).click();
  await expect(count(page)).toHaveText(`${COUNT + 3} van ${COUNT + 3} werkgevers`);
  await page.getByLabel('Zoeken', { exact: true }).fill('Reunie');
  await expect(rowOf('Café Reünie').locator('td').nth(9)).toHaveText('01-12-2026');
  await noAxeViolations(page, 'after restore');
});
