// loketOwnMs*: the extension's own main-thread time per Loket.nl page load, attributed from a
// Chromium trace, not taken as the difference of two noisy runs.
//
// Why a trace: a difference of page totals (with − without the extension) swings by tens of
// milliseconds between pairs on a 5-second page, far more than the script costs. A V8 CPU
// profile knows which code ran: every sample whose stack holds a frame of a chrome-extension://
// script is the extension's time (its code and the DOM calls it makes); the rest is the page's.
//
// How: per load a new tab, a DevTools trace (Tracing.start on the tab's session, category
// disabled-by-default-v8.cpu_profiler.hires: samples every ~100 µs in every renderer the tab
// uses, so the cross-process navigation to loket.nl is covered and the content script's isolated
// world is a fresh one, as on a real first page load), the page loaded and settled, the trace
// read back. Samples are summed per thread; only renderer main threads (CrRendererMain) count,
// so the service worker's time (storing the capture) is not the page's. Not included: the
// compilation of the script's top level before its first frame runs, and garbage collection
// (no JS frame on the stack); both are small next to the sampled time, and equal for every
// version measured the same way.
//
// Pages, loaded in turn (one round = one load of each) so machine load hits them alike:
//   nothing  bench-heavy.html?nothing=1&rows=200&batches=1   an employee overview: nothing to read
//   light    bench-heavy.html?rows=1&batches=1               a company page (Werkgever ID 31337)
//   heavy    bench-heavy.html                                5,000 rows, then 2,240 mutations
import { loadavg } from 'node:os';
import { median, minMax, round, sleep, pollUntil, withTimeout } from './lib.mjs';
import { HEAVY_URL } from './overhead.mjs';

export const OWN_PAGES = {
  nothing: `${HEAVY_URL}?nothing=1&rows=200&batches=1`,
  light: `${HEAVY_URL}?rows=1&batches=1`,
  heavy: HEAVY_URL,
};
/** The content script's debounce (50 ms) and re-check (400 ms) run after the page's last change. */
const SETTLE_MS = 700;
const CATEGORIES = ['disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.cpu_profiler.hires', '__metadata'];

async function readTrace(session) {
  const done = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.end');
  const { stream } = await withTimeout(done, 30_000, 'trace complete');
  let text = '';
  for (;;) {
    const chunk = await session.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle: stream }).catch(() => undefined);
  const parsed = JSON.parse(text);
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/**
 * Milliseconds of CPU-profile samples with an extension frame on the stack, on renderer main
 * threads; also the total sampled time there (the page's own script included) for context.
 */
export function attribute(events) {
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  // The Profile event sits on the sampled thread; its chunks come from V8's profiler thread.
  const sampledThread = new Map(events.filter((e) => e.name === 'Profile').map((e) => [`${e.pid}:${e.id}`, `${e.pid}:${e.tid}`]));
  // A profile's nodes and samples arrive in chunks; nodes name their parent.
  const profiles = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.id}`;
    if (e.name !== 'ProfileChunk' || !mainThreads.has(sampledThread.get(key))) continue;
    let p = profiles.get(key);
    if (!p) profiles.set(key, (p = { nodes: new Map(), samples: [], deltas: [] }));
    const cpu = e.args?.data?.cpuProfile ?? {};
    for (const n of cpu.nodes ?? []) p.nodes.set(n.id, n);
    p.samples.push(...(cpu.samples ?? []));
    p.deltas.push(...(e.args?.data?.timeDeltas ?? []));
  }
  let ownUs = 0;
  let ownWallUs = 0;
  let sampledUs = 0;
  const byFunction = new Map();
  for (const p of profiles.values()) {
    const verdict = new Map();
    const isOurs = (id) => {
      if (verdict.has(id)) return verdict.get(id);
      const node = p.nodes.get(id);
      const ours = !!node && (String(node.callFrame?.url ?? '').startsWith('chrome-extension://') || (node.parent !== undefined && isOurs(node.parent)));
      verdict.set(id, ours);
      return ours;
    };
    // timeDeltas[i] is the wall time since the previous sample, spent in whatever sample i shows
    // (Chrome DevTools reads it the same way). When the CPU is shared, the thread is sometimes
    // descheduled between two samples and the gap lands on one sample: each delta is therefore
    // counted up to twice the profile's median interval, which estimates CPU time rather than
    // wall time (ownWallMs keeps the uncapped sum).
    const sorted = p.deltas.filter((d) => d > 0).sort((a, b) => a - b);
    const cap = 2 * (sorted[Math.floor(sorted.length / 2)] ?? 0);
    for (let i = 0; i < p.samples.length; i++) {
      const node = p.nodes.get(p.samples[i]);
      const name = node?.callFrame?.functionName;
      const delta = Math.max(0, p.deltas[i] ?? 0);
      if (name === '(idle)' || name === '(program)') continue;
      sampledUs += Math.min(delta, cap);
      if (!isOurs(p.samples[i])) continue;
      ownUs += Math.min(delta, cap);
      ownWallUs += delta;
      const where = `${node.callFrame.functionName || '(anonymous)'} ${String(node.callFrame.url).replace(/^chrome-extension:\/\/[a-p]+/, '')}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
      byFunction.set(where, (byFunction.get(where) ?? 0) + Math.min(delta, cap));
    }
  }
  const top = [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([where, us]) => ({ where, ms: round(us / 1000, 2) }));
  return { ownMs: round(ownUs / 1000, 2), ownWallMs: round(ownWallUs / 1000, 2), sampledMs: round(sampledUs / 1000, 1), profiles: profiles.size, top };
}

async function oneLoad(context, url) {
  const page = await context.newPage();
  try {
    const session = await context.newCDPSession(page);
    const load1 = round(loadavg()[0], 2);
    await session.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' } });
    await withTimeout(page.goto(url, { waitUntil: 'load' }), 30_000, `load ${url}`);
    await pollUntil(() => page.evaluate(() => window.__benchDone === true), { timeoutMs: 60_000, everyMs: 50, what: `${url} to finish` });
    await sleep(SETTLE_MS);
    const events = await readTrace(session);
    await session.detach().catch(() => undefined);
    return { ...attribute(events), load1 };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** Loads each page `runs` times (after one warm-up round), in turn; medians and ranges per page. */
export async function measureOwnTime({ context, runs, warmup = 1, log, pages = OWN_PAGES }) {
  const samples = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  for (let i = 0; i < warmup + runs; i++) {
    for (const [name, url] of Object.entries(pages)) {
      const s = await oneLoad(context, url);
      if (i >= warmup) samples[name].push(s);
      log(`own time ${i < warmup ? 'warm-up' : `${i - warmup + 1}/${runs}`} ${name.padEnd(7)} ${s.ownMs} ms of the extension (wall ${s.ownWallMs} ms; of ${s.sampledMs} ms sampled; load ${s.load1})${s.profiles ? '' : ' NO PROFILE'}`);
    }
  }
  const summary = {};
  for (const [name, list] of Object.entries(samples)) {
    const own = list.map((s) => s.ownMs);
    summary[name] = {
      url: pages[name],
      medianMs: round(median(own), 2),
      rangeMs: minMax(own),
      load1: minMax(list.map((s) => s.load1)),
      samples: list,
    };
  }
  return summary;
}
