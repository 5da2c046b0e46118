// captureLatencyMs: from a route change on Loket.nl to the new employer being in storage.
//
// tests/sites/loket/bench-spa.html stamps `window.__benchRouteAt = Date.now()` in its click
// handler right before history.pushState and renders another employer in place. In the
// extension's service worker a chrome.storage.onChanged listener stamps Date.now() the moment an
// employer record (`employer:<id>` key) with that Werkgever ID appears (no polling delay in the
// measurement; the harness polls only to learn that it happened). Same machine, same wall clock:
// latency is the difference. A runtime.onMessage listener also stamps the capture message's
// arrival, which splits the latency into "content script noticed and sent" and "background
// validated, stored". run.mjs takes samples alternately from a browser with 1 employer stored
// and one with 1,000.
import { median, round, pollUntil, sleep, withTimeout } from './lib.mjs';

export const SPA_URL = 'https://www.loket.nl/bench-spa.html';

/** (Re)installs the stamping listeners in the service worker; idempotent. */
async function installProbe(worker) {
  await worker.evaluate(() => {
    if (globalThis.__bench) return;
    // waiting: resolvers of whenStored() calls; pending: their promises, held here because the
    // DevTools protocol holds an evaluated promise only weakly (tests/support/employers.mjs).
    const bench = { stored: {}, message: {}, waiting: {}, pending: {} };
    globalThis.__bench = bench;
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      const now = Date.now();
      for (const [key, change] of Object.entries(changes)) {
        if (!key.startsWith('employer:')) continue;
        const record = change.newValue;
        for (const id of [record?.loket?.werkgeverId, record?.draft?.werkgeverId]) {
          if (id && bench.stored[id] === undefined) {
            bench.stored[id] = now;
            bench.waiting[id]?.();
          }
        }
      }
    });
    chrome.runtime.onMessage.addListener((message) => {
      if (message?.type === 'loket/reader') bench.readerAt = Date.now();
      const id = message?.type === 'loket/capture' ? message.capture?.werkgeverId : undefined;
      if (id && bench.message[id] === undefined) bench.message[id] = Date.now();
      return undefined; // never answers: the extension's own listener does
    });
  });
}

/**
 * The stamps once the employer with this Werkgever ID is stored: one evaluation that the
 * worker answers when its storage listener fires. Polling the worker instead (every 5 ms) kept
 * its thread busy answering the harness while it was to handle the capture being measured.
 */
async function whenStored(worker, id) {
  const stamps = worker.evaluate((wanted) => {
    const b = globalThis.__bench;
    if (!b) return { lost: true };
    const stampsNow = () => ({ stored: b.stored[wanted], message: b.message[wanted], readerAt: b.readerAt });
    if (b.stored[wanted] !== undefined) return stampsNow();
    b.pending[wanted] ??= new Promise((resolve) => (b.waiting[wanted] = () => resolve(stampsNow())));
    return b.pending[wanted];
  }, id);
  const result = await withTimeout(stamps, 10_000, `capture of Werkgever ID ${id} stored`);
  if (result.lost) throw new Error('bench: the service worker restarted and lost its stamps');
  return result;
}

async function stampsFor(worker, id) {
  return worker.evaluate((wanted) => {
    const b = globalThis.__bench;
    if (!b) return { lost: true };
    return { stored: b.stored[wanted], message: b.message[wanted], readerAt: b.readerAt };
  }, id);
}

/** Loads the SPA page once; returns sample(i) (one route change to a new employer) and close(). */
export async function captureSampler({ context, log, label = '' }) {
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('bench: no extension service worker');
  await installProbe(worker);
  const page = await context.newPage();
  await withTimeout(page.goto(SPA_URL), 20_000, 'load bench-spa.html');
  await pollUntil(async () => (await stampsFor(worker, '40001')).stored, { timeoutMs: 10_000, what: 'first capture (40001) stored' });
  return {
    async sample(i, what) {
      await installProbe(worker); // a restarted service worker would have lost the listeners
      const id = String(70001 + i);
      await page.evaluate((next) => window.__benchSetNext(next), id);
      await page.click('#volgende');
      const stamps = await whenStored(worker, id);
      const routeAt = await page.evaluate(() => window.__benchRouteAt);
      const sample = {
        werkgeverId: id,
        latencyMs: stamps.stored - routeAt,
        messageMs: stamps.message ? stamps.message - routeAt : null,
        storeMs: stamps.message ? stamps.stored - stamps.message : null,
      };
      log(`capture ${label}${what} ${id}: ${sample.latencyMs} ms (message after ${sample.messageMs} ms)`);
      // Let the content script's 400 ms re-check pass: each route change starts from rest.
      await sleep(500);
      return sample;
    },
    close: () => page.close().catch(() => undefined),
  };
}

export function summarizeCapture(samples) {
  return {
    url: SPA_URL,
    samples,
    medianMs: round(median(samples.map((r) => r.latencyMs)), 1),
    medianMessageMs: round(median(samples.map((r) => r.messageMs)), 1),
    medianStoreMs: round(median(samples.map((r) => r.storeMs)), 1),
  };
}

/**
 * captureFromNothingMs: the same latency where the reader is not loaded yet. Per sample a new
 * tab shows a Loket.nl page with nothing to read (the first stage only); then, as the single-page
 * app would, the page's own script changes the route and renders a company's details, stamping
 * Date.now() first. Until stored: the first stage notices the wording, the background injects
 * the reader, the reader reads and sends, the background validates and stores.
 */
export async function measureCaptureFromNothing({ context, samples, log }) {
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('bench: no extension service worker');
  const taken = [];
  for (let i = 0; i < samples + 1; i++) {
    await installProbe(worker);
    const id = String(80001 + i);
    const page = await context.newPage();
    try {
      await withTimeout(page.goto(`${SPA_URL.replace('bench-spa.html', 'bench-heavy.html')}?nothing=1&rows=200&batches=1`), 20_000, 'load the page with nothing to read');
      await pollUntil(() => page.evaluate(() => window.__benchDone === true), { timeoutMs: 20_000, everyMs: 20, what: 'page done' });
      await sleep(200);
      const shownAt = await page.evaluate((next) => {
        const at = Date.now();
        history.pushState({}, '', `/app/werkgevers/${next}/bedrijfsgegevens`);
        document.querySelector('main').insertAdjacentHTML('afterbegin', `<h1>Bedrijfsgegevens</h1><dl><dt>Werkgever ID</dt><dd>${next}</dd><dt>Loonheffingennummer</dt><dd>800123451L01</dd></dl>`);
        return at;
      }, id);
      const stamps = await whenStored(worker, id);
      const sample = {
        werkgeverId: id,
        latencyMs: stamps.stored - shownAt,
        /** The first stage's request for the reader reached the background. */
        readerRequestMs: stamps.readerAt >= shownAt ? stamps.readerAt - shownAt : null,
        messageMs: stamps.message ? stamps.message - shownAt : null,
      };
      if (i > 0) taken.push(sample);
      log(`capture from a page with nothing to read ${i ? `${i}/${samples}` : 'warm-up'} ${id}: ${sample.latencyMs} ms (reader asked for after ${sample.readerRequestMs} ms, capture message after ${sample.messageMs} ms)`);
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  return { samples: taken, medianMs: round(median(taken.map((s) => s.latencyMs)), 1), medianMessageMs: round(median(taken.map((s) => s.messageMs)), 1) };
}
