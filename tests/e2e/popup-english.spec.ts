// English mode, state by state: every Dutch word left on screen is either translated or is
// Loket.nl/a.s.r./employer data marked lang="nl" (screen readers pronounce it as Dutch).
// Writes a screenshot of each state (README "Screenshots": tests/screenshots/en-*.png).
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect as baseExpect, SHOTS } from './fixtures';
import { FULL } from './seed';
import { seedThroughMigration } from '../support/employers.mjs';
import { dutchLeaks } from './dutch-leaks';
import { expectNoAxeViolations } from './axe';

test.setTimeout(120_000);
const expect = baseExpect.configure({ timeout: 15_000 });
const VIEW = { width: 380, height: 600 };

async function english(openPopup: (page: Page) => Promise<Page>, page: Page): Promise<Page> {
  const popup = await openPopup(page);
  await popup.setViewportSize(VIEW);
  // The toggle appears once the popup has loaded; asking isVisible() before then answered
  // "no" and the test never switched (CI, stop 30). Wait for it in either language first.
  const toggle = popup.getByRole('button', { name: /^(English|Nederlands)$/ });
  await expect(toggle).toBeVisible();
  if ((await toggle.textContent())?.trim() === 'English') await toggle.click();
  await expect(popup.getByRole('button', { name: 'Nederlands' })).toBeVisible();
  return popup;
}

async function check(popup: Page, shot: string) {
  await popup.waitForTimeout(500); // lazy parts
  await popup.screenshot({ path: join(SHOTS, shot), fullPage: true });
  expect(await dutchLeaks(popup), shot).toEqual([]);
  await expectNoAxeViolations(popup, shot);
}

test('English mode leaves no Dutch UI words outside lang="nl", in every popup state', async ({ context, openPopup }) => {
  // Loket.nl, nothing typed: what is missing.
  const loket = await context.newPage();
  await loket.goto('https://www.loket.nl/several-administrations.html');
  const first = await english(openPopup, loket);
  await expect(first.getByLabel('Werkgever ID', { exact: true })).toHaveValue('20722');
  await check(first, 'en-loket-missing.png');
  await first.close();

  // a.s.r., ready, and after the fill.
  const [worker] = context.serviceWorkers();
  const record = { id: 'emp_a', draft: FULL.draft, loket: null, edited: [], dgaCandidates: [], updatedAt: new Date().toISOString() };
  await seedThroughMigration(worker!, { profile: FULL.profile, employers: { emp_a: record }, lastEmployerId: 'emp_a', chosenEmployerId: 'emp_a', settings: { lang: 'en' } });
  const asr = await context.newPage();
  await asr.goto('https://www.asr.nl/plain-form.html');
  const popup = await english(openPopup, asr);
  const fill = popup.getByRole('button', { name: /^Invullen|^Fill/ });
  await expect(fill).toBeEnabled();
  await check(popup, 'en-asr-ready.png');
  await fill.click();
  await expect(popup.getByRole('region', { name: /result/i })).toBeVisible();
  await check(popup, 'en-asr-report.png');
});
