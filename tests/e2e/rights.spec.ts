import type { BrowserContext } from '@playwright/test';
import { test, expect, flowTest } from './fixtures';
import { REQUIRED_RIGHTS } from '../../utils/loket/types';

const LOKET = 'https://www.loket.nl';

async function employerThenRights(context: BrowserContext, rightsPage: string, companyPage = 'classic-bedrijfsgegevens') {
  const company = await context.newPage();
  await company.goto(`${LOKET}/${companyPage}.html`);
  const rights = await context.newPage();
  await rights.goto(`${LOKET}/${rightsPage}.html`);
  await rights.waitForTimeout(300);
  return { company, rights };
}

const REQUIRED: readonly string[] = REQUIRED_RIGHTS;

flowTest('missing rights are named exactly, with a ready e-mail, on the employer’s view');

test('all rights granted: no warning, every item in order', async ({ context, openPopup }) => {
  const { company } = await employerThenRights(context, 'rights-all-granted');
  const popup = await openPopup(company);
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue('20720');
  await popup.getByText(/Rechten koppelgebruiker/).click();
  await expect(popup.locator('[data-state="granted"]')).toHaveCount(9);
  await expect(popup.locator('[data-state="missing"]')).toHaveCount(0);
  await expect(popup.getByRole('alert')).toHaveCount(0);
});

test('a webservice user is flagged; access not shown stays unchecked with where to look', async ({ context, openPopup }) => {
  const { company } = await employerThenRights(context, 'rights-webservice');
  const popup = await openPopup(company);
  await popup.getByText(/Rechten koppelgebruiker/).click();
  const alert = popup.getByRole('alert');
  await expect(alert).toContainText('geen webservicegebruiker');
  await expect(alert).toContainText('Raadplegen HRM');
  await expect(alert).not.toContainText('Raadplegen beloningen');
  const access = popup.locator('[data-state="unchecked"]').filter({ hasText: 'Toegang tot deze werkgever' });
  await expect(access).toContainText('Teams en Gebruikers');
});

test('a blocked user is flagged, also in the popup opened on the rights page itself', async ({ context, openPopup }) => {
  const { rights } = await employerThenRights(context, 'rights-blocked', 'several-administrations');
  const popup = await openPopup(rights);
  await popup.getByText(/Rechten koppelgebruiker/).click();
  const alert = popup.getByRole('alert');
  await expect(alert).toContainText('Karin van den Bos');
  await expect(alert).toContainText('Gebruiker is actief (niet geblokkeerd)');
  await expect(alert).toContainText('Raadplegen loonoutput beperkt');
  await expect(alert).toContainText('Raadplegen variabele gegevens');
  await expect(alert).not.toContainText('Raadplegen HRM');
});

test('a rights check older than 30 days is shown as possibly outdated', async ({ context, openPopup, readStorage }) => {
  const { company } = await employerThenRights(context, 'rights-all-granted');
  const stored = (await readStorage()).rights as Record<string, { readAt: string }>;
  const old = Object.fromEntries(
    Object.entries(stored).map(([user, record]) => [user, { ...record, readAt: '2026-09-01T08:00:00.000Z' }]),
  );
  const [worker] = context.serviceWorkers();
  await worker!.evaluate((rights) => chrome.storage.local.set({ rights }), old);
  const popup = await openPopup(company);
  await popup.getByText(/Rechten koppelgebruiker/).click();
  await expect(popup.getByText(/mogelijk verouderd/)).toBeVisible();
});

test('rights listed without a visible state are "niet vastgesteld" with where to look, never in order', async ({ context, openPopup }) => {
  const { company } = await employerThenRights(context, 'rights-listed-no-state');
  const popup = await openPopup(company);
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue('20720');
  // Open by itself: the user has to look these up.
  const undetermined = popup.locator('[data-state="undetermined"]');
  await expect(undetermined).toHaveCount(REQUIRED.length);
  for (const right of REQUIRED) {
    const item = undetermined.filter({ hasText: right });
    await expect(item).toContainText('niet vastgesteld');
    await expect(item).toContainText('Gebruikers AK');
  }
  // None of them counts as granted, and none as missing either (no e-mail asking for them).
  for (const right of REQUIRED) await expect(popup.locator('[data-state="granted"]').filter({ hasText: right })).toHaveCount(0);
  await expect(popup.getByRole('alert')).toHaveCount(0);
  await popup.getByRole('button', { name: 'English' }).click();
  await expect(undetermined.first()).toContainText('not determined');
  await expect(undetermined.first()).toContainText('open the link user');
});
