// loketPageCpuRatio (and, as information, the old loketOverheadRatio): what the Loket.nl content
// script costs a heavy Loket.nl page as a whole, with and without the extension.
//
// Two persistent Chromium contexts run side by side in one benchmark: one with the extension,
// one without. Each run opens tests/sites/loket/bench-heavy.html in a fresh tab (5,000-row
// employee table rendered by page script, then 2,240 DOM mutations in 40 batches), waits for
// `window.__benchDone`, then a constant settle time (the content script's 50 ms debounce and its
// 400 ms re-check run after the page's last mutation), then reads CDP Performance.getMetrics.
// Runs alternate A B B A A B ... so drift on a noisy machine hits both sides alike.
//
// ScriptDuration counts all script on the page's renderer main thread, the content script's
// isolated world included: sanityCheck() proves it on this machine by running a 60 ms busy
// timer in the extension's isolated world and in the page's world and comparing the deltas.
import { loadavg } from 'node:os';
import { isStored } from './popup.mjs';
import { cdpMetrics, median, minMax, round, withTimeout, pollUntil, sleep } from './lib.mjs';

export const HEAVY_URL = 'https://www.loket.nl/bench-heavy.html';
const SETTLE_MS = 700;

async function oneRun(context, url) {
  const page = await context.newPage();
  try {
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    const startedAt = Date.now();
    // The machine's 1-minute load when the run starts: timings of a shared CPU are read with it.
    const load1 = round(loadavg()[0], 2);
    await withTimeout(page.goto(url, { waitUntil: 'load' }), 30_000, `load ${url}`);
    // Polled from Node with page.evaluate (a DevTools evaluation, not counted in ScriptDuration),
    // not page.waitForFunction, whose in-page polling timers would add script to both sides.
    await pollUntil(() => page.evaluate(() => window.__benchDone === true), { timeoutMs: 60_000, everyMs: 50, what: 'bench-heavy.html to finish' });
    await sleep(SETTLE_MS);
    const m = await cdpMetrics(session);
    const stats = await page.evaluate(() => window.__benchStats);
    await session.detach().catch(() => undefined);
    return {
      scriptMs: round(m.ScriptDuration, 2),
      taskMs: round(m.TaskDuration, 2),
      cpuMs: round(m.ThreadTime, 2),
      layoutMs: round(m.LayoutDuration, 2),
      styleMs: round(m.RecalcStyleDuration, 2),
      heapMB: round(m.JSHeapUsedSize / 1024 ** 2, 2),
      wallMs: Date.now() - startedAt,
      load1,
      rows: stats?.rows,
      mutations: stats?.mutations,
      pageRenderMs: round(stats?.renderMs, 1),
      pageMutateMs: round(stats?.mutateMs, 1),
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * Proof that the content script's time lands in the page's ScriptDuration: a 60 ms busy loop
 * run from a timer in the extension's isolated world must add ~60 ms, as the same loop in the
 * page's own world does. (Runtime.evaluate itself is not counted, hence the timer.)
 */
export async function sanityCheck(context) {
  const page = await context.newPage();
  try {
    const session = await context.newCDPSession(page);
    const contexts = [];
    session.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await session.send('Runtime.enable');
    await session.send('Performance.enable');
    await withTimeout(page.goto('https://www.loket.nl/bench-spa.html'), 20_000, 'load bench-spa.html');
    // Let the content script's own first read and its re-check pass: only the probe may run.
    await sleep(SETTLE_MS);
    const extension = await pollUntil(
      () => contexts.findLast((c) => c.origin?.startsWith('chrome-extension://') && c.auxData?.type === 'isolated'),
      { timeoutMs: 10_000, what: "the extension's isolated world on a Loket.nl page" },
    );
    const main = contexts.findLast((c) => c.auxData?.isDefault && c.origin === 'https://www.loket.nl');
    const busy = `new Promise((resolve) => setTimeout(() => { const t = performance.now(); let n = 0; while (performance.now() - t < 60) n++; resolve(n); }, 0))`;
    // Best of two: work the content script happens to do meanwhile can only add.
    const deltaOf = async (contextId) => {
      const deltas = [];
      for (let i = 0; i < 2; i++) {
        const before = await cdpMetrics(session);
        await session.send('Runtime.evaluate', { expression: busy, contextId, awaitPromise: true });
        const after = await cdpMetrics(session);
        deltas.push(after.ScriptDuration - before.ScriptDuration);
      }
      return round(Math.min(...deltas), 1);
    };
    const isolatedWorldMs = await deltaOf(extension.id);
    const pageWorldMs = main ? await deltaOf(main.id) : null;
    await session.detach().catch(() => undefined);
    return {
      busyLoopMs: 60,
      isolatedWorldMs,
      pageWorldMs,
      extensionWorld: extension.name,
      countsIsolatedWorld: isolatedWorldMs >= 50,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** Also confirms the content script really captured the heavy page (it is active, not idle). */
async function heavyPageCaptured(context) {
  const [worker] = context.serviceWorkers();
  if (!worker) return false;
  return isStored(worker, '31337');
}

async function alternate({ withExtension, withoutExtension, url, runs, warmup, label, log }) {
  const samples = { with: [], without: [] };
  const order = [];
  for (let i = 0; i < warmup + runs; i++) {
    // A B, B A, A B, ...: neither side always goes first.
    const sides = i % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
    for (const side of sides) {
      const run = await oneRun(side === 'with' ? withExtension : withoutExtension, url);
      if (i >= warmup) {
        samples[side].push(run);
        order.push(side);
      }
      log(`${label} ${i < warmup ? 'warm-up' : `run ${i - warmup + 1}/${runs}`} ${side.padEnd(7)} script ${run.scriptMs} ms, tasks ${run.taskMs} ms, main-thread CPU ${run.cpuMs} ms, wall ${run.wallMs} ms`);
    }
  }
  return { samples, order };
}

export async function measureOverhead({ withExtension, withoutExtension, runs, warmup = 1, log }) {
  const { samples, order } = await alternate({ withExtension, withoutExtension, url: HEAVY_URL, runs, warmup, label: 'overhead', log });
  const med = (side, key) => median(samples[side].map((s) => s[key]));
  const pairRatios = samples.with.map((w, i) => w.scriptMs / samples.without[i].scriptMs);
  const result = {
    url: HEAVY_URL,
    runsPerSide: runs,
    warmupPerSide: warmup,
    settleMs: SETTLE_MS,
    order,
    rows: samples.with[0]?.rows,
    mutations: samples.with[0]?.mutations,
    medians: {
      with: { scriptMs: med('with', 'scriptMs'), taskMs: med('with', 'taskMs'), cpuMs: med('with', 'cpuMs'), layoutMs: med('with', 'layoutMs'), heapMB: med('with', 'heapMB') },
      without: { scriptMs: med('without', 'scriptMs'), taskMs: med('without', 'taskMs'), cpuMs: med('without', 'cpuMs'), layoutMs: med('without', 'layoutMs'), heapMB: med('without', 'heapMB') },
    },
    scriptRatio: round(med('with', 'scriptMs') / med('without', 'scriptMs'), 3),
    taskRatio: round(med('with', 'taskMs') / med('without', 'taskMs'), 3),
    /** Main-thread CPU time (ThreadTime): everything, script + style + layout + paint, unaffected by a shared CPU. */
    cpuRatio: round(med('with', 'cpuMs') / med('without', 'cpuMs'), 3),
    extraCpuMs: round(med('with', 'cpuMs') - med('without', 'cpuMs'), 1),
    /** loketOverheadRatio: each with-run divided by the without-run next to it, then the median. */
    medianPairRatio: round(median(pairRatios), 3),
    pairRatios: pairRatios.map((r) => round(r, 3)),
    /** 1-minute load average at the start of each run of this measurement: [lowest, highest]. */
    loadAverage1: minMax([...samples.with, ...samples.without].map((s) => s.load1)),
    extraScriptMs: round(med('with', 'scriptMs') - med('without', 'scriptMs'), 1),
    extraTaskMs: round(med('with', 'taskMs') - med('without', 'taskMs'), 1),
    capturedByExtension: await heavyPageCaptured(withExtension).catch(() => false),
    samples,
  };
  return result;
}
