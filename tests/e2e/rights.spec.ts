import type { BrowserContext } from '@playwright/test';
import { test, expect } from './fixtures';
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

test('missing rights are named exactly, with a ready e-mail, on the employer’s view', async ({ context, openPopup }) => {
  const { company } = await employerThenRights(context, 'rights-missing');
  const popup = await openPopup(company);
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue('20720');
  // One status line that says how many are missing, and opens to name them.
  const status = popup.getByRole('region', { name: 'Rechten koppelgebruiker' });
  await expect(status.locator('summary')).toContainText('3 ontbreken');
  await status.locator('summary').click();
  const alert = popup.getByRole('alert');
  await expect(alert).toContainText('Koppeling a.s.r.');
  const missing = ['Raadplegen dienstverbanden', 'Raadplegen HRM', 'Raadplegen loonoutput beperkt'];
  for (const right of missing) await expect(alert).toContainText(`“${right}”`);
  // "Raadplegen loonoutput" is granted on the page, but it is not the required "… beperkt".
  for (const right of REQUIRED.filter((r) => !missing.includes(r))) await expect(alert).not.toContainText(right);
  await expect(alert).not.toContainText('actief');
  await expect(alert.getByRole('listitem')).toHaveCount(3);

  const mail = alert.getByRole('link', { name: /E-mail aan Loket\.nl-helpdesk/ });
  const href = (await mail.getAttribute('href'))!;
  expect(href.startsWith('mailto:api@loket.nl?subject=')).toBe(true);
  const body = decodeURIComponent(href.split('&body=')[1]!);
  for (const right of missing) expect(body).toContain(right);
  expect(body).toContain('Koppeling a.s.r.');
  expect(body).toContain('20720');
  await expect(alert.getByRole('link', { name: 'Handleiding REST API koppeling' })).toHaveAttribute(
    'href',
    /helpdesk\.loket\.nl\/hc\/nl\/articles\/360010294760/,
  );
});

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
