import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver, Element, Tab, Target } from './driver';
import { SHOTS } from './driver';
// @ts-expect-error -- plain ESM helper shared with other scripts; typed by use here.
import { gotoExtensionPage, launchFirefoxWithExtension, routeSimulatedSites } from '../support/firefox.mjs';

interface Launched {
  browser: Browser;
  extensionBase: string;
  proxied: string[];
  close(): Promise<void>;
}

const quoted = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * Puppeteer's ARIA selector asks Firefox's own accessibility tree (BiDi `locateNodes`), so roles
 * and names are the ones Firefox computes. A label names a form control only.
 */
function selectorFor(target: Target): string {
  if ('role' in target) {
    const name = target.name === undefined ? '' : `[name=${quoted(target.name)}]`;
    return `::-p-aria(${name}[role=${quoted(target.role)}])`;
  }
  if ('label' in target) return `::-p-aria([name=${quoted(target.label)}])`;
  return target.css;
}

async function find(page: Page, target: Target): Promise<ElementHandle[]> {
  const scope = target.within ? await handleOf(page, target.within) : page;
  const found = (await scope.$$(selectorFor(target))) as ElementHandle[];
  if (!('label' in target)) return found;
  const controls = await Promise.all(found.map((h) => h.evaluate((e) => e.matches('input, select, textarea'))));
  return found.filter((_, i) => controls[i]);
}

async function handleOf(page: Page, target: Target): Promise<ElementHandle> {
  const found = await find(page, target);
  if (found.length !== 1) throw new Error(`${found.length} elements for the scope of a query on ${page.url()}`);
  return found[0]!;
}

function element(page: Page, handle: ElementHandle): Element {
  return {
    // Passed on as is: puppeteer serialises the function, so it must not be wrapped in a closure.
    evaluate: (fn, arg) => handle.evaluate(fn as (e: globalThis.Element, a: unknown) => never, arg),
    click: () => handle.click(),
    fill: async (value) => {
      await handle.evaluate((e) => {
        (e as HTMLInputElement).focus();
        (e as HTMLInputElement).select();
      });
      if (value) await page.keyboard.type(value);
      else await page.keyboard.press('Backspace');
    },
  };
}

function tab(page: Page, startUrl: string): Tab {
  let current = startUrl;
  return {
    // Puppeteer follows pushState on web pages but not extension pages (no load event there).
    url: () => (current.startsWith('moz-extension://') ? current : page.url()),
    goto: async (url) => {
      current = url;
      if (url.startsWith('moz-extension://')) await gotoExtensionPage(page, url);
      else await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    all: async (target) => (await find(page, target)).map((h) => element(page, h)),
    close: () => page.close(),
  };
}

export type FirefoxDriver = Driver & {
  /** Back to a fresh start without a new browser: tabs closed, storage and request log emptied. */
  reset(): Promise<void>;
  /** Screenshots of every open tab under tests/artifacts/screenshots/firefox/failed-<name>-N.png. */
  screenshotTabs(name: string): Promise<void>;
  close(): Promise<void>;
};

/** Firefox ESR with the Firefox build, through puppeteer-core over WebDriver BiDi. */
export async function launchFirefoxDriver(): Promise<FirefoxDriver> {
  const launched = (await launchFirefoxWithExtension()) as Launched;
  const { browser: firefox, extensionBase } = launched;
  mkdirSync(join(SHOTS, 'firefox'), { recursive: true });
  const requests: string[] = [];
  const record = (url: string) => {
    if (!/^(moz-extension|data|blob):/.test(url)) requests.push(url);
  };
  const pages = new WeakMap<Tab, Page>();

  // One extension page reads and writes storage and looks up tab ids (there is no background
  // worker to evaluate in, as there is in Chromium).
  let helper: Promise<Page> | undefined;
  const extensionPage = () =>
    (helper ??= firefox.newPage().then(async (page) => {
      await gotoExtensionPage(page, `${extensionBase}/popup.html?helper`);
      return page;
    }));

  const newTab = async (url: string) => {
    const page = await firefox.newPage();
    await routeSimulatedSites(page, record);
    const t = tab(page, url);
    pages.set(t, page);
    return { page, tab: t };
  };

  const driver: FirefoxDriver = {
    browser: 'firefox',
    open: async (url) => {
      const { tab: t } = await newTab(url);
      await t.goto(url);
      return t;
    },
    openPopup: async (target) => {
      const helperPage = await extensionPage();
      // Puppeteer's ids are not WebExtension tab ids: ask the extension, newest tab first.
      const tabId = await helperPage.evaluate(async (wanted) => {
        const tabs = await browser.tabs.query({});
        const ids = (list: typeof tabs) => Math.max(-1, ...list.map((t) => t.id ?? -1));
        // Without the "tabs" permission the URL of a page outside our hosts is hidden: then the
        // newest tab that is not one of our own pages (flows open the page right before this).
        const exact = ids(tabs.filter((t) => t.url === wanted));
        return exact >= 0 ? exact : ids(tabs.filter((t) => !t.url?.startsWith('moz-extension://')));
      }, target.url());
      if (tabId < 0) throw new Error(`no tab for ${target.url()}`);
      const popupUrl = `${extensionBase}/popup.html?tabId=${tabId}`;
      const { page, tab: popup } = await newTab(popupUrl);
      await page.setViewport({ width: 380, height: 900 }).catch((error: unknown) => {
        // puppeteer sets the viewport, then a screen orientation that Firefox ESR 140's WebDriver
        // BiDi does not know ("unknown command: emulation.setScreenOrientationOverride"); the
        // viewport itself is set by then. Anything else is a real failure.
        if (!String(error).includes('setScreenOrientationOverride')) throw error;
      });
      await popup.goto(popupUrl);
      return popup;
    },
    readStorage: async () => (await extensionPage()).evaluate(() => browser.storage.local.get(null)),
    writeStorage: async (items) => {
      await (await extensionPage()).evaluate((i) => browser.storage.local.set(i), items);
    },
    requests: () => [...requests, ...launched.proxied],
    reset: async () => {
      const keep = helper ? await helper : undefined;
      await Promise.all((await firefox.pages()).filter((p) => p !== keep).map((p) => p.close()));
      await keep?.evaluate(() => Promise.all([browser.storage.local.clear(), browser.storage.session.clear()]));
      requests.length = 0;
      launched.proxied.length = 0;
    },
    screenshot: async (t, name) => {
      await pages.get(t)!.screenshot({ path: join(SHOTS, 'firefox', `${name}.png`), fullPage: true });
    },
    screenshotTabs: async (name) => {
      for (const [i, page] of (await firefox.pages()).entries()) {
        await page.screenshot({ path: join(SHOTS, 'firefox', `failed-${name}-${i}.png`), fullPage: true }).catch(() => undefined);
      }
    },
    close: () => launched.close(),
  };
  return driver;
}
