import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
// @ts-expect-error -- plain ESM helper shared with `npm start` and the benchmark; typed by use here.
import { launchWithExtension, openPopup as openPopupPage, tabIdOf as tabIdOfPage } from '../support/browser.mjs';

type Fixtures = {
  context: BrowserContext;
  extensionId: string;
  /** Opens popup.html?tabId=N for the tab showing `page`. */
  openPopup: (page: Page) => Promise<Page>;
  /** Everything in the extension's storage.local, read through the service worker. */
  readStorage: () => Promise<Record<string, unknown>>;
  tabIdOf: (page: Page) => Promise<number>;
};

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const { context } = (await launchWithExtension()) as { context: BrowserContext };
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await use(new URL(worker.url()).host);
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use((page: Page) => openPopupPage(context, extensionId, page) as Promise<Page>);
  },
  tabIdOf: async ({ context }, use) => {
    await use((page: Page) => tabIdOfPage(context, page) as Promise<number>);
  },
  readStorage: async ({ context }, use) => {
    await use(async () => {
      const [worker] = context.serviceWorkers();
      return worker!.evaluate(() => chrome.storage.local.get(null));
    });
  },
});

export { expect };

/** Screenshots of the popup's main states, looked at before an issue is resolved. */
export const SHOTS = join(process.cwd(), 'tests/artifacts/screenshots');

/** The stored employer records (one `employer:<id>` key each), keyed by id. */
export function employersIn(storage: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(storage)
      .filter(([key]) => key.startsWith('employer:'))
      .map(([key, record]) => [key.slice('employer:'.length), record]),
  );
}

/** Waits until the background has stored a company capture with this Werkgever ID. */
export async function waitForCapture(readStorage: () => Promise<Record<string, unknown>>, werkgeverId: string) {
  await expect
    .poll(async () => JSON.stringify(employersIn(await readStorage())), { timeout: 5000 })
    .toContain(werkgeverId);
}
