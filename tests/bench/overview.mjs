// overviewReadyMs and overviewSearchMs: the "Alle werkgevers" page with 1,000 employers in storage.
//
// The browser given already holds the 1,000 generated employers of tests/support/employers.mjs
// (seeded through the real migration by run.mjs); with `employers` unset, this module seeds its
// own portfolio (tests/support/overview-portfolio.mjs) and clears it afterwards. Then, per sample:
// - ready: a new tab opens chrome-extension://ID/overview.html with an init script that watches
//   the DOM and records performance.now() (ms since navigation start) the moment the table has
//   rows and the count says "1000 van 1000": open until rows shown. `frameMs` is the next frame.
//   The first rows are painted from the index entries (name, IDs, numbers, stage); the page then
//   reads the full records and fills in the other columns: `detailsMs` is when the table stops
//   being aria-busy (every column shown; observed as it happens), reported next to it, and
//   `rowsComputedMs` when the page had computed those rows (its overview:rows mark).
// - search: in that tab, once the details are in (before, a search answers "Laden…", which is
//   not a result), with an empty search field, one key ("z") is pressed in "Zoeken"; from the
//   keydown event's timeStamp until the count shows the narrowed number (rows and count change
//   in one React commit): keystroke until the table shows the result.
import { median, round, withTimeout } from './lib.mjs';
import { generatePortfolio } from '../support/overview-portfolio.mjs';

const COUNT = 1000;
/**
 * The keystroke timed: a letter only some generated names contain ("Zorggroep", "Zuidwal",
 * "Zn."), so the whole list is filtered and the table changes. Digits occur in every row.
 */
const KEY = 'z';

export function readyProbe(expected) {
  const check = () => {
    if (window.__benchReady) return;
    const count = document.querySelector('[data-testid="shown-count"]');
    if (!count || !count.textContent?.startsWith(expected) || !document.querySelector('tbody tr[data-index]')) return;
    const ready = { ms: performance.now(), frameMs: null };
    window.__benchReady = ready;
    observer.disconnect();
    requestAnimationFrame(() => {
      ready.frameMs = performance.now();
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  // Every column shown: the moment the table stops being aria-busy (the page's own statement),
  // not when the rows were computed (the overview:rows mark, 20-50 ms earlier, kept as info).
  const details = new MutationObserver(() => {
    if (window.__benchDetailsMs != null || !document.querySelector('table[aria-busy="false"]')) return;
    window.__benchDetailsMs = performance.now();
    details.disconnect();
  });
  details.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
}

/** Arms a probe for the next keystroke; resolves with its timings once the count changed. */
function armSearchProbe() {
  const count = document.querySelector('[data-testid="shown-count"]');
  const before = count.textContent;
  let keyAt = null;
  window.addEventListener('keydown', (e) => (keyAt = e.timeStamp), { capture: true, once: true });
  window.__searchResult = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      // A number: "Laden…" (details not read) would not be the result.
      if (keyAt === null || count.textContent === before || !/^\d/.test(count.textContent)) return;
      const shownAt = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => resolve({ ms: shownAt - keyAt, frameMs: performance.now() - keyAt, count: count.textContent }));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

export async function measureOverview({ context, extensionId, samples, warmup = 1, log, employers: seeded }) {
  const worker = context.serviceWorkers()[0];
  if (seeded === undefined) await worker.evaluate((items) => chrome.storage.local.set(items), generatePortfolio(COUNT));
  // What is stored, not what was seeded: the capture and popup measurements run first in the same
  // browser and add their employers (40001, 70001…), so "1000 van 1000" would never show.
  // (Its own portfolio is stored in the old single item, moved on the first opening: COUNT.)
  const count =
    seeded === undefined
      ? COUNT
      : await worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('employer:')).length);
  if (seeded !== undefined && count !== seeded) log(`overview: ${count} employers stored (${seeded} seeded, ${count - seeded} added by the measurements before)`);
  const expected = `${count} van ${count}`;
  const ready = [];
  const search = [];
  for (let i = 0; i < warmup + samples; i++) {
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.addInitScript(readyProbe, expected);
      await withTimeout(page.goto(`chrome-extension://${extensionId}/overview.html`), 20_000, 'open overview.html');
      await page.waitForFunction(() => window.__benchReady?.frameMs != null, null, { timeout: 20_000, polling: 20 });
      const r = await page.evaluate(() => ({
        ...window.__benchReady,
        marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])),
        domContentLoadedMs: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
      }));
      await page.waitForFunction(() => document.querySelector('table[aria-busy="false"]'), null, { timeout: 20_000, polling: 20 });
      const [detailsMs, rowsComputedMs] = await page.evaluate(() => [window.__benchDetailsMs ?? null, performance.getEntriesByName('overview:rows')[0]?.startTime ?? null]);
      const search1 = page.getByLabel('Zoeken', { exact: true });
      await search1.focus();
      await page.evaluate(armSearchProbe);
      await page.keyboard.press(KEY);
      const s = await withTimeout(page.evaluate(() => window.__searchResult), 10_000, 'search result shown');
      if (i >= warmup) {
        ready.push({ readyMs: round(r.ms, 1), frameMs: round(r.frameMs, 1), detailsMs: round(detailsMs, 1), rowsComputedMs: round(rowsComputedMs, 1), domContentLoadedMs: round(r.domContentLoadedMs, 1), ...r.marks });
        search.push({ searchMs: round(s.ms, 1), frameMs: round(s.frameMs, 1), shown: s.count });
      }
      log(`overview ${i < warmup ? 'warm-up' : `${i - warmup + 1}/${samples}`}: rows after ${round(r.ms, 1)} ms (DOMContentLoaded ${round(r.domContentLoadedMs, 0)}, index read ${r.marks['overview:storage-read']}; every column after ${round(detailsMs, 0)}); keystroke → result ${round(s.ms, 1)} ms (${s.count})`);
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  if (seeded === undefined) await worker.evaluate(() => chrome.storage.local.clear());
  return {
    employers: count,
    ready,
    search,
    medianReadyMs: round(median(ready.map((r) => r.readyMs)), 1),
    medianReadyFrameMs: round(median(ready.map((r) => r.frameMs)), 1),
    medianDetailsMs: round(median(ready.map((r) => r.detailsMs)), 1),
    medianSearchMs: round(median(search.map((s) => s.searchMs)), 1),
    medianSearchFrameMs: round(median(search.map((s) => s.frameMs)), 1),
  };
}
