import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, flowTest, SHOTS, employersIn } from './fixtures';
// @ts-expect-error -- plain ESM helper shared with `npm start`.
import { launchWithExtension, openPopup as openPopupPage } from '../support/browser.mjs';

const LOKET = 'https://www.loket.nl';

async function fillProfile(popup: Page) {
  await popup.getByLabel('Bedrijfsnaam', { exact: true }).fill('Salarisbureau Noord B.V.');
  await popup.getByLabel('E-mailadres', { exact: true }).fill('koppelingen@salarisnoord.nl');
  await popup.getByLabel('Raamwerkcontractnummer', { exact: true }).fill('A020778899');
}

test('empty state: every field can be typed by hand, without Loket.nl', async ({ context, openPopup }) => {
  const other = await context.newPage();
  await other.goto('https://www.loket.nl/geen-pagina');
  const popup = await openPopup(other);
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue('');
  await popup.screenshot({ path: join(SHOTS, 'popup-empty.png'), fullPage: true });
  await popup.getByLabel('Werkgever ID', { exact: true }).fill('20720');
  await popup.getByLabel('Loonheffingennummer', { exact: true }).fill('1234 56 782 l01');
  await popup.getByRole('group', { name: /DGA's in de verloning/ }).getByLabel('Nee').check();
  await popup.getByRole('group', { name: 'Verloning' }).getByLabel('Per maand').check();
  await popup.getByRole('group', { name: '13e maand' }).getByLabel('Nee').check();
  await fillProfile(popup);
  // Says what was checked (format), not more.
  await expect(popup.getByText('Alle gegevens zijn compleet en juist ingevuld voor a.s.r.')).toBeVisible();
  await expect(popup.locator('[aria-invalid="true"]')).toHaveCount(0);
});

flowTest('validation as the user types: errors are marked and described, warnings do not block');

test('nothing is lost: type, close the popup at once, reopen', async ({ context, openPopup }) => {
  const loket = await context.newPage();
  await loket.goto(`${LOKET}/classic-bedrijfsgegevens.html`);
  const popup = await openPopup(loket);
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue('20720');
  await fillProfile(popup);
  await popup.getByRole('group', { name: '13e maand' }).getByLabel('Ja').check();
  await popup.getByLabel('Naam werkgever').fill('Korenschoof (eigen naam)');
  await popup.close();

  const again = await openPopup(loket);
  // Valid, so shown as one line with "Wijzigen"; opened, the fields hold what was typed.
  const profile = again.getByRole('region', { name: /Uw organisatie/ });
  await expect(profile).toContainText('Salarisbureau Noord B.V. · A020778899');
  await profile.getByRole('button', { name: /Wijzigen/ }).click();
  await expect(again.getByLabel('Bedrijfsnaam', { exact: true })).toHaveValue('Salarisbureau Noord B.V.');
  await expect(again.getByLabel('Raamwerkcontractnummer', { exact: true })).toHaveValue('A020778899');
  await expect(again.getByRole('group', { name: '13e maand' }).getByLabel('Ja')).toBeChecked();
  await expect(again.getByLabel('Naam werkgever')).toHaveValue('Korenschoof (eigen naam)');

  // A later capture does not overwrite what the user typed; the popup shows the difference.
  await loket.reload();
  await loket.waitForTimeout(300);
  const third = await openPopup(loket);
  await expect(third.getByLabel('Naam werkgever')).toHaveValue('Korenschoof (eigen naam)');
  await expect(third.getByText('Loket.nl toont:')).toContainText('Bakkerij De Korenschoof B.V.');
});

test('a browser restart keeps what was typed', async () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'koppelhulp-'));
  const first = (await launchWithExtension({ userDataDir })) as { context: BrowserContext; extensionId: string };
  const page = await first.context.newPage();
  await page.goto(`${LOKET}/classic-bedrijfsgegevens.html`);
  let popup = (await openPopupPage(first.context, first.extensionId, page)) as Page;
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue('20720');
  await popup.getByLabel('E-mailadres', { exact: true }).fill('na-herstart@salarisnoord.nl');
  await popup.waitForTimeout(350);
  await first.context.close();

  const second = (await launchWithExtension({ userDataDir })) as { context: BrowserContext; extensionId: string };
  const other = await second.context.newPage();
  await other.goto('https://www.asr.nl/nergens');
  popup = (await openPopupPage(second.context, second.extensionId, other)) as Page;
  await expect(popup.getByLabel('E-mailadres', { exact: true })).toHaveValue('na-herstart@salarisnoord.nl');
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue('20720');
  await second.context.close();
});

test('the employer switcher lists saved employers and starts a new one, stored only once typed', async ({ context, openPopup, readStorage }) => {
  const page = await context.newPage();
  await page.goto(`${LOKET}/classic-bedrijfsgegevens.html`);
  await page.waitForTimeout(200);
  await page.goto(`${LOKET}/new-ui-bedrijfsgegevens.html`);
  const popup = await openPopup(page);
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue('b14acd0d-75d7-4fc8-8b22-4a3924585cab');
  const switcher = popup.getByLabel('Werkgever', { exact: true });
  await expect(switcher.locator('option')).toHaveCount(2);
  await expect(switcher.locator('option').filter({ hasText: '20720' })).toHaveCount(1);
  await switcher.selectOption({ label: (await switcher.locator('option').filter({ hasText: '20720' }).textContent())! });
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue('20720');
  await popup.getByRole('button', { name: /Nieuwe werkgever/ }).click();
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue('');
  await expect(switcher.locator('option')).toHaveCount(3);
  await popup.getByRole('button', { name: /Nieuwe werkgever/ }).click();
  await popup.waitForTimeout(300);
  // Clicking "Nieuwe werkgever" stores nothing; typing does.
  expect(Object.keys(employersIn(await readStorage()))).toHaveLength(2);
  await popup.getByLabel('Naam werkgever').fill('Nieuw B.V.');
  await expect.poll(async () => Object.keys(employersIn(await readStorage())).length).toBe(3);
});

test('away from a.s.r. there is no fill button; "a.s.r.-formulier openen" goes to the form, where it was last found', async ({ context, openPopup }) => {
  const loket = await context.newPage();
  await loket.goto(`${LOKET}/classic-bedrijfsgegevens.html`);
  let popup = await openPopup(loket);
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue('20720');
  await expect(popup.getByRole('button', { name: /^Invullen/ })).toHaveCount(0);
  const open = popup.getByRole('button', { name: 'a.s.r.-formulier openen' });
  await expect(open).toHaveAccessibleDescription(/nieuw tabblad/);
  const [landing] = await Promise.all([context.waitForEvent('page'), open.click()]);
  await expect(landing).toHaveURL(/^https:\/\/www\.asr\.nl\/salarisverwerkers/);

  // Once the popup has seen the form on an a.s.r. tab, the button opens that form itself.
  const form = await context.newPage();
  await form.goto('https://www.asr.nl/plain-form.html');
  const onForm = await openPopup(form);
  await expect(onForm.getByRole('button', { name: /^Invullen/ })).toBeEnabled();
  await onForm.close();
  popup = await openPopup(loket);
  const [opened] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'a.s.r.-formulier openen' }).click()]);
  await expect(opened).toHaveURL('https://www.asr.nl/plain-form.html');
});

test('the popup copies the registration as plain text and switches to English', async ({ context, openPopup }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const loket = await context.newPage();
  await loket.goto(`${LOKET}/classic-bedrijfsgegevens.html`);
  const popup = await openPopup(loket);
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue('20720');
  await popup.getByRole('button', { name: 'Kopiëren als tekst' }).click();
  await expect(popup.getByRole('button', { name: /Gekopieerd/ })).toBeVisible();
  const copied = await popup.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Werkgever ID: 20720');
  expect(copied).toContain('123456782L01');
  await popup.getByRole('button', { name: 'English' }).click();
  await expect(popup.getByRole('button', { name: 'Nederlands' })).toBeVisible();
  await expect(popup.getByText('Your organisation')).toBeVisible();
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue('20720');
});

test('the stage and the days of steps 3 and 4 are typed dd-mm-jjjj, checked, and kept per employer', async ({ context, openPopup, readStorage }) => {
  const pad = (n: number) => String(n).padStart(2, '0');
  const now = new Date();
  const day = (days: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const dutch = (d: Date) => `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()}`;
  const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const loket = await context.newPage();
  await loket.goto(`${LOKET}/classic-bedrijfsgegevens.html`);
  const popup = await openPopup(loket);
  await popup.getByLabel('Fase', { exact: true }).selectOption('wacht-op-keylane');
  const contact = popup.getByLabel('Keylane nam contact op');
  // Something that happened cannot lie ahead; a day that does not exist is no day.
  await contact.fill(dutch(day(1)));
  await expect(popup.getByRole('alert').filter({ hasText: 'Deze datum ligt in de toekomst' })).toBeVisible();
  await expect(contact).toHaveAttribute('aria-invalid', 'true');
  await contact.fill('31-02-2026');
  await expect(popup.getByRole('alert').filter({ hasText: 'Geen geldige datum' })).toBeVisible();
  await contact.fill(dutch(day(-3)));
  await expect(contact).not.toHaveAttribute('aria-invalid', /.*/);

  // Step 4: the contact day goes along; the confirmation is today; the first exchange may lie ahead and starts empty.
  await popup.getByLabel('Fase', { exact: true }).selectOption('bevestigd');
  await expect(popup.getByLabel('Keylane nam contact op')).toHaveValue(dutch(day(-3)));
  await expect(popup.getByLabel('Bevestigd op')).toHaveValue(dutch(day(0)));
  await expect(popup.getByLabel('Eerste uitwisseling')).toHaveValue('');
  await popup.getByLabel('Eerste uitwisseling').fill(dutch(day(40)).replace(/-/g, '/'));
  const status = async () => (Object.values(employersIn(await readStorage()))[0] as { draft: { status: unknown } } | undefined)?.draft.status;
  await expect.poll(status).toMatchObject({ stage: 'bevestigd', keylaneContactDate: iso(day(-3)), firstExchangeDate: iso(day(40)) });
  await popup.close();
  const again = await openPopup(loket);
  await expect(again.getByLabel('Fase', { exact: true })).toHaveValue('bevestigd');
  await expect(again.getByLabel('Eerste uitwisseling')).toHaveValue(dutch(day(40)));
  await expect(again.getByLabel('Keylane nam contact op')).toHaveValue(dutch(day(-3)));
});

test('DGA rows: answer, add, check, remove, and they are kept', async ({ context, openPopup }) => {
  const loket = await context.newPage();
  await loket.goto(`${LOKET}/classic-bedrijfsgegevens.html`);
  const popup = await openPopup(loket);
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue('20720');
  const question = popup.getByRole('group', { name: /DGA's in de verloning/ });
  await question.getByLabel('Ja').check();
  await expect(popup.getByLabel('Naam DGA')).toHaveCount(1);
  await popup.getByLabel('Naam DGA').fill('Jan de Vries');
  await popup.getByLabel('Personeelsnummer').fill('1001');
  await popup.getByRole('button', { name: 'DGA toevoegen', exact: true }).click();
  await expect(popup.getByLabel('Naam DGA')).toHaveCount(2);
  await popup.getByLabel('Naam DGA').nth(1).fill('Petra Jansen');
  const second = popup.getByLabel('Personeelsnummer').nth(1);
  await second.fill('1001');
  await expect(second).toHaveAttribute('aria-invalid', 'true');
  await second.fill('12a');
  await expect(second).toHaveAttribute('aria-invalid', 'true');
  await second.fill('1002');
  await expect(second).not.toHaveAttribute('aria-invalid', 'true');
  await popup.getByLabel('Naam DGA').nth(1).fill('Weg ermee');
  await popup.getByRole('button', { name: 'Verwijder DGA 2' }).click();
  await expect(popup.getByLabel('Naam DGA')).toHaveCount(1);
  await popup.close();

  const again = await openPopup(loket);
  await expect(again.getByRole('group', { name: /DGA's in de verloning/ }).getByLabel('Ja')).toBeChecked();
  await expect(again.getByLabel('Naam DGA')).toHaveCount(1);
  await expect(again.getByLabel('Naam DGA')).toHaveValue('Jan de Vries');
  await expect(again.getByLabel('Personeelsnummer')).toHaveValue('1001');
});
