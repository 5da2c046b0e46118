#!/usr/bin/env node
// `npm run bench`: what the extension costs the pages it runs on, measured in real (headless)
// Chromium, with and without the extension side by side in one run so ratios hold on a noisy
// machine. Builds the Chrome extension when needed, prints a table, writes bench/results.json.
//
//   npm run bench                 full run (~2.5 minutes on 2 cores); builds first when
//                                 .output/chrome-mv3 is missing or older than the sources
//   npm run bench -- --build      always build first;  --no-build: never
//   npm run bench -- --quick      3 runs/samples each: a smoke test of the harness, not figures
//   npm run bench -- --runs=9 --samples=15
//   npm run bench -- --only=overview       only the named measurements (overhead, capture, popup, fill, overview)
//
// Measurements (details in each module):
//   bundles              tests/bench/sizes.mjs: bytes and gzip bytes per built JS/CSS file
//   loketOverheadRatio   tests/bench/overhead.mjs: page ScriptDuration with / without extension
//   captureLatencyMs     tests/bench/capture.mjs: route change → employer in storage.local
//   fillMs               tests/bench/fill.mjs: main-thread CPU time of a full fill of the React form
//   popupReadyMs         tests/bench/popup.mjs: popup.html opened → Werkgever ID shown
//   overviewReadyMs      tests/bench/overview.mjs: overview.html with 1,000 employers opened → rows shown
//   overviewSearchMs     tests/bench/overview.mjs: one keystroke in "Zoeken" → the table shows the result
// Timings are reported, never asserted (size budgets are enforced by tests/e2e/budgets.spec.ts).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadavg } from 'node:os';
import { ROOT, EXTENSION_DIR, launchWithExtension } from '../support/browser.mjs';
import { bundleSizes, overviewGzip, popupGzip, BUDGETS } from './sizes.mjs';
import { log, machineInfo, minMax, round, textTable } from './lib.mjs';
import { measureLightPage, measureOverhead, sanityCheck } from './overhead.mjs';
import { measureCapture } from './capture.mjs';
import { measurePopup } from './popup.mjs';
import { measureFill } from './fill.mjs';
import { measureOverview } from './overview.mjs';

export const TARGETS = {
  loketOverheadRatio: 1.03,
  captureLatencyMs: 50,
  fillMs: 100,
  popupReadyMs: 150,
  overviewReadyMs: 300,
  overviewSearchMs: 50,
};

const HARD_LIMIT_MS = 6 * 60_000; // the benchmark always ends, whatever hangs

function parseArgs(argv) {
  const opts = { build: 'auto', runs: 7, samples: 9 };
  for (const arg of argv) {
    if (arg === '--no-build') opts.build = 'never';
    else if (arg === '--build') opts.build = 'always';
    else if (arg === '--quick') Object.assign(opts, { runs: 3, samples: 3, quick: true });
    else if (arg.startsWith('--runs=')) opts.runs = Math.max(1, Number(arg.slice(7)) || opts.runs);
    else if (arg.startsWith('--samples=')) opts.samples = Math.max(1, Number(arg.slice(10)) || opts.samples);
    else if (arg.startsWith('--only=')) opts.only = new Set(arg.slice(7).split(','));
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run bench [-- --build | --no-build] [--quick] [--runs=N] [--samples=N]');
      process.exit(0);
    } else {
      console.error(`bench: unknown option ${arg}`);
      process.exit(64);
    }
  }
  return opts;
}

const SOURCES = ['entrypoints', 'components', 'utils', 'public', 'assets', 'wxt.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Missing build, or a source file newer than the built manifest. */
function buildIsStale() {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(ROOT, s)) > built);
}

function build() {
  log('building the Chrome extension (npx wxt build)');
  const t0 = Date.now();
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8', timeout: 180_000 });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    throw new Error(`bench: \`npx wxt build\` failed; nothing was measured.\n${output}`);
  }
  return Date.now() - t0;
}

/**
 * Copies the build to bench/tmp/chrome-mv3 and measures that copy: a rebuild by someone else
 * (tests, `wxt dev`) while the benchmark runs would otherwise swap files under the browser.
 */
function snapshotBuild() {
  const needed = ['manifest.json', 'popup.html'];
  const missing = needed.filter((f) => !existsSync(join(EXTENSION_DIR, f)));
  if (missing.length) throw new Error(`bench: no complete build in ${relative(ROOT, EXTENSION_DIR)} (missing ${missing.join(', ')}): run \`npx wxt build\`.`);
  const dir = join(ROOT, 'bench/tmp/chrome-mv3');
  rmSync(dir, { recursive: true, force: true });
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const lost = needed.filter((f) => !existsSync(join(dir, f)));
  if (lost.length) throw new Error(`bench: the build changed while it was copied (missing ${lost.join(', ')}): run again.`);
  return dir;
}

function gitInfo() {
  const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    return { commit: git('rev-parse', '--short', 'HEAD'), dirty: git('status', '--porcelain').length > 0 };
  } catch {
    return { commit: null, dirty: null };
  }
}

function fmt(value, unit = '') {
  return value === null || value === undefined ? 'n/a' : `${value}${unit}`;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const startedAt = new Date();
  const t0 = Date.now();
  const contexts = [];
  const watchdog = setTimeout(() => {
    console.error(`bench: still running after ${HARD_LIMIT_MS / 1000} s: giving up.`);
    Promise.allSettled(contexts.map((c) => c.close())).finally(() => process.exit(2));
    setTimeout(() => process.exit(2), 5_000).unref();
  }, HARD_LIMIT_MS);

  try {
    const mustBuild = opts.build === 'always' || (opts.build === 'auto' && buildIsStale());
    if (!mustBuild) log(`using the existing build in ${relative(ROOT, EXTENSION_DIR)} (${opts.build === 'never' ? '--no-build' : 'up to date with the sources'})`);
    const buildMs = mustBuild ? build() : null;
    const extensionDir = snapshotBuild();
    const sizes = bundleSizes(extensionDir);

    log('launching Chromium twice: with and without the extension');
    const withExt = await launchWithExtension({ withExtension: true, extensionDir });
    contexts.push(withExt.context);
    const without = await launchWithExtension({ withExtension: false });
    contexts.push(without.context);
    const machine = await machineInfo(without.context);
    log(`${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.chromium}`);

    // Each measurement stands alone: one that fails (a page being reworked, a timeout) is
    // recorded as {error} and shown as n/a; the others still run.
    const errors = {};
    const attempt = async (name, fn) => {
      if (opts.only && !opts.only.has(name) && name !== 'sanity') return { error: 'skipped (--only)' };
      try {
        return await fn();
      } catch (error) {
        errors[name] = String(error?.message ?? error).split('\n')[0];
        log(`${name} FAILED: ${errors[name]}`);
        return { error: errors[name] };
      }
    };
    const sanity = await attempt('sanity', () => sanityCheck(withExt.context));
    log(`sanity: a 60 ms busy timer in the extension's isolated world adds ${sanity.isolatedWorldMs} ms to ScriptDuration (page world: ${sanity.pageWorldMs} ms)`);

    const both = { withExtension: withExt.context, withoutExtension: without.context, log };
    const overhead = await attempt('overhead', () => measureOverhead({ ...both, runs: opts.runs }));
    const lightPage = await attempt('lightPage', () => measureLightPage({ ...both, runs: Math.min(opts.runs, 5) }));
    await without.context.close();
    contexts.pop();
    const ext = { context: withExt.context, extensionId: withExt.extensionId, samples: opts.samples, log };
    const capture = await attempt('capture', () => measureCapture(ext));
    const popup = await attempt('popup', () => measurePopup(ext));
    const fill = await attempt('fill', () => measureFill(ext));
    // Last: it fills storage with 1,000 employers and clears it afterwards.
    const overview = await attempt('overview', () => measureOverview(ext));
    await withExt.context.close();
    contexts.length = 0;

    const results = {
      date: startedAt.toISOString(),
      durationS: round((Date.now() - t0) / 1000, 1),
      machine,
      git: gitInfo(),
      options: { runsPerSide: opts.runs, samples: opts.samples, quick: !!opts.quick, built: mustBuild, buildMs },
      bundles: Object.fromEntries(sizes.map((s) => [s.file, { kind: s.kind, bytes: s.bytes, gzip: s.gzip }])),
      bundleBudgets: {
        contentScriptGzip: BUDGETS.contentScriptGzip,
        popupGzip: BUDGETS.popupGzip,
        popupGzipActual: popupGzip(sizes),
        overviewGzip: BUDGETS.overviewGzip,
        overviewGzipActual: overviewGzip(sizes),
        contentScriptsWithinBudget: sizes.filter((s) => s.kind === 'content').every((s) => s.gzip <= BUDGETS.contentScriptGzip),
        popupWithinBudget: popupGzip(sizes) <= BUDGETS.popupGzip,
      },
      loketOverheadRatio: overhead.scriptRatio ?? null,
      captureLatencyMs: capture.medianMs ?? null,
      fillMs: fill.medianCpuMs ?? null,
      popupReadyMs: popup.medianMs ?? null,
      overviewReadyMs: overview.medianReadyMs ?? null,
      overviewSearchMs: overview.medianSearchMs ?? null,
      targets: TARGETS,
      met: {
        loketOverheadRatio: typeof overhead.scriptRatio === 'number' && overhead.scriptRatio <= TARGETS.loketOverheadRatio,
        captureLatencyMs: typeof capture.medianMs === 'number' && capture.medianMs <= TARGETS.captureLatencyMs,
        fillMs: typeof fill.medianCpuMs === 'number' && fill.medianCpuMs <= TARGETS.fillMs,
        popupReadyMs: typeof popup.medianMs === 'number' && popup.medianMs <= TARGETS.popupReadyMs,
        overviewReadyMs: typeof overview.medianReadyMs === 'number' && overview.medianReadyMs <= TARGETS.overviewReadyMs,
        overviewSearchMs: typeof overview.medianSearchMs === 'number' && overview.medianSearchMs <= TARGETS.overviewSearchMs,
      },
      errors,
      details: { sanity, overhead, lightPage, capture, fill, popup, overview },
    };

    machine.loadAverageAtEnd = loadavg().map((l) => round(l, 2));
    const outDir = join(ROOT, 'bench');
    mkdirSync(outDir, { recursive: true });
    const outFile = join(outDir, 'results.json');
    writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);

    // ---- report ----
    console.log('');
    console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, load ${machine.loadAverage.join(' ')} → ${machine.loadAverageAtEnd.join(' ')}`);
    console.log(`         Node ${machine.node}, ${machine.chromium} (headless), Playwright ${machine.playwright}`);
    console.log(`Date:    ${results.date}   commit ${results.git.commit ?? '?'}${results.git.dirty ? ' (uncommitted changes)' : ''}`);
    console.log('');
    console.log(
      textTable([
        ['Bundle', 'kind', 'bytes', 'gzip', 'budget (gzip)'],
        ...sizes.map((s) => [
          s.file,
          s.kind,
          s.bytes,
          s.gzip,
          s.kind === 'content' ? `${BUDGETS.contentScriptGzip} ${s.gzip <= BUDGETS.contentScriptGzip ? 'ok' : 'OVER'}` : '',
        ]),
        ['popup JS + CSS', 'popup', sizes.filter((s) => s.kind === 'popup').reduce((n, s) => n + s.bytes, 0), popupGzip(sizes), `${BUDGETS.popupGzip} ${results.bundleBudgets.popupWithinBudget ? 'ok' : 'OVER'}`],
        ['overview JS + CSS', 'overview', sizes.filter((s) => s.kind === 'overview').reduce((n, s) => n + s.bytes, 0), overviewGzip(sizes), `${BUDGETS.overviewGzip} ${overviewGzip(sizes) <= BUDGETS.overviewGzip ? 'ok' : 'OVER'}`],
      ]),
    );
    console.log('');
    const range = (xs) => {
      const [lo, hi] = minMax(xs);
      return lo === null ? '' : `${round(lo, 1)}–${round(hi, 1)}`;
    };
    const ov = overhead;
    const row = (name, m, target, n, samples, notes) =>
      m.error
        ? [name, 'n/a', `≤ ${target}`, 'n/a', '', '', `FAILED: ${m.error}`.slice(0, 100)]
        : [name, fmt(results[name]), `≤ ${target}`, results.met[name] ? 'yes' : 'NO', n, range(samples), notes()];
    console.log(
      textTable([
        ['Metric', 'median', 'target', 'met', 'n', 'range', 'notes'],
        row('loketOverheadRatio', ov, TARGETS.loketOverheadRatio, `${ov.runsPerSide}+${ov.runsPerSide}`,
          ov.samples?.with.map((w, i) => w.scriptMs / ov.samples.without[i].scriptMs) ?? [],
          () => `script ${ov.medians.with.scriptMs} vs ${ov.medians.without.scriptMs} ms (+${ov.extraScriptMs} ms); main-thread CPU ${ov.cpuRatio} (+${ov.extraCpuMs} ms); light page +${fmt(lightPage.extraScriptMs)} ms script`),
        row('captureLatencyMs', capture, TARGETS.captureLatencyMs, capture.samples?.length, capture.samples?.map((s) => s.latencyMs) ?? [],
          () => `capture message at ${fmt(capture.medianMessageMs)} ms, then ${fmt(capture.medianStoreMs)} ms to validate + store`),
        row('fillMs', fill, TARGETS.fillMs, fill.samples?.length, fill.samples?.map((s) => s.cpuMs) ?? [],
          () => `main-thread CPU; tasks ${fill.medianBusyMs} ms (script ${fill.medianScriptMs}); wall ${fill.medianWallMs} ms incl. ${fill.medianWaitMs} ms waiting; React state ${fill.allVerified ? 'verified' : 'NOT verified'}`),
        row('popupReadyMs', popup, TARGETS.popupReadyMs, popup.samples?.length, popup.samples?.map((s) => s.readyMs) ?? [],
          () => `next frame at ${popup.medianFrameMs} ms; DOMContentLoaded ${popup.medianDomContentLoadedMs} ms`),
        row('overviewReadyMs', overview, TARGETS.overviewReadyMs, overview.ready?.length, overview.ready?.map((s) => s.readyMs) ?? [],
          () => `${overview.employers} employers; next frame at ${overview.medianReadyFrameMs} ms`),
        row('overviewSearchMs', overview, TARGETS.overviewSearchMs, overview.search?.length, overview.search?.map((s) => s.searchMs) ?? [],
          () => `keydown → count and rows changed; next frame at ${overview.medianSearchFrameMs} ms`),
      ]),
    );
    console.log('');
    const busiest = Math.max(...machine.loadAverage.slice(0, 1), ...machine.loadAverageAtEnd.slice(0, 1));
    if (busiest > machine.cores) console.log(`NOTE: load average ${busiest} on ${machine.cores} cores: other work shared the CPU; times in ms are noisy (ratios and CPU times less so).`);
    if (sanity.countsIsolatedWorld === false) console.log('WARNING: the isolated-world sanity check failed: ScriptDuration may not include the content script.');
    if (ov.capturedByExtension === false) console.log('WARNING: the extension did not capture the heavy page (Werkgever ID 31337): its overhead may be understated.');
    if (fill.allVerified === false) console.log('WARNING: some fills did not reach React state or the form was submitted: see details.fill.samples.');
    if (Object.keys(errors).length) console.log(`WARNING: ${Object.keys(errors).join(', ')} failed: see "errors" in the results.`);
    console.log(`Wrote ${relative(ROOT, outFile)} in ${results.durationS} s.${opts.quick ? ' (--quick: smoke test, not figures to quote)' : ''}`);
    clearTimeout(watchdog);
    if (Object.keys(errors).length) process.exitCode = 1;
  } catch (error) {
    clearTimeout(watchdog);
    await Promise.allSettled(contexts.map((c) => c.close()));
    throw error;
  }
}

main().catch((error) => {
  console.error(error?.message ?? error);
  process.exit(1);
});
