// panelUpdateMs: from a right being switched on (or off) on a Loket.nl rights page to the rights
// panel showing it (issue 25: ≤ 100 ms).
//
// tests/sites/loket/rights-switch-live.html flips a right's aria-checked in its own click handler,
// in place, as a single-page UI does. In the page's world a MutationObserver on the panel's
// (open) shadow root stamps performance.now() the moment the mark over "Raadplegen variabele
// gegevens" carries the new state; the click is stamped right before it is dispatched. Same
// clock, same thread: latency is the difference (the panel's debounce, the page read and the
// redraw). Samples alternate on and off on one loaded page.
//
// Standalone, without the rest of the bench (after `npx wxt build`):
//   node tests/bench/panel.mjs [--samples=N]
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { median, round, pollUntil, withTimeout } from './lib.mjs';
import { bundleSizes, panelGzip } from './sizes.mjs';

export const LIVE_URL = 'https://www.loket.nl/rights-switch-live.html';
const RIGHT = 'Raadplegen variabele gegevens';

export async function measurePanelUpdate({ context, samples, log }) {
  const page = await context.newPage();
  try {
    await withTimeout(page.goto(LIVE_URL), 20_000, 'load rights-switch-live.html');
    const markState = () =>
      page.evaluate((right) => document.querySelector('koppelhulp-rechten')?.shadowRoot?.querySelector(`.mark[data-right="${right}"]`)?.getAttribute('data-state') ?? null, RIGHT);
    await pollUntil(markState, { timeoutMs: 15_000, what: 'rights panel shown' });
    const results = [];
    for (let i = 0; i < samples; i++) {
      const ms = await page.evaluate(
        (right) =>
          new Promise((resolve, reject) => {
            const root = document.querySelector('koppelhulp-rechten').shadowRoot;
            // The switch a person reads by its right's name (aria-labelledby).
            const name = [...document.querySelectorAll('span[id]')].find((s) => s.textContent === right);
            const box = document.querySelector(`[aria-labelledby="${name.id}"]`);
            const want = box.getAttribute('aria-checked') === 'true' ? 'missing' : 'granted';
            const timer = setTimeout(() => reject(new Error('panel did not update within 5 s')), 5000);
            let t0 = 0;
            const observer = new MutationObserver(() => {
              if (root.querySelector(`.mark[data-right="${right}"]`)?.getAttribute('data-state') !== want) return;
              const t1 = performance.now();
              observer.disconnect();
              clearTimeout(timer);
              resolve(t1 - t0);
            });
            observer.observe(root, { subtree: true, childList: true, attributes: true });
            t0 = performance.now();
            box.click();
          }),
        RIGHT,
      );
      results.push({ updateMs: round(ms, 1) });
      await page.waitForTimeout(50);
    }
    const summary = { samples: results, medianMs: round(median(results.map((r) => r.updateMs)), 1), maxMs: Math.max(...results.map((r) => r.updateMs)), load1: loadavg()[0] };
    log?.(`panelUpdateMs: median ${summary.medianMs} ms, max ${summary.maxMs} ms over ${samples} (load ${round(summary.load1, 2)})`);
    return summary;
  } finally {
    await page.close();
  }
}

// Run alone: the panel's size and its update latency, nothing else of the bench.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { launchWithExtension, EXTENSION_DIR } = await import('../support/browser.mjs');
  const samples = Number(process.argv.find((a) => a.startsWith('--samples='))?.slice(10)) || 15;
  const { context } = await launchWithExtension();
  try {
    const gzip = panelGzip(bundleSizes(EXTENSION_DIR));
    const before = loadavg().map((l) => round(l, 2));
    const result = await measurePanelUpdate({ context, samples, log: console.log });
    console.log(JSON.stringify({ panelGzip: gzip, panelUpdateMs: result.medianMs, maxMs: result.maxMs, samples: result.samples.map((s) => s.updateMs), loadBefore: before, loadAfter: loadavg().map((l) => round(l, 2)) }));
  } finally {
    await context.close();
  }
}
