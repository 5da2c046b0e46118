import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

// A snapshot of what the extension may touch: any change here must be a deliberate review.
const read = (dir: string) => JSON.parse(readFileSync(join(process.cwd(), '.output', dir, 'manifest.json'), 'utf8'));

test('Chrome manifest asks for the minimum', () => {
  const manifest = read('chrome-mv3');
  expect(manifest.manifest_version).toBe(3);
  // unlimitedStorage: a large portfolio would fill half the 10 MB quota (README, Permissions).
  // scripting: the Loket.nl reader is injected only into frames that may hold a capture, the
  // a.s.r. filler only when a probe or fill is asked.
  expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage', 'scripting']);
  expect(manifest.host_permissions).toEqual(['https://*.loket.nl/*', 'https://*.loket-acc.nl/*', 'https://*.asr.nl/*']);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  expect(manifest.default_locale).toBe('nl');
  const matches = manifest.content_scripts.map((c: { matches: string[] }) => c.matches).flat().sort();
  expect(matches).toEqual(['https://*.asr.nl/*', 'https://*.loket-acc.nl/*', 'https://*.loket.nl/*']);
  // Always on: the Loket.nl first stage and the small in-page button on a.s.r.; the reader and
  // the filler are injected on demand (and not exposed to pages as web-accessible resources).
  const scripts = manifest.content_scripts.map((c: { js: string[] }) => c.js).flat().sort();
  expect(scripts).toEqual(['content-scripts/asr-button.js', 'content-scripts/loket.js']);
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  expect(manifest.content_security_policy ?? {}).toEqual({});
  expect(manifest.icons['128']).toBeTruthy();
  // The options entry is the overview of all employers, in a tab.
  expect(manifest.options_ui).toEqual({ page: 'overview.html', open_in_tab: true });
  // A shortcut opens the popup: no permission needed.
  expect(Object.keys(manifest.commands)).toEqual(['_execute_action']);
});

test('Firefox manifest carries a gecko id and declares no data collection', () => {
  const manifest = read('firefox-mv2');
  expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
  expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  expect(manifest.permissions.sort()).toEqual(
    ['https://*.asr.nl/*', 'https://*.loket-acc.nl/*', 'https://*.loket.nl/*', 'scripting', 'storage', 'unlimitedStorage'].sort(),
  );
  const scripts = manifest.content_scripts.map((c: { js: string[] }) => c.js).flat().sort();
  expect(scripts).toEqual(['content-scripts/asr-button.js', 'content-scripts/loket.js']);
});

test('the extension name and description are Dutch by default, English available', () => {
  const nl = JSON.parse(readFileSync(join(process.cwd(), '.output/chrome-mv3/_locales/nl/messages.json'), 'utf8'));
  const en = JSON.parse(readFileSync(join(process.cwd(), '.output/chrome-mv3/_locales/en/messages.json'), 'utf8'));
  expect(nl.extName.message).toContain('a.s.r.');
  expect(nl.extDescription.message).toMatch(/Loket\.nl/);
  expect(nl.extDescription.message).toMatch(/aanmeldformulier/);
  expect(en.extDescription.message).toMatch(/registration form/);
});
