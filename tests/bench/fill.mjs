// fillMs: what filling the full registration costs on the simulated React form of a.s.r.
//
// The form is tests/sites/asr/react-form.built.html (React 19, controlled inputs, a "+ DGA
// toevoegen" button whose row appears 50 ms later, like a validating form library). Per sample
// the form tab is reloaded, the background is asked to inject the a.s.r. filler (it is no
// manifest content script: injected on request only) and it is probed until it answers formFound, and
// then an extension page (popup.html, as the popup's "Invullen op a.s.r." does) sends
// {type: 'asr/fill', values, options: {overwriteConflicts: false}} with chrome.tabs.sendMessage
// and times the round trip (wallMs). Around it, CDP Performance.getMetrics on the form tab gives
// what the fill really used there, from request to report: cpuMs, the main thread's CPU time
// (ThreadTime: the content script, the page's React renders, style, layout, paint), and busyMs,
// the wall-clock length of the main thread's tasks (the same work, but inflated when other
// processes share the CPU). The rest of the wall time is waiting, nearly all deliberate: the
// page's own 50 ms before each DGA row appears, the filler's 30 ms mutation debounce while it
// waits for that row, and a setTimeout(0) after each field (clamped to 4 ms by the browser once
// timers nest) so React can commit. fillMs = cpuMs: the fill without its pacing, and without
// the noise of a shared CPU. Every sample is checked against React's own state.
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { cdpMetrics, median, round, pollUntil, withTimeout } from './lib.mjs';
import { SITES_DIR, ROOT, tabIdOf } from '../support/browser.mjs';

export const FILL_VALUES = {
  bedrijfsnaam: 'Salarisbureau Noord B.V.',
  email: 'koppelingen@salarisnoord.nl',
  raamwerkcontractnummer: 'A020123456',
  loonheffingennummer: '123456782L01',
  werkgeverId: '3f2c8a4e-1b7d-4e2a-9c61-5d8f0b7a2e19',
  hasDga: true,
  dgas: [
    { naam: 'J. de Vries', personeelsnummer: '1001' },
    { naam: 'A. Jansen', personeelsnummer: '1002' },
  ],
  verloning: 'maand',
  dertiendeMaand: true,
};

const EXPECTED_STATE = {
  organisatie: FILL_VALUES.bedrijfsnaam,
  email: FILL_VALUES.email,
  contract: FILL_VALUES.raamwerkcontractnummer,
  lhn: FILL_VALUES.loonheffingennummer,
  werkgeverId: FILL_VALUES.werkgeverId,
  heeftDga: 'ja',
  dgas: FILL_VALUES.dgas,
  verloning: 'maand',
  dertiende: 'ja',
};

const REACT_DIR = join(SITES_DIR, 'asr/react-form');
const REACT_BUILT = join(SITES_DIR, 'asr/react-form.built.html');

/** Builds react-form.built.html (gitignored) when it is missing or older than its sources. */
export function ensureReactForm(log) {
  if (!existsSync(join(SITES_DIR, 'asr/build-forms.mjs')) || !existsSync(REACT_DIR)) return existsSync(REACT_BUILT);
  const newestSource = Math.max(
    statSync(join(SITES_DIR, 'asr/build-forms.mjs')).mtimeMs,
    ...readdirSync(REACT_DIR).map((f) => statSync(join(REACT_DIR, f)).mtimeMs),
  );
  if (!existsSync(REACT_BUILT) || statSync(REACT_BUILT).mtimeMs < newestSource) {
    log('building the simulated React form (tests/sites/asr/build-forms.mjs)');
    execFileSync(process.execPath, [join(SITES_DIR, 'asr/build-forms.mjs'), 'react-form'], { cwd: ROOT, stdio: 'inherit', timeout: 60_000 });
  }
  return existsSync(REACT_BUILT);
}

async function probeUntilReady(sender, tabId) {
  return pollUntil(
    () =>
      sender.evaluate(async (id) => {
        try {
          // The filler is injected on request only, as the popup has it done before its probe.
          await chrome.runtime.sendMessage({ type: 'asr/filler', tabId: id });
          const reply = await chrome.tabs.sendMessage(id, { type: 'asr/probe' });
          return reply?.formFound === true;
        } catch {
          return false; // content script not injected yet
        }
      }, tabId),
    { timeoutMs: 10_000, everyMs: 20, what: 'a.s.r. filler injected and answering formFound' },
  );
}

function sameState(actual) {
  return JSON.stringify(actual) === JSON.stringify(EXPECTED_STATE);
}

export async function measureFill({ context, extensionId, samples, warmup = 1, log }) {
  if (!ensureReactForm(log)) throw new Error('bench: tests/sites/asr/react-form.built.html is missing and cannot be built');
  const formUrl = 'https://www.asr.nl/react-form.built.html';
  const form = await context.newPage();
  const sender = await context.newPage();
  const results = [];
  try {
    await withTimeout(form.goto(formUrl), 20_000, 'load react-form.built.html');
    const tabId = await tabIdOf(context, form);
    // The sender is an extension page, as the popup is; without ?tabId it targets nothing else.
    await withTimeout(sender.goto(`chrome-extension://${extensionId}/popup.html`), 20_000, 'open popup.html');
    const session = await context.newCDPSession(form);
    await session.send('Performance.enable');
    for (let i = 0; i < warmup + samples; i++) {
      await withTimeout(form.reload(), 20_000, 'reload the form');
      await probeUntilReady(sender, tabId);
      const before = await cdpMetrics(session);
      const outcome = await sender.evaluate(
        async ({ id, values }) => {
          const t0 = performance.now();
          const report = await chrome.tabs.sendMessage(id, { type: 'asr/fill', values, options: { overwriteConflicts: false } });
          return { wallMs: performance.now() - t0, report };
        },
        { id: tabId, values: FILL_VALUES },
      );
      const after = await cdpMetrics(session);
      const state = await form.evaluate(() => window.__reactState);
      const fields = outcome.report?.fields ?? [];
      const sample = {
        cpuMs: round(after.ThreadTime - before.ThreadTime, 1),
        busyMs: round(after.TaskDuration - before.TaskDuration, 1),
        scriptMs: round(after.ScriptDuration - before.ScriptDuration, 1),
        styleLayoutMs: round(after.RecalcStyleDuration - before.RecalcStyleDuration + after.LayoutDuration - before.LayoutDuration, 1),
        wallMs: round(outcome.wallMs, 1),
        waitMs: round(outcome.wallMs - (after.TaskDuration - before.TaskDuration), 1),
        filled: fields.filter((f) => f.status === 'filled').length,
        fields: fields.length,
        notFilled: fields.filter((f) => f.status !== 'filled').map((f) => `${f.field}${f.index === undefined ? '' : `#${f.index}`}:${f.status}`),
        reactStateMatches: sameState(state),
        submitted: await form.evaluate(() => window.__submitted === true),
      };
      if (i >= warmup) results.push(sample);
      log(
        `fill ${i < warmup ? 'warm-up' : `${i - warmup + 1}/${samples}`}: CPU ${sample.cpuMs} ms, busy ${sample.busyMs} ms (script ${sample.scriptMs}), wall ${sample.wallMs} ms, ` +
          `${sample.filled}/${sample.fields} filled, React state ${sample.reactStateMatches ? 'ok' : 'DIFFERS'}`,
      );
    }
    await session.detach().catch(() => undefined);
  } finally {
    await sender.close().catch(() => undefined);
    await form.close().catch(() => undefined);
  }
  return {
    formUrl,
    values: FILL_VALUES,
    samples: results,
    medianCpuMs: round(median(results.map((r) => r.cpuMs)), 1),
    medianBusyMs: round(median(results.map((r) => r.busyMs)), 1),
    medianScriptMs: round(median(results.map((r) => r.scriptMs)), 1),
    medianWallMs: round(median(results.map((r) => r.wallMs)), 1),
    medianWaitMs: round(median(results.map((r) => r.waitMs)), 1),
    allVerified: results.every((r) => r.reactStateMatches && !r.submitted),
  };
}
