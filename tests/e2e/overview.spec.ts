import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { BrowserContext, Download, Page } from '@playwright/test';
import { test, expect as baseExpect, SHOTS } from './fixtures';
import { openOverview, PROFILE, seed, stored, type Portfolio, type Stored } from './overview-support';
// @ts-expect-error -- plain ESM generator shared with `npm run bench`.
import { generatePortfolio } from '../support/overview-portfolio.mjs';
import { CSV_HEADERS, fromIdCell } from '../../utils/overview/csv';

// 200 employers per test on a shared 2-core machine: more time than the defaults (30 s, 5 s).
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const COUNT = 200;
const NOW = new Date();
const count = (page: Page) => page.getByTestId('shown-count');
const search = (page: Page) => page.getByLabel('Zoeken', { exact: true });
const bodyRows = (page: Page) => page.locator('tbody tr[data-index]');
const nameCells = (page: Page) => page.locator('tbody tr[data-index] th[scope="row"] button');
/** A search for a whole name may also show names that contain all its words: pick the exact one. */
const nameButton = (page: Page, name: string) => page.locator('tbody th[scope="row"]').getByRole('button', { name, exact: true });

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, text: readFileSync(path!, 'utf8') };
}

const fresh = () => generatePortfolio(COUNT, { now: NOW }) as Portfolio;
const administrations = (e: Stored) => ((e.loket as { administraties?: { naam: string; loonheffingennummer: string }[] } | null)?.administraties ?? []);
const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

test('"Alle werkgevers" in the popup opens the overview in a tab; the options entry is the same page', async ({ context, extensionId, openPopup }) => {
  await seed(context, fresh());
  const other = await context.newPage();
  await other.goto('https://www.loket.nl/geen-pagina');
  const popup = await openPopup(other);
  const [overview] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Alle werkgevers' }).click()]);
  await expect(overview).toHaveURL(`chrome-extension://${extensionId}/overview.html`);
  await expect(overview.getByRole('heading', { name: 'Alle werkgevers' })).toBeVisible();
  await expect(count(overview)).toHaveText(`${COUNT} van ${COUNT} werkgevers`);
});

test('search by name, Werkgever ID, loonheffingennummer (typed loosely) and DGA name; filters; counts', async ({ context, extensionId }) => {
  const portfolio = fresh();
  await seed(context, portfolio);
  const page = await openOverview(context, extensionId);
  const all = Object.values(portfolio.employers);
  await expect(count(page)).toHaveText(`${COUNT} van ${COUNT} werkgevers`);
  await page.screenshot({ path: join(SHOTS, 'overview-table.png') });

  const target = all[41]!;
  await search(page).fill(target.draft.werkgeverNaam);
  await expect(nameButton(page, target.draft.werkgeverNaam)).toHaveCount(1);

  await search(page).fill(target.draft.werkgeverId);
  await expect(nameCells(page).filter({ hasText: target.draft.werkgeverNaam })).toHaveCount(1);

  // Each number with its administration's name, where Loket.nl showed one.
  const withNames = all.find((e) => administrations(e).length > 1)!;
  await search(page).fill(withNames.draft.werkgeverId);
  const numbersCell = page.locator('tbody tr[data-index]').filter({ hasText: withNames.draft.werkgeverNaam }).locator('td').nth(2);
  for (const a of administrations(withNames)) await expect(numbersCell).toContainText(`${a.loonheffingennummer} · ${a.naam}`);

  // 123456782L01 typed as "1234.56.782 l01"
  const lhn = target.draft.loonheffingennummer;
  await search(page).fill(`${lhn.slice(0, 4)}.${lhn.slice(4, 6)}.${lhn.slice(6, 9)} ${lhn.slice(9).toLowerCase()}`);
  await expect(count(page)).toHaveText(`1 van ${COUNT} werkgevers`);
  await expect(nameCells(page)).toHaveText([target.draft.werkgeverNaam]);

  const dgaName = 'Ahmed El Amrani';
  await search(page).fill(dgaName);
  const withThatDga = all.filter((e) => e.draft.dgas.some((d) => d.naam === dgaName)).length;
  await expect(count(page)).toHaveText(`${withThatDga} van ${COUNT} werkgevers`);
  await search(page).fill('');

  await page.getByLabel('Fase', { exact: true }).selectOption({ label: 'Verstuurd' });
  const sent = all.filter((e) => e.draft.status.stage === 'verstuurd').length;
  await expect(count(page)).toHaveText(`${sent} van ${COUNT} werkgevers`);
  await expect(page.locator('tbody tr[data-index] td', { hasText: /^Verstuurd/ })).toHaveCount(await bodyRows(page).count());
  await page.getByLabel('Fase', { exact: true }).selectOption({ label: 'Alle fasen' });

  // "Heeft aandacht nodig": an incomplete concept, a user who cannot reach the employer, a long wait for Keylane.
  const incomplete = all.find((e) => e.draft.verloning === null && e.draft.status.stage === 'ingevuld')!;
  const complete = all.find((e) => e.draft.verloning !== null && e.draft.status.stage === 'concept' && !/9 B\.V\.$/.test(e.draft.werkgeverNaam))!;
  const longWait = all.find((e) => e.draft.status.stage === 'wacht-op-keylane' && NOW.getTime() - Date.parse(e.draft.status.since!) > 30 * 864e5)!;
  await page.getByLabel('Heeft aandacht nodig').check();
  const attention = Number((await count(page).textContent())!.split(' ')[0]);
  expect(attention).toBeGreaterThan(0);
  expect(attention).toBeLessThan(COUNT);
  for (const [employer, shown] of [[incomplete, 1], [complete, 0], [longWait, 1]] as const) {
    await search(page).fill(employer.draft.werkgeverNaam);
    await expect(nameButton(page, employer.draft.werkgeverNaam)).toHaveCount(shown);
  }
  // Waiting up to 60 days is no longer "long" for this one.
  await page.getByLabel('Wacht op Keylane langer dan (dagen)').fill('60');
  await search(page).fill(longWait.draft.werkgeverNaam);
  await expect(nameButton(page, longWait.draft.werkgeverNaam)).toHaveCount(0);
});

test('sort by any column with aria-sort; arrow keys move between rows', async ({ context, extensionId }) => {
  const portfolio = fresh();
  await seed(context, portfolio);
  const page = await openOverview(context, extensionId);
  const names = Object.values(portfolio.employers).map((e) => e.draft.werkgeverNaam).sort(collator.compare);

  const header = (name: string) => page.getByRole('columnheader', { name });
  await expect(header('Naam')).toHaveAttribute('aria-sort', 'ascending');
  await expect(nameCells(page).first()).toHaveText(names[0]!);
  await header('Naam').getByRole('button').click();
  await expect(header('Naam')).toHaveAttribute('aria-sort', 'descending');
  await expect(nameCells(page).first()).toHaveText(names.at(-1)!);

  await header('Fase').getByRole('button').click();
  await expect(header('Fase')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header('Naam')).not.toHaveAttribute('aria-sort', /.+/);
  await expect(bodyRows(page).first().locator('td').nth(8)).toContainText('Concept');
  await header('Fase').getByRole('button').click();
  await expect(bodyRows(page).first().locator('td').nth(8)).toContainText('Koppeling bevestigd');

  await header('Werkgever ID').getByRole('button').click();
  const ids = Object.values(portfolio.employers).map((e) => e.draft.werkgeverId).sort(collator.compare);
  await expect(bodyRows(page).first().locator('td').nth(1)).toHaveText(ids[0]!);

  // Every column sorts, and only the sorted one carries aria-sort.
  // (Werkgever ID is the sorted column already.)
  const labels = ['Werkgever ID', 'Naam', 'Loonheffingennummer(s)', "DGA's", 'Verloning', '13e maand', 'Ontbreekt nog', 'Rechten koppelgebruiker', 'Fase', 'Laatst gezien in Loket.nl'];
  for (const label of labels) {
    if (label !== 'Werkgever ID') await header(label).getByRole('button').click();
    await expect(header(label)).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.locator('thead th[aria-sort]')).toHaveCount(1);
  }

  // Rights per employer: the one check reaches all but every tenth employer ("mist 1": no access to it).
  const all = Object.values(portfolio.employers);
  const rightsCell = () => bodyRows(page).first().locator('td').nth(7);
  await header('Rechten koppelgebruiker').getByRole('button').click();
  await expect(rightsCell()).toHaveText('mist 1');
  await header('Rechten koppelgebruiker').getByRole('button').click();
  await expect(rightsCell()).toHaveText('in orde');

  // DGA names on demand: the count, the names only when asked for.
  await header("DGA's").getByRole('button').click();
  await header("DGA's").getByRole('button').click();
  await expect(header("DGA's")).toHaveAttribute('aria-sort', 'descending');
  const most = all.reduce((a, b) => (b.draft.dgas.length > a.draft.dgas.length ? b : a));
  const dgaButton = bodyRows(page).first().locator('td').nth(3).getByRole('button');
  await expect(dgaButton).toHaveText(`${most.draft.dgas.length} · namen`);
  await expect(dgaButton).toHaveAttribute('aria-expanded', 'false');
  const dgaNames = bodyRows(page).first().locator('td').nth(3).locator('span');
  await expect(dgaNames).toHaveCount(0);
  await dgaButton.click();
  await expect(dgaButton).toHaveAttribute('aria-expanded', 'true');
  await expect(dgaNames).toHaveText(/\w+, \w+/);
  await header('Werkgever ID').getByRole('button').click();

  // Keyboard: from a row's name, ArrowDown reaches the next row's name, also past the rendered rows.
  await nameCells(page).first().focus();
  for (let i = 1; i <= 30; i++) {
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(`tbody tr[data-index="${i}"] th button`)).toBeFocused();
  }
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('tbody tr[data-index="29"] th button')).toBeFocused();
});

test('bulk stage for selected employers, each with the date it was set', async ({ context, extensionId }) => {
  const portfolio = fresh();
  await seed(context, portfolio);
  const page = await openOverview(context, extensionId);
  await page.getByLabel('Fase', { exact: true }).selectOption({ label: 'Concept' });
  await search(page).fill('Bakkerij');
  const shownIds = await bodyRows(page).evaluateAll((rows) => rows.length);
  expect(shownIds).toBeGreaterThan(1);
  const names = await nameCells(page).allTextContents();
  await page.getByLabel('Alle getoonde selecteren').check();
  await expect(page.getByText(`${names.length} geselecteerd`)).toBeVisible();
  await page.getByLabel('Fase zetten voor selectie').selectOption({ label: 'Wacht op Keylane' });
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(count(page)).toHaveText(`0 van ${COUNT} werkgevers`);

  const after = Object.values(await stored(context));
  const changed = after.filter((e) => names.includes(e.draft.werkgeverNaam));
  expect(changed).toHaveLength(names.length);
  for (const e of changed) {
    expect(e.draft.status.stage).toBe('wacht-op-keylane');
    expect(Date.now() - Date.parse(e.draft.status.since!)).toBeLessThan(60_000);
  }
  // Nobody else moved.
  const others = after.filter((e) => !names.includes(e.draft.werkgeverNaam));
  for (const e of others) expect(e.draft.status).toEqual(portfolio.employers[e.id]!.draft.status);
});

test('CSV export: what is shown, UTF-8 with BOM, ; separated, Dutch headers, IDs kept as text', async ({ context, extensionId }) => {
  const portfolio = fresh();
  // A name that would be a formula, and one with the separator and quotes in it.
  const [first, second] = Object.values(portfolio.employers);
  first!.draft.werkgeverNaam = '=HYPERLINK("x") B.V.';
  second!.draft.werkgeverNaam = 'Van "Dijk"; Zonen';
  await seed(context, portfolio);
  const page = await openOverview(context, extensionId);
  await page.getByLabel('Fase', { exact: true }).selectOption({ label: 'Verstuurd' });
  const shown = Number((await count(page).textContent())!.split(' ')[0]);
  const { download, text } = await downloaded(page, () => page.getByRole('button', { name: 'Exporteren als CSV' }).click());
  expect(download.suggestedFilename()).toMatch(/^werkgevers-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [headers, ...records] = parsed.data;
  expect(headers).toEqual([...CSV_HEADERS]);
  expect(records).toHaveLength(shown);
  const expected = Object.values(portfolio.employers).filter((e) => e.draft.status.stage === 'verstuurd');
  const byName = new Map(expected.map((e) => [e.draft.werkgeverNaam, e]));
  for (const record of records) {
    const employer = byName.get(record[0]!)!;
    expect(employer, record[0]).toBeTruthy();
    expect(record[1]).toBe(`="${employer.draft.werkgeverId}"`);
    expect(fromIdCell(record[2]!)).toBe(employer.draft.loonheffingennummer);
    expect(record[4]).toBe(administrations(employer)[0]?.naam ?? '');
    expect(record[5]).toBe(String(employer.draft.dgas.length));
    expect(record[6]).toBe(employer.draft.dgas.map((d) => d.naam).join(', '));
    expect(record[11]).toBe('Verstuurd');
  }

  // The two awkward names survive, the formula defused.
  await page.getByLabel('Fase', { exact: true }).selectOption({ label: 'Alle fasen' });
  const all = await downloaded(page, () => page.getByRole('button', { name: 'Exporteren als CSV' }).click());
  const names = Papa.parse<string[]>(all.text.slice(1), { delimiter: ';', skipEmptyLines: true }).data.map((r) => r[0]);
  expect(names).toContain(`'=HYPERLINK("x") B.V.`);
  expect(all.text).toContain('"Van ""Dijk""; Zonen"');
});

async function makeBackup(page: Page) {
  const { download, text } = await downloaded(page, () => page.getByRole('button', { name: 'Back-up maken' }).click());
  expect(download.suggestedFilename()).toMatch(/^koppelhulp-back-up-\d{4}-\d{2}-\d{2}\.json$/);
  return text;
}

async function chooseBackup(page: Page, content: string, name = 'back-up.json') {
  await page.getByTestId('restore-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

test('back-up round trip: everything comes back in an emptied browser', async ({ context, extensionId }) => {
  const portfolio = fresh();
  await seed(context, portfolio);
  const page = await openOverview(context, extensionId);
  const before = await stored(context);
  const backup = await makeBackup(page);
  expect(JSON.parse(backup)).toMatchObject({ format: 'loket-asr-koppelhulp-backup', version: 2 });

  const [worker] = context.serviceWorkers();
  await worker!.evaluate(() => chrome.storage.local.clear());
  await expect(count(page)).toHaveText('0 van 0 werkgevers');
  await chooseBackup(page, backup);
  const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten' });
  await expect(dialog.getByTestId('restore-summary')).toContainText(`${COUNT} nieuw, 0 aangevuld of gewijzigd`);
  await page.screenshot({ path: join(SHOTS, 'overview-restore.png') });
  await dialog.getByRole('button', { name: 'Samenvoegen met de huidige gegevens' }).click();
  await expect(count(page)).toHaveText(`${COUNT} van ${COUNT} werkgevers`);
  expect(await stored(context)).toEqual(before);
  const [rights, profile] = await worker!.evaluate(async () => {
    const all = await chrome.storage.local.get(['rights', 'profile']);
    return [all.rights, all.profile];
  });
  expect(rights).toEqual(portfolio.rights);
  expect(profile).toEqual(PROFILE);
});

test('a restore that conflicts with local edits merges both sides and lets the user choose', async ({ context, extensionId }) => {
  const portfolio = fresh();
  await seed(context, portfolio);
  const page = await openOverview(context, extensionId);
  const backup = JSON.parse(await makeBackup(page));
  // One whose 13e maand is "Ja" here, so "Nee" typed below is a real local edit.
  const { id } = Object.values(portfolio.employers).find((e) => e.draft.dertiendeMaand === true)!;
  const name = portfolio.employers[id]!.draft.werkgeverNaam;

  // A colleague, in the back-up: another DGA and 13e maand "Ja", edited yesterday.
  const theirs = backup.employers[id];
  theirs.draft.hasDga = true;
  theirs.draft.dgas = [...theirs.draft.dgas, { naam: 'Collega DGA', personeelsnummer: '777' }];
  theirs.draft.dertiendeMaand = true;
  theirs.updatedAt = new Date(Date.now() - 864e5).toISOString();
  // …and an employer only they have.
  backup.employers.emp_elsewhere = { ...structuredClone(Object.values(portfolio.employers)[10]!), id: 'emp_elsewhere' };
  backup.employers.emp_elsewhere.draft = { ...backup.employers.emp_elsewhere.draft, werkgeverId: '99999', werkgeverNaam: 'Alleen Bij Collega B.V.', loonheffingennummer: '111222333L01' };
  backup.employers.emp_elsewhere.loket = null;

  // Here, now: 13e maand "Nee" typed in the overview's editor.
  await search(page).fill(name);
  await nameButton(page, name).click();
  const editor = page.getByRole('dialog', { name: /Werkgever bewerken/ });
  await editor.getByRole('group', { name: '13e maand' }).getByLabel('Nee').check();
  await page.screenshot({ path: join(SHOTS, 'overview-editor.png') });
  await editor.getByRole('button', { name: 'Sluiten' }).click();
  await expect.poll(async () => (await stored(context))[id]!.draft.dertiendeMaand).toBe(false);

  await chooseBackup(page, JSON.stringify(backup));
  const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten' });
  await expect(dialog.getByTestId('restore-summary')).toContainText('1 nieuw, 1 aangevuld of gewijzigd');
  await expect(dialog).toContainText('13e maand: hier “Nee”, in de back-up “Ja”');
  await dialog.getByRole('button', { name: 'Samenvoegen met de huidige gegevens' }).click();
  await expect(count(page)).toHaveText(new RegExp(` van ${COUNT + 1} werkgevers$`));

  const after = await stored(context);
  expect(after[id]!.draft.dertiendeMaand).toBe(false); // the later local edit stands
  expect(after[id]!.draft.dgas).toContainEqual({ naam: 'Collega DGA', personeelsnummer: '777' }); // their DGA arrived
  expect(after.emp_elsewhere!.draft.werkgeverNaam).toBe('Alleen Bij Collega B.V.');

  // Restoring the same file again: choose their 13e maand this time.
  await chooseBackup(page, JSON.stringify(backup));
  await expect(dialog).toContainText('13e maand: hier “Nee”, in de back-up “Ja”');
  await dialog.getByLabel('13e maand: Gebruik “Ja”').check();
  await dialog.getByRole('button', { name: 'Samenvoegen met de huidige gegevens' }).click();
  await expect.poll(async () => (await stored(context))[id]!.draft.dertiendeMaand).toBe(true);
});

test('a damaged or foreign back-up gets a Dutch message and changes nothing', async ({ context, extensionId }) => {
  const portfolio = fresh();
  await seed(context, portfolio);
  const page = await openOverview(context, extensionId);
  const backup = await makeBackup(page);
  const before = await stored(context);

  await chooseBackup(page, backup.slice(0, backup.length / 2));
  await expect(page.getByRole('alert')).toHaveText(/kan niet worden gelezen.*Er is niets gewijzigd/);

  await chooseBackup(page, JSON.stringify({ exportedAt: '2026-01-01', storage: {} }));
  await expect(page.getByRole('alert')).toHaveText(/geen back-up van de koppelhulp/);

  const damaged = JSON.parse(backup);
  damaged.employers.emp_gen_00007.draft.status = { stage: 'onbekend' };
  await chooseBackup(page, JSON.stringify(damaged));
  await expect(page.getByRole('alert')).toHaveText(/beschadigd \(bij employers › emp_gen_00007 › draft › status.*niets gewijzigd/);

  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await stored(context)).toEqual(before);
});

test('edit with the popup components, delete with undo, merge duplicates', async ({ context, extensionId }) => {
  const portfolio = fresh();
  // The same employer captured once more under its GUID, with another DGA.
  const [, original, second] = Object.values(portfolio.employers) as Stored[];
  portfolio.employers.emp_dup = {
    ...structuredClone(original!),
    id: 'emp_dup',
    draft: { ...structuredClone(original!.draft), werkgeverId: '0b6f5c1e-1111-4a2b-8c3d-123456789abc', dgas: [{ naam: 'Tweede DGA', personeelsnummer: '555' }], hasDga: true },
  };
  await seed(context, portfolio);
  const page = await openOverview(context, extensionId);

  // Edit: the popup's validation shows, and typing is saved.
  const name = second!.draft.werkgeverNaam;
  await search(page).fill(name);
  await nameButton(page, name).click();
  const editor = page.getByRole('dialog', { name: /Werkgever bewerken/ });
  const lhn = editor.getByLabel('Loonheffingennummer', { exact: true });
  await lhn.fill('123456789L01');
  await expect(lhn).toHaveAttribute('aria-invalid', 'true');
  await lhn.fill('123456782L01');
  await expect(lhn).not.toHaveAttribute('aria-invalid', 'true');
  await editor.getByRole('button', { name: 'Sluiten' }).click();
  await expect(nameButton(page, name)).toBeFocused();
  await expect.poll(async () => (await stored(context))[second!.id]!.draft.loonheffingennummer).toBe('123456782L01');

  // Delete, then undo.
  await page.getByLabel(`${name} selecteren`, { exact: true }).check();
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  // Asked first, naming how many and which (issue 23).
  await expect(page.getByRole('alertdialog')).toContainText(`1 werkgever(s) verwijderen: ${name}?`);
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 werkgever(s) verwijderd.' })).toBeVisible();
  expect((await stored(context))[second!.id]).toBeUndefined();
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect.poll(async () => (await stored(context))[second!.id]?.draft.loonheffingennummer).toBe('123456782L01');

  // Merge the duplicate: one record, both DGAs, the differing Werkgever ID offered.
  await search(page).fill('');
  const duplicates = page.getByRole('region', { name: /lijken dubbel/ });
  await expect(duplicates).toContainText(original!.draft.werkgeverNaam);
  await duplicates.getByRole('button', { name: 'Samenvoegen' }).first().click();
  await expect(page.getByText('2 werkgevers samengevoegd.')).toBeVisible();
  const after = await stored(context);
  const merged = Object.values(after).filter((e) => e.draft.werkgeverNaam === original!.draft.werkgeverNaam);
  expect(merged).toHaveLength(1);
  expect(merged[0]!.draft.dgas.map((d) => d.naam)).toEqual(expect.arrayContaining(['Tweede DGA', ...original!.draft.dgas.map((d) => d.naam)]));
  await expect(page.getByRole('button', { name: /Werkgever ID: Gebruik/ })).toBeVisible();
});
