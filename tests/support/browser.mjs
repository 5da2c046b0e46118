// Chromium (Playwright) side of the end-to-end support, shared by the tests, `npm start` and
// `npm run bench`: load the built extension and serve the simulated Loket.nl and a.s.r. pages at
// their real https addresses.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ROOT, SITES_DIR, findChromium, pageFileFor, simulatedResponse } from './sites.mjs';

export { ROOT, SITES_DIR, findChromium, pageFileFor };
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

export async function routeSimulatedSites(context) {
  await context.route(/^https:\/\//, (route) => route.fulfill(simulatedResponse(route.request().url())));
}

/** Launches Chromium with the built extension; returns the context and the extension id. */
export async function launchWithExtension({ headless = true, userDataDir = '', extensionDir = EXTENSION_DIR, withExtension = true } = {}) {
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const args = [
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-gpu',
    '--disable-quic',
    '--lang=nl-NL',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless,
    args,
    chromiumSandbox: false,
    viewport: { width: 1100, height: 800 },
  });
  await routeSimulatedSites(context);
  let extensionId = null;
  if (withExtension) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 10_000 });
    extensionId = new URL(worker.url()).host;
  }
  return { context, extensionId };
}

/** Opens the popup as a page acting on `tab` (how tests drive it: the toolbar cannot be clicked). */
export async function openPopup(context, extensionId, tabPage) {
  const tabId = await tabIdOf(context, tabPage);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** The browser's tab id of a Playwright page, asked through the extension's own API. */
export async function tabIdOf(context, page) {
  const worker = context.serviceWorkers()[0];
  const url = page.url();
  return worker.evaluate(async (wanted) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === wanted);
    if (tab?.id !== undefined) return tab.id;
    // Without the "tabs" permission the URL of a page outside our hosts is hidden: take the
    // newest tab that is not one of our own pages (tests open the page right before this).
    const others = tabs.filter((t) => !t.url?.startsWith('chrome-extension://'));
    return others.reduce((max, t) => Math.max(max, t.id ?? -1), -1);
  }, url);
}
