// Firefox side of the end-to-end support: headless Firefox (ESR) over WebDriver BiDi with
// puppeteer-core, the Firefox build installed as a temporary add-on, the simulated Loket.nl and
// a.s.r. pages served at their real https addresses, and every request that would leave the
// machine caught by a local proxy.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT, findFirefox, simulatedResponse } from './sites.mjs';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');

/**
 * A proxy that answers nothing and writes down what reached it. Firefox sends every request it
 * does not get from a simulated site or from the extension's own package here, so the list is
 * what would have gone over the network.
 */
async function startRecordingProxy() {
  const seen = [];
  const server = createServer((request, response) => {
    seen.push(request.url ?? '');
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    seen.push(`https://${request.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { port, seen, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Launches Firefox with the Firefox build installed. The add-on's internal UUID is fixed before
 * launch, so its pages live at a known `moz-extension://<uuid>/` address.
 */
export async function launchFirefoxWithExtension({ headless = true, extensionDir = FIREFOX_EXTENSION_DIR } = {}) {
  const manifestFile = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`No Firefox build in ${extensionDir}: run \`npm run build\` first.`);
  const geckoId = JSON.parse(readFileSync(manifestFile, 'utf8')).browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const proxy = await startRecordingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless,
    // Without it Firefox refuses to navigate a tab to a moz-extension:// page over BiDi.
    args: ['--remote-allow-system-access'],
    // Lets the remote-settings server be the dummy set below, so that Firefox's own settings
    // sync stays silent instead of reaching the proxy (release builds ignore the pref without it).
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      'intl.locale.requested': 'nl-NL',
      'intl.accept_languages': 'nl-NL, nl',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      // Firefox's own background traffic, so that what reaches the proxy is ours to explain.
      // (This dummy, in automation, makes remote settings skip all remote activity.)
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.connectivity-service.enabled': false,
      'network.captive-portal-service.enabled': false,
      'browser.newtabpage.enabled': false,
      // Tests open the popup as a tab of its own, which sends the Loket.nl or a.s.r. tab to the
      // background, where Firefox delays timers to once a second. A real toolbar popup leaves
      // that tab in front. (Playwright's Chromium runs with background throttling off too.)
      'dom.min_background_timeout_value': 4,
      'dom.min_background_timeout_value_without_budget_throttling': 4,
      'dom.timeout.enable_budget_timer_throttling': false,
      'browser.startup.page': 0,
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    await proxy.close();
    throw error;
  }
  return {
    browser,
    extensionBase: `moz-extension://${uuid}`,
    /** URLs that reached the proxy: requests that would have left the machine. */
    proxied: proxy.seen,
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}

/**
 * Serves the simulated sites in this tab (interception is per tab in BiDi) and reports every
 * request the tab makes to `onRequest`. Anything not https (moz-extension:, data:) passes.
 */
export async function routeSimulatedSites(page, onRequest = () => undefined) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    onRequest(url);
    if (!url.startsWith('https://')) return void request.continue();
    return void request.respond(simulatedResponse(url));
  });
}

/**
 * Navigates `page` to an extension page. Firefox sends no load event for extension documents
 * over BiDi, so `page.goto` would time out: navigate without waiting, then wait for the document.
 */
export async function gotoExtensionPage(page, url, timeout = 10_000) {
  await page.mainFrame().browsingContext.navigate(url, 'none');
  const until = Date.now() + timeout;
  for (;;) {
    const ready = await page
      .evaluate(() => [location.href, document.readyState])
      .catch(() => ['', 'loading']); // the old document may be going away meanwhile
    if (ready[0] === url && ready[1] === 'complete') return;
    if (Date.now() > until) throw new Error(`${url} did not load within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
