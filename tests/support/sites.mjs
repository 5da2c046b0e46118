// Shared by both browsers' end-to-end tests, `npm start` and `npm run bench`, with no browser
// library: where the project lives, how a browser is found, and which local file answers a
// simulated Loket.nl or a.s.r. https address.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SITES_DIR = join(ROOT, 'tests/sites');

/**
 * The environment variable `envVar`, then the first of `names` on PATH, else one line saying
 * how to install it (`hint`).
 */
export function findExecutable(envVar, names, hint) {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar}=${fromEnv} does not exist. ${hint}`);
    return fromEnv;
  }
  for (const name of names) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH: try the next name
    }
  }
  throw new Error(hint);
}

/** CHROMIUM_PATH, then the system's `chromium` (or `chromium-browser`). */
export const findChromium = () =>
  findExecutable(
    'CHROMIUM_PATH',
    ['chromium', 'chromium-browser'],
    'Chromium niet gevonden / Chromium not found: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH=/path/to/chromium.',
  );

/** FIREFOX_PATH, then the system's `firefox-esr` (or `firefox`). */
export const findFirefox = () =>
  findExecutable(
    'FIREFOX_PATH',
    ['firefox-esr', 'firefox'],
    'Firefox niet gevonden / Firefox not found: install it (Debian: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH=/path/to/firefox.',
  );

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

/** The answer a simulated site gives for `url`, in the shape both browser libraries take. */
export function simulatedResponse(url) {
  const file = pageFileFor(url);
  if (!file) return { status: 404, contentType: 'text/html', body: '<h1>404</h1>' };
  return { status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file) };
}
