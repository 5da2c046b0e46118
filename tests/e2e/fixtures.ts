import { employersIn } from '../flows/data';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import type { Driver } from '../flows/driver';
import { chromiumDriver } from '../flows/chromium';
import { FLOWS, type FlowName } from '../flows/flows';
import { axeViolations } from './axe';
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
  /** The same context seen through the driver the shared flows (tests/flows) use. */
  driver: Driver;
  /** Automatic: axe-core checks every popup and overview page still open when a test ends (./axe.ts). */
  axeAtEnd: void;
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
  driver: async ({ context, extensionId }, use) => {
    await use(chromiumDriver(context, extensionId));
  },
  axeAtEnd: [
    async ({ context }, use) => {
      await use();
      // The state each test ends in; specs check the states they pass through with expectNoAxeViolations.
      const pages = context.pages().filter((p) => !p.isClosed() && p.url().startsWith('chrome-extension://'));
      const found: string[] = [];
      for (const page of pages) {
        const path = new URL(page.url()).pathname;
        found.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
      }
      expect(found, 'axe-core on the popup and overview pages open at the end of the test').toEqual([]);
    },
    { auto: true },
  ],
  readStorage: async ({ context }, use) => {
    await use(async () => {
      const [worker] = context.serviceWorkers();
      return worker!.evaluate(() => chrome.storage.local.get(null));
    });
  },
});

export { expect };

/** A flow shared with the Firefox tests (tests/flows/flows.ts), run here in Chromium. */
export function flowTest(name: FlowName) {
  test(name, ({ driver }) => FLOWS[name](driver));
}

export { SHOTS } from '../flows/driver';

export { employersIn };

/** Waits until the background has stored a company capture with this Werkgever ID. */
export async function waitForCapture(readStorage: () => Promise<Record<string, unknown>>, werkgeverId: string) {
  await expect
    .poll(async () => JSON.stringify(employersIn(await readStorage())), { timeout: 5000 })
    .toContain(werkgeverId);
}
