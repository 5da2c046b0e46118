// Small helpers shared by the benchmark's measurements (plain Node ESM, no dependencies).
import os from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/browser.mjs';

export function median(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

export function round(value, digits = 1) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function minMax(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return xs.length ? [Math.min(...xs), Math.max(...xs)] : [null, null];
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rejects after `ms` with a clear message: every wait in the benchmark is bounded. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench: timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Polls `check` (async) every `everyMs` until it returns a value other than undefined/null/false. */
export async function pollUntil(check, { timeoutMs, everyMs = 10, what }) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > end) throw new Error(`bench: timed out after ${timeoutMs} ms: ${what}`);
    await sleep(everyMs);
  }
}

/**
 * CDP Performance.getMetrics as an object, times (seconds in CDP) converted to milliseconds.
 * The *Duration metrics are wall-clock time spent on the page renderer's main thread (script —
 * page world and extension isolated world alike, see sanityCheck in overhead.mjs —, style,
 * layout, all tasks); they rise when the CPU is shared. ThreadTime is the main thread's CPU
 * time, which does not. DevTools commands (page.evaluate) count in TaskDuration, not in
 * ScriptDuration.
 */
export async function cdpMetrics(session) {
  const { metrics } = await session.send('Performance.getMetrics');
  const out = {};
  for (const { name, value } of metrics) out[name] = /Duration$|^ThreadTime$|^ProcessTime$/.test(name) ? value * 1000 : value;
  return out;
}

export async function machineInfo(context) {
  const cpus = os.cpus();
  let chromium = null;
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const session = await context.newCDPSession(page);
    const version = await session.send('Browser.getVersion');
    chromium = version.product;
    await session.detach();
  } catch {
    chromium = null;
  }
  let playwright = null;
  try {
    playwright = JSON.parse(readFileSync(join(ROOT, 'node_modules/playwright-core/package.json'), 'utf8')).version;
  } catch {
    playwright = null;
  }
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: round(os.totalmem() / 1024 ** 3, 1),
    loadAverage: os.loadavg().map((l) => round(l, 2)),
    os: `${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`,
    node: process.version,
    chromium,
    playwright,
    headless: true,
  };
}

/** Aligned text table: rows are arrays of cells; the first row is the header. */
export function textTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  const line = (r) =>
    r
      .map((cell, i) => {
        const s = String(cell ?? '');
        return typeof cell === 'number' ? s.padStart(widths[i]) : s.padEnd(widths[i]);
      })
      .join('  ')
      .trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function log(...args) {
  const stamp = new Date().toISOString().slice(11, 19);
  console.log(`[bench ${stamp}]`, ...args);
}
