import type { BrowserContext } from '@playwright/test';
import { seedThroughMigration } from '../support/employers.mjs';
import { FULL, registrationItems } from '../flows/data';

export { FULL };

/** A complete registration, written straight into storage. */
export async function seedRegistration(
  context: BrowserContext,
  draft: Partial<typeof FULL.draft> = {},
  profile: Partial<typeof FULL.profile> = {},
) {
  const [worker] = context.serviceWorkers();
  // Written in the single-item form of older versions: the background moves it to one key per
  // employer (its migration), so the seed needs no copy of the storage layout.
  await seedThroughMigration(worker!, registrationItems(draft, profile));
}
