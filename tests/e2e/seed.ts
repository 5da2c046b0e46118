import type { BrowserContext } from '@playwright/test';
import { FULL, registrationItems } from '../flows/data';

export { FULL };

/** A complete registration, written straight into storage the way the popup stores it. */
export async function seedRegistration(
  context: BrowserContext,
  draft: Partial<typeof FULL.draft> = {},
  profile: Partial<typeof FULL.profile> = {},
) {
  const [worker] = context.serviceWorkers();
  await worker!.evaluate((items) => chrome.storage.local.set(items), registrationItems(draft, profile));
}
