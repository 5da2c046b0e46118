import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { Driver, Element, Tab, Target } from './driver';
import { SHOTS } from './driver';
// @ts-expect-error -- plain ESM helper shared with `npm start` and the benchmark; typed by use here.
import { openPopup } from '../support/browser.mjs';

type Role = Parameters<Page['getByRole']>[0];

function locate(page: Page, target: Target): Locator {
  const scope: Page | Locator = target.within ? locate(page, target.within) : page;
  if ('role' in target) return scope.getByRole(target.role as Role, target.name === undefined ? {} : { name: target.name, exact: true });
  if ('label' in target) return scope.getByLabel(target.label, { exact: true });
  return scope.locator(target.css);
}

const element = (locator: Locator): Element => ({
  // Passed on as is: Playwright serialises the function, so it must not be wrapped in a closure.
  evaluate: (fn, arg) => locator.evaluate(fn as (e: globalThis.Element, a: unknown) => never, arg),
  click: () => locator.click(),
  fill: (value) => locator.fill(value),
});

function tab(page: Page): Tab {
  return {
    url: () => page.url(),
    goto: async (url) => {
      await page.goto(url);
    },
    // Playwright's evaluate types its argument loosely; the interface above types it for the flows.
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    all: async (target) => (await locate(page, target).all()).map(element),
    close: () => page.close(),
  };
}

/** Chromium through Playwright, on a context from tests/support/browser.mjs (the e2e fixture's). */
export function chromiumDriver(context: BrowserContext, extensionId: string): Driver {
  const pages = new WeakMap<Tab, Page>();
  const requests: string[] = [];
  context.on('request', (request) => {
    if (!/^(chrome-extension|data|blob):/.test(request.url())) requests.push(request.url());
  });
  const wrap = (page: Page) => {
    const t = tab(page);
    pages.set(t, page);
    return t;
  };
  const worker = () => context.serviceWorkers()[0]!;
  return {
    browser: 'chromium',
    open: async (url) => {
      const page = await context.newPage();
      await page.goto(url);
      return wrap(page);
    },
    openPopup: async (target) => wrap((await openPopup(context, extensionId, pages.get(target))) as Page),
    readStorage: () => worker().evaluate(() => chrome.storage.local.get(null)),
    writeStorage: (items) => worker().evaluate((i) => chrome.storage.local.set(i), items),
    requests: () => [...requests],
    screenshot: async (t, name) => {
      await pages.get(t)!.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    },
  };
}
