// Shared by the end-to-end tests, `npm start` and `npm run bench`: find Chromium, load the built
// extension, and serve the simulated Loket.nl and a.s.r. pages at their real https addresses.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const SITES_DIR = join(ROOT, 'tests/sites');

const INSTALL_HINT =
  'Chromium niet gevonden / Chromium not found: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH=/path/to/chromium.';

/** CHROMIUM_PATH, then the system's `chromium` (or `chromium-browser`), else a one-line explanation. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. ${INSTALL_HINT}`);
    return fromEnv;
  }
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH: try the next name
    }
  }
  throw new Error(INSTALL_HINT);
}

/**
 * Site families served from tests/sites: `https://<any>.loket.nl/<page>.html` serves
 * tests/sites/loket/<page>.html; deeper paths (`/<page>/...`, single-page-app routes after a
 * reload) serve the same page. Unknown pages answer 404, like a real server.
 */
const SITE_ROUTES = [
  { pattern: /^https:\/\/([a-z0-9-]+\.)*loket(-acc)?\.nl\//, dir: 'loket' },
  { pattern: /^https:\/\/([a-z0-9-]+\.)*asr\.nl\//, dir: 'asr' },
  // A look-alike host that is not a.s.r.: it must never be filled.
  { pattern: /^https:\/\/asr\.nl\.example\.com\//, dir: 'asr' },
];

export function pageFileFor(url) {
  const site = SITE_ROUTES.find((s) => s.pattern.test(url));
  if (!site) return null;
  const { pathname } = new URL(url);
  const first = pathname.split('/').filter(Boolean)[0] ?? 'index.html';
  const name = first.endsWith('.html') ? first : `${first}.html`;
  const file = join(SITES_DIR, site.dir, name);
  return existsSync(file) ? file : null;
}

export async function routeSimulatedSites(context) {
  await context.route(/^https:\/\//, async (route) => {
    const file = pageFileFor(route.request().url());
    if (!file) return route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>404</h1>' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
  });
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
