// What the overview's specs share: seeding a portfolio through the real migration, reading the
// stored employers back, and opening the page once every column is loaded.
import type { BrowserContext, Page } from '@playwright/test';
import { expect as baseExpect, employersIn } from './fixtures';
import { legacyStore, seedThroughMigration } from '../support/employers.mjs';

const expect = baseExpect.configure({ timeout: 15_000 });

export type Stored = { id: string; draft: Record<string, unknown> & { werkgeverNaam: string; werkgeverId: string; loonheffingennummer: string; status: { stage: string; since?: string }; dgas: { naam: string; personeelsnummer: string }[] }; updatedAt: string } & Record<string, unknown>;
export type Portfolio = { employers: Record<string, Stored>; rights: Record<string, unknown> };

export const PROFILE = { bedrijfsnaam: 'Salarisbureau Noord B.V.', email: 'koppelingen@salarisnoord.nl', raamwerkcontractnummer: 'A020778899' };

/** `extra`: other stored items (settings, …) seeded along. */
export async function seed(context: BrowserContext, portfolio: Portfolio, extra: Record<string, unknown> = {}) {
  const [worker] = context.serviceWorkers();
  // @ts-expect-error -- the generator's records are the stored shape; its types are stricter than this spec's.
  await seedThroughMigration(worker!, { ...legacyStore(portfolio.employers, portfolio.rights), profile: PROFILE, ...extra });
}

export async function stored(context: BrowserContext): Promise<Record<string, Stored>> {
  const [worker] = context.serviceWorkers();
  return employersIn(await worker!.evaluate(() => chrome.storage.local.get(null))) as Record<string, Stored>;
}

export async function openOverview(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/overview.html`);
  await expect(page.getByRole('table')).toBeVisible();
  // The first rows come from the index entries; every column once the records are read.
  await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false');
  return page;
}
