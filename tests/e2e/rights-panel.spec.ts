// Issue 25: step 1 where it happens. On a Loket.nl rights page of a user or a team, the panel
// marks the six rights in the page's own list and sums up what is missing; rights held through a
// team count. The panel's host has an open shadow root, which Playwright's locators enter.
import type { BrowserContext, Page } from '@playwright/test';
import { join } from 'node:path';
import { test, expect, flowTest, SHOTS } from './fixtures';
import { REQUIRED_RIGHTS } from '../../utils/loket/types';

const LOKET = 'https://www.loket.nl';

const panelOf = (page: Page) => page.getByRole('region', { name: /Koppelgebruiker|Team/ });
/** The mark drawn over the page's own row of a right (decorative: the panel's list says the same). */
const markOf = (page: Page, right: string) => page.locator(`koppelhulp-rechten .mark[data-right="${right}"]`);

async function open(context: BrowserContext, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${LOKET}/${name}.html`);
  return page;
}

/** The employer first (its Werkgever ID is what access is checked against). */
async function withEmployer(context: BrowserContext) {
  const company = await open(context, 'classic-bedrijfsgegevens');
  const [worker] = context.serviceWorkers();
  await expect.poll(() => worker!.evaluate(() => chrome.storage.local.get('lastEmployerId').then((v) => v.lastEmployerId ?? null))).not.toBeNull();
  return company;
}

flowTest('the rights panel marks the six rights on a rights page and follows a right switched on');

test('a user whose rights come partly from team Koppelingen: all six in order, each saying where from', async ({ context, readStorage, tabIdOf }) => {
  await withEmployer(context);
  const team = await open(context, 'team-koppelingen');
  await expect(panelOf(team)).toBeVisible();
  await expect.poll(async () => Object.keys((await readStorage()).rights ?? {})).toContain('team:Koppelingen');
  const user = await open(context, 'rights-team-partial');
  const panel = panelOf(user);
  await expect(panel).toHaveAccessibleName('Koppelgebruiker “Koppeling a.s.r.”');
  const rights = panel.getByRole('list', { name: 'De zes rechten' });
  for (const right of REQUIRED_RIGHTS) await expect(rights.getByRole('listitem').filter({ hasText: right })).toContainText('in orde');
  await expect(rights.getByRole('listitem').filter({ hasText: 'Raadplegen HRM' })).toContainText('individueel');
  await expect(rights.getByRole('listitem').filter({ hasText: 'Raadplegen variabele gegevens' })).toContainText('via team Koppelingen');
  // The page's own row says "Nee" for a right the team grants: its mark says it is in order anyway.
  await expect(markOf(user, 'Raadplegen variabele gegevens')).toHaveAttribute('data-state', 'granted');
  await expect(markOf(user, 'Raadplegen variabele gegevens')).toHaveText('✓');
  await expect(panel.getByText('Niets aan te vragen: er ontbreekt niets.')).toBeVisible();
  // The badge counts the team too: no "!" (the page alone lacks four rights).
  const tabId = await tabIdOf(user);
  const [worker] = context.serviceWorkers();
  await expect.poll(() => worker!.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('✓');
});

test('the popup counts the team’s rights too, and says where each comes from', async ({ context, openPopup }) => {
  const company = await withEmployer(context);
  await expect(panelOf(await open(context, 'team-koppelingen'))).toBeVisible();
  const user = await open(context, 'rights-team-partial');
  await expect(panelOf(user)).toBeVisible();
  const popup = await openPopup(company);
  await popup.getByText(/Rechten koppelgebruiker/).click();
  await expect(popup.locator('[data-state="missing"]')).toHaveCount(0);
  await expect(popup.locator('[data-state="granted"]').filter({ hasText: 'Raadplegen dienstverbanden' })).toContainText('via team Koppelingen');
  await expect(popup.locator('[data-state="granted"]').filter({ hasText: 'Toegang tot deze werkgever' })).toBeVisible();
});

test('a team whose rights were never read: its rights are "niet vastgesteld", with the team to open', async ({ context }) => {
  await withEmployer(context);
  const user = await open(context, 'rights-team-partial');
  const rights = panelOf(user).getByRole('list', { name: 'De zes rechten' });
  const open4 = ['Beheren en raadplegen BSN', 'Raadplegen dienstverbanden', 'Raadplegen loonoutput beperkt', 'Raadplegen variabele gegevens'];
  for (const right of open4) {
    const item = rights.getByRole('listitem').filter({ hasText: right });
    await expect(item).toContainText('niet vastgesteld');
    await expect(item).toContainText('Teams en Gebruikers → Teams → Koppelingen');
    await expect(markOf(user, right)).toHaveAttribute('data-state', 'undetermined');
  }
  await expect(rights.getByRole('listitem').filter({ hasText: 'Raadplegen HRM' })).toContainText('in orde');
  // Nothing is missing for sure, so nothing is asked of the helpdesk yet.
  await expect(panelOf(user).getByRole('link', { name: 'E-mail openen' })).toHaveCount(0);
});

test('a team page is captured (name, members, rights) and marked', async ({ context, readStorage }) => {
  const team = await open(context, 'team-koppelingen');
  const panel = panelOf(team);
  await expect(panel).toHaveAccessibleName('Team “Koppelingen”');
  await expect(panel).toContainText('Leden: Koppeling a.s.r., Jan Jansen');
  await expect(markOf(team, 'Raadplegen HRM')).toHaveAttribute('data-state', 'missing');
  await expect(markOf(team, 'Raadplegen dienstverbanden')).toHaveAttribute('data-state', 'granted');
  await expect.poll(async () => ((await readStorage()).rights as Record<string, { capture: unknown }> | undefined)?.['team:Koppelingen']?.capture).toMatchObject({
    kind: 'team',
    teamName: 'Koppelingen',
    members: ['Koppeling a.s.r.', 'Jan Jansen'],
  });
});

test('40 rights in groups: exactly the six are marked, and the e-mail asks for exactly the two missing', async ({ context }) => {
  await withEmployer(context);
  const page = await open(context, 'rights-forty-grouped');
  const panel = panelOf(page);
  await expect(panel).toBeVisible();
  await expect(page.locator('koppelhulp-rechten .mark')).toHaveCount(6);
  await expect(markOf(page, 'Raadplegen dienstverbanden')).toHaveAttribute('data-state', 'missing');
  await expect(markOf(page, 'Raadplegen loonoutput beperkt')).toHaveAttribute('data-state', 'missing');
  await expect(markOf(page, 'Raadplegen HRM')).toHaveAttribute('data-state', 'granted');
  // Each mark sits over the row of its own right, not over a near miss ("Raadplegen loonoutput").
  for (const right of REQUIRED_RIGHTS) {
    const mark = await markOf(page, right).boundingBox();
    const row = await page.getByText(right, { exact: true }).boundingBox();
    expect(mark && row && mark.y <= row.y && mark.y + mark.height >= row.y + row.height, right).toBe(true);
  }
  const href = await panel.getByRole('link', { name: 'E-mail openen' }).getAttribute('href');
  const body = decodeURIComponent(new URL(href!).searchParams.get('body') ?? '');
  expect(href).toMatch(/^mailto:api@loket\.nl\?/);
  const asked = body.split('\n').filter((l) => l.startsWith('- '));
  // The user's page lists no employers, so access is unchecked, not missing: only the two rights.
  expect(asked).toEqual(['- Recht “Raadplegen dienstverbanden”', '- Recht “Raadplegen loonoutput beperkt”']);
  await expect(panel).toContainText('Standaardgebruiker');
  // README "The panel on Loket.nl's rights pages" (copied to tests/screenshots/rights-panel.png).
  await page.setViewportSize({ width: 1280, height: 860 });
  await expect(markOf(page, 'Raadplegen HRM')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'rights-panel.png') });
});

test('a right switched on without a reload: the panel and the mark follow, and it is said politely', async ({ context }) => {
  await withEmployer(context);
  const page = await open(context, 'rights-switch-live');
  const panel = panelOf(page);
  const item = panel.getByRole('list', { name: 'De zes rechten' }).getByRole('listitem').filter({ hasText: 'Raadplegen variabele gegevens' });
  await expect(item).toContainText('ontbreekt');
  const status = panel.getByRole('status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toContainText('5 van de 6 rechten in orde');
  const navigations: string[] = [];
  page.on('framenavigated', (f) => navigations.push(f.url()));
  await page.getByRole('checkbox', { name: 'Raadplegen variabele gegevens' }).click();
  await expect(item).toContainText('in orde');
  await expect(markOf(page, 'Raadplegen variabele gegevens')).toHaveAttribute('data-state', 'granted');
  await expect(status).toContainText('6 van de 6 rechten in orde');
  expect(navigations).toEqual([]);
});

test('keyboard reachable, dismissable per page, and the page content never moves', async ({ context }) => {
  const page = await open(context, 'rights-missing');
  const panel = panelOf(page);
  await expect(panel).toBeVisible();
  const withPanel = await page.getByText('Raadplegen beloningen', { exact: true }).boundingBox();
  // Keyboard: Tab from the page's last control reaches the panel's buttons (the host is last in the document).
  const close = panel.getByRole('button', { name: 'Paneel sluiten voor deze pagina' });
  await page.locator('body').focus();
  let reached = false;
  for (let i = 0; i < 20 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await close.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('koppelhulp-rechten')).toHaveCount(0);
  const without = await page.getByText('Raadplegen beloningen', { exact: true }).boundingBox();
  expect(without).toEqual(withPanel);
  // Dismissed for this page only: another rights page shows it again.
  const other = await open(context, 'rights-blocked');
  await expect(panelOf(other)).toBeVisible();
});

test('no panel on a page that is not a rights page', async ({ context }) => {
  const company = await open(context, 'classic-bedrijfsgegevens');
  await expect(company.getByLabel('Werkgever ID').or(company.getByText('Werkgever ID')).first()).toBeVisible();
  await company.waitForTimeout(500);
  await expect(company.locator('koppelhulp-rechten')).toHaveCount(0);
});

test('the popup and the badge agree with the panel for the same user and employer', async ({ context, openPopup, tabIdOf }) => {
  await withEmployer(context);
  const page = await open(context, 'rights-forty-grouped');
  const panel = panelOf(page);
  await expect(markOf(page, 'Raadplegen dienstverbanden')).toHaveAttribute('data-state', 'missing');
  const panelMissing = await panel.getByRole('listitem').filter({ hasText: 'ontbreekt' }).allTextContents();
  const tabId = await tabIdOf(page);
  const [worker] = context.serviceWorkers();
  await expect.poll(() => worker!.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('!');
  const popup = await openPopup(page);
  await popup.getByText(/Rechten koppelgebruiker/).click();
  await expect(popup.locator('[data-state="missing"]')).toHaveCount(2);
  const popupMissing = await popup.locator('[data-state="missing"]').allTextContents();
  const names = (lines: string[]) => REQUIRED_RIGHTS.filter((r) => lines.some((l) => l.includes(r)));
  expect(names(panelMissing)).toEqual(['Raadplegen dienstverbanden', 'Raadplegen loonoutput beperkt']);
  expect(names(popupMissing)).toEqual(names(panelMissing));
});

test('Loket Classic in frames: when the company frame moves on to another employer, the panel beside it names that one', async ({ context }) => {
  const page = await open(context, 'frames-rights-company');
  const rights = page.frameLocator('iframe[name=rechten]');
  const panel = rights.getByRole('region', { name: /Koppelgebruiker/ });
  await expect(panel).toContainText('Werkgever ID 20720');
  // The company frame, not the whole tab, goes to another employer's page.
  await page.locator('iframe[name=bedrijf]').evaluate((frame: HTMLIFrameElement) => (frame.src = '/de-boer-bedrijfsgegevens/werkgevers/20790'));
  await expect(panel).toContainText('Werkgever ID 20790');
  await expect(panel).not.toContainText('20720');
});
