// Cold opens: the popup and the overview opened FIRST after the browser starts, with 1,000
// employers stored (popupColdOverFloorMs, overviewColdReadyMs).
//
// Why separately: the other measurements open the popup and the overview many times in one
// browser, so one-time costs of a fresh extension process never show there: compiling React
// without a code cache, the first Intl.Collator or toLocaleDateString (ICU data, tens of ms in
// Chromium 156), the first storage read. A user pays them at the first opening of the day.
//
// How: one profile is seeded once with the generated employers (through the real migration) and
// closed; every sample starts a browser on a fresh copy of it, so no extension page has ever run
// in that profile and process. Popup sample: a Loket.nl company page is loaded (captured), then
// popup.html?tabId=N is the first extension page opened; then the empty extension page (the
// floor, as popup.mjs measures it) in the same browser. Overview sample: another fresh copy,
// overview.html opened first; first rows as overview.mjs measures them.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, tabIdOf } from '../support/browser.mjs';
import { generateEmployers, legacyStore, seedThroughMigration } from '../support/employers.mjs';
import { median, pollUntil, round, withTimeout } from './lib.mjs';
import { floorSample, isStored, readyProbe as popupProbe, LOKET_URL, EXPECTED_ID } from './popup.mjs';
import { readyProbe as overviewProbe } from './overview.mjs';

async function withFreshCopy(template, extensionDir, fn) {
  const dir = mkdtempSync(join(tmpdir(), 'koppelhulp-cold-'));
  cpSync(template, dir, { recursive: true });
  const side = await launchWithExtension({ withExtension: true, extensionDir, userDataDir: dir });
  try {
    return await fn(side);
  } finally {
    await side.context.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function coldPopup({ context, extensionId }) {
  const worker = context.serviceWorkers()[0];
  const loket = await context.newPage();
  await withTimeout(loket.goto(LOKET_URL), 20_000, 'load classic-bedrijfsgegevens.html');
  await pollUntil(() => isStored(worker, EXPECTED_ID), { timeoutMs: 10_000, everyMs: 20, what: `capture of ${EXPECTED_ID} stored` });
  const tabId = await tabIdOf(context, loket);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.addInitScript(popupProbe, EXPECTED_ID);
  await withTimeout(popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`), 20_000, 'open popup.html');
  await popup.waitForFunction(() => window.__benchReady?.frameMs != null, null, { timeout: 20_000, polling: 20 });
  const ready = await popup.evaluate(() => window.__benchReady);
  await popup.close();
  return { readyMs: round(ready.ms, 1), frameMs: round(ready.frameMs, 1), floorMs: await floorSample(context, extensionId) };
}

async function coldOverview({ context, extensionId }, expected) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.addInitScript(overviewProbe, expected);
  await withTimeout(page.goto(`chrome-extension://${extensionId}/overview.html`), 20_000, 'open overview.html');
  await page.waitForFunction(() => window.__benchReady?.frameMs != null, null, { timeout: 20_000, polling: 20 });
  const ready = await page.evaluate(() => window.__benchReady);
  await page.waitForFunction(() => document.querySelector('table[aria-busy="false"]'), null, { timeout: 20_000, polling: 20 });
  const detailsMs = await page.evaluate(() => performance.getEntriesByName('overview:rows')[0]?.startTime ?? null);
  return { readyMs: round(ready.ms, 1), frameMs: round(ready.frameMs, 1), detailsMs: round(detailsMs, 1) };
}

export async function measureColdOpens({ extensionDir, samples, employers, log }) {
  const template = mkdtempSync(join(tmpdir(), 'koppelhulp-cold-template-'));
  try {
    const seeded = await launchWithExtension({ withExtension: true, extensionDir, userDataDir: template });
    try {
      await seedThroughMigration(seeded.context.serviceWorkers()[0], legacyStore(generateEmployers(employers)), { timeoutMs: 60_000 });
    } finally {
      await seeded.context.close();
    }
    const popup = [];
    const overview = [];
    for (let i = 0; i < samples; i++) {
      const p = await withFreshCopy(template, extensionDir, coldPopup);
      popup.push(p);
      const o = await withFreshCopy(template, extensionDir, (side) => coldOverview(side, `${employers} van ${employers}`));
      overview.push(o);
      log(`cold ${i + 1}/${samples}: popup first ${p.readyMs} ms (empty page after it ${p.floorMs} ms); overview first rows ${o.readyMs} ms, every column ${o.detailsMs} ms`);
    }
    const med = (list, key) => round(median(list.map((s) => s[key])), 1);
    return {
      employers,
      popup,
      overview,
      medianPopupMs: med(popup, 'readyMs'),
      medianFloorMs: med(popup, 'floorMs'),
      medianOverviewReadyMs: med(overview, 'readyMs'),
      medianOverviewDetailsMs: med(overview, 'detailsMs'),
    };
  } finally {
    rmSync(template, { recursive: true, force: true });
  }
}
