import { join } from 'node:path';
import { test, expect } from '@playwright/test';
// @ts-expect-error -- plain ESM helper shared with `npm run bench`.
import { BUDGETS, alwaysOnScripts, bundleSizes, contentBudget, kindLabel, overviewGzip, pageFiles, panelGzip, popupGzip } from '../bench/sizes.mjs';
import { readFileSync } from 'node:fs';

type Size = { file: string; kind: string; bytes: number; gzip: number };

// Budgets on bytes, not timings: sizes are exact on any machine, timings are reported by `npm run bench`.
test('the always-on Loket.nl first stage stays within 4 kB gzip, its reader within 13 kB, the a.s.r. filler within 16 kB, its further ways and its fill button within 4 kB each, the popup within 90 kB', () => {
  const sizes = bundleSizes(join(process.cwd(), '.output/chrome-mv3')) as Size[];
  const content = sizes.filter((s) => s.kind === 'content');
  // Always on: loket.js (the first stage) and asr-button.js. On demand: loket-reader.js, injected
  // only into frames that may hold a capture, and asr.js, the filler, with asr-ways.js, injected only on a probe or fill.
  expect(content.map((s) => s.file).sort()).toEqual(['content-scripts/asr-button.js', 'content-scripts/asr-ways.js', 'content-scripts/asr.js', 'content-scripts/loket-reader.js', 'content-scripts/loket.js']);
  // The listing says which run on every page: the filler is not among them.
  const alwaysOn = alwaysOnScripts(join(process.cwd(), '.output/chrome-mv3')) as Set<string>;
  expect(Object.fromEntries(content.map((s) => [s.file, kindLabel(s, alwaysOn)]))).toEqual({
    'content-scripts/asr-button.js': 'content, always on',
    'content-scripts/asr-ways.js': 'content, on demand',
    'content-scripts/asr.js': 'content, on demand',
    'content-scripts/loket-reader.js': 'content, on demand',
    'content-scripts/loket.js': 'content, always on',
  });
  for (const script of content) {
    expect(script.gzip, `${script.file} gzip bytes`).toBeLessThanOrEqual(contentBudget(script.file));
  }
  expect(sizes.some((s) => s.kind === 'popup' && s.file.endsWith('.css'))).toBe(true);
  expect(popupGzip(sizes), 'popup JS + CSS gzip bytes').toBeLessThanOrEqual(BUDGETS.popupGzip);
});

test('the overview page stays within its own budget and shares no file with the popup', () => {
  const dir = join(process.cwd(), '.output/chrome-mv3');
  const sizes = bundleSizes(dir) as Size[];
  const kindOf = new Map(sizes.map((s) => [s.file, s.kind]));
  const popup = pageFiles(dir, 'popup.html') as string[];
  const overview = pageFiles(dir, 'overview.html') as string[];
  // Everything each page loads is counted in its own budget: nothing escapes into a shared chunk.
  expect(popup.map((f) => kindOf.get(f))).toEqual(popup.map(() => 'popup'));
  expect(overview.map((f) => kindOf.get(f))).toEqual(overview.map(() => 'overview'));
  expect(overview.some((f) => f.endsWith('.css'))).toBe(true);
  expect(overviewGzip(sizes), 'overview JS + CSS gzip bytes').toBeLessThanOrEqual(BUDGETS.overviewGzip);
});

test('the rights panel is a script of its own, in no manifest content script, within 16 kB gzip', () => {
  const dir = join(process.cwd(), '.output/chrome-mv3');
  const sizes = bundleSizes(dir) as Size[];
  // Loaded only by the background's scripting.executeScript where the reader found a rights page.
  expect(sizes.filter((s) => s.kind === 'panel').map((s) => s.file)).toEqual(['rights-panel.js']);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: { js: string[] }[] };
  expect((manifest.content_scripts ?? []).flatMap((c) => c.js).some((f) => f.includes('rights-panel'))).toBe(false);
  // The reader does not carry the panel: its code (the shadow root's host tag) is in the panel only.
  expect(readFileSync(join(dir, 'content-scripts/loket-reader.js'), 'utf8')).not.toContain('koppelhulp-rechten');
  expect(readFileSync(join(dir, 'rights-panel.js'), 'utf8')).toContain('koppelhulp-rechten');
  expect(panelGzip(sizes), 'rights-panel.js gzip bytes').toBeLessThanOrEqual(BUDGETS.rightsPanelGzip);
});
