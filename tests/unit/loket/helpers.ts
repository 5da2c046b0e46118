import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const SITES_DIR = join(__dirname, '..', '..', 'sites', 'loket');

export function pageNames(): string[] {
  return readdirSync(SITES_DIR).filter((f) => f.endsWith('.html')).sort();
}

export function readSite(name: string): string {
  return readFileSync(join(SITES_DIR, name), 'utf8');
}

/** Static parse (scripts do not run): what the page shows before any page script. */
export function parseSite(name: string): Document {
  return new DOMParser().parseFromString(readSite(name), 'text/html');
}

/**
 * A separate happy-dom window with page scripts enabled, at a loket.nl URL, for the late-render
 * and SPA pages. Only our own fixture files are loaded into it.
 */
export function openSite(name: string, url = `https://www.loket.nl/${name}`): Window {
  const window = new Window({ url, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true, disableCSSFileLoading: true } });
  window.document.write(readSite(name));
  return window;
}

/** happy-dom's Document type is structurally the DOM's; our code takes the DOM's. */
export function asDocument(window: Window): Document {
  return window.document as unknown as Document;
}

/** BSN-like (eleven-test valid) nine-digit numbers the fixture pages place next to read fields. */
export const FIXTURE_BSNS = ['111222333'];
