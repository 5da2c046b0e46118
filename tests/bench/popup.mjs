// popupReadyMs: from opening popup.html to its fields showing the captured employer.
//
// A Loket.nl company page (classic-bedrijfsgegevens.html, Werkgever ID 20720) is loaded first so
// a capture exists for that tab. Then, per sample, a new tab opens
// chrome-extension://ID/popup.html?tabId=N with an init script that watches the DOM (a
// MutationObserver, plus a per-frame check for values set without a mutation) and records
// performance.now() — milliseconds since the popup's navigation started — the moment the input
// labelled "Werkgever ID" holds the captured value. `frameMs` is the next animation frame after
// that: about when it is on screen. run.mjs takes samples alternately from a browser with 1
// employer stored and one with 1,000, so both see the same machine load.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, round, pollUntil, withTimeout } from './lib.mjs';
import { tabIdOf } from '../support/browser.mjs';

export const LOKET_URL = 'https://www.loket.nl/classic-bedrijfsgegevens.html';
export const EXPECTED_ID = '20720';

export function readyProbe(expected) {
  const inputFor = (label) =>
    (label.htmlFor ? document.getElementById(label.htmlFor) : null) ?? label.querySelector('input');
  const check = () => {
    if (window.__benchReady) return;
    let hit = null;
    for (const label of document.querySelectorAll('label')) {
      if ((label.textContent ?? '').replace(/\s+/g, ' ').trim() !== 'Werkgever ID') continue;
      const input = inputFor(label);
      if (input && input.value === expected) hit = 'label';
    }
    if (!hit) return;
    const ready = { ms: performance.now(), via: hit, frameMs: null };
    window.__benchReady = ready;
    observer.disconnect();
    requestAnimationFrame(() => {
      ready.frameMs = performance.now();
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  const perFrame = () => {
    check();
    if (!window.__benchReady) requestAnimationFrame(perFrame);
  };
  requestAnimationFrame(perFrame);
}

/** Whether the employer with this Werkgever ID is stored (its lookup key, see utils/store/layout.ts). */
export const isStored = (worker, werkgeverId) =>
  worker.evaluate(async (id) => {
    const key = `werkgever:${id.trim().toLowerCase()}`;
    return (await chrome.storage.local.get(key))[key] !== undefined;
  }, werkgeverId);

/**
 * The floor: an extension page whose one module script writes a word, opened the same way as the
 * popup. What any extension page costs on this machine before its own code runs (a new renderer,
 * the navigation), so popupReadyMs can be read against it. Written into the benchmark's copy of
 * the build only (run.mjs snapshotBuild), never into the extension.
 */
const FLOOR_PAGE = 'bench-floor.html';
export function writeFloorPage(extensionDir) {
  writeFileSync(join(extensionDir, FLOOR_PAGE), '<!doctype html><title>floor</title><p id="floor"></p><script type="module" src="/bench-floor.js"></script>');
  writeFileSync(join(extensionDir, 'bench-floor.js'), 'document.getElementById("floor").textContent = "ready"; window.__floorMs = performance.now();');
}

export async function floorSample(context, extensionId) {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 380, height: 900 });
    await withTimeout(page.goto(`chrome-extension://${extensionId}/${FLOOR_PAGE}`), 20_000, 'open bench-floor.html');
    await page.waitForFunction(() => window.__floorMs !== undefined, null, { timeout: 10_000, polling: 20 });
    return round(await page.evaluate(() => window.__floorMs), 1);
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** Loads the Loket.nl page once; returns sample() (one popup opening) and close(). */
export async function popupSampler({ context, extensionId, log, label = '' }) {
  const worker = context.serviceWorkers()[0];
  const loket = await context.newPage();
  await withTimeout(loket.goto(LOKET_URL), 20_000, 'load classic-bedrijfsgegevens.html');
  await pollUntil(() => isStored(worker, EXPECTED_ID), { timeoutMs: 10_000, everyMs: 20, what: `capture of ${EXPECTED_ID} stored` });
  const tabId = await tabIdOf(context, loket);
  return {
    async sample(_i, what) {
      const popup = await context.newPage();
      try {
        await popup.setViewportSize({ width: 380, height: 900 });
        await popup.addInitScript(readyProbe, EXPECTED_ID);
        await withTimeout(popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`), 20_000, 'open popup.html');
        await popup.waitForFunction(() => window.__benchReady?.frameMs != null, null, { timeout: 10_000, polling: 20 });
        const ready = await popup.evaluate(() => window.__benchReady);
        const nav = await popup.evaluate(() => {
          const n = performance.getEntriesByType('navigation')[0];
          return n ? { domContentLoadedMs: n.domContentLoadedEventEnd, loadMs: n.loadEventEnd } : null;
        });
        const floorMs = await floorSample(context, extensionId);
        const sample = { readyMs: round(ready.ms, 1), frameMs: round(ready.frameMs, 1), ...nav, floorMs };
        log(`popup ${label}${what}: Werkgever ID shown after ${sample.readyMs} ms (frame ${sample.frameMs} ms; an empty extension page: ${floorMs} ms)`);
        return sample;
      } finally {
        await popup.close().catch(() => undefined);
      }
    },
    close: () => loket.close().catch(() => undefined),
  };
}

export function summarizePopup(samples) {
  return {
    loketUrl: LOKET_URL,
    werkgeverId: EXPECTED_ID,
    samples,
    medianMs: round(median(samples.map((r) => r.readyMs)), 1),
    medianFrameMs: round(median(samples.map((r) => r.frameMs)), 1),
    medianDomContentLoadedMs: round(median(samples.map((r) => r.domContentLoadedMs)), 1),
    medianFloorMs: round(median(samples.map((r) => r.floorMs)), 1),
  };
}
