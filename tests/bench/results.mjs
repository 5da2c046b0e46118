// bench/results.json: one flat key per figure that has a target, with `targets` and `met` beside
// them under the same keys (README, Performance), then information without a target and the
// details of every measurement. Also the table `npm run bench` prints.
import { median, round, minMax, textTable } from './lib.mjs';
import { BUDGETS, contentBudget, overviewGzip, panelGzip, popupGzip } from './sizes.mjs';

/** Each figure's target: at most this. */
export const TARGETS = {
  /** The extension's own main-thread time per load of a Loket.nl page with nothing to read (ms). */
  loketOwnMsNothing: 2,
  /** ... of a light company page (one row) (ms). */
  loketOwnMsLight: 10,
  /** ... of the heavy page (5,000 rows, 2,240 mutations) (ms). */
  loketOwnMsHeavy: 20,
  /** Main-thread CPU time of the heavy page with ÷ without the extension. */
  loketPageCpuRatio: 1.01,
  /** Route change → new employer in storage.local, 1,000 employers stored (ms; also ≤ SCALE_RATIO × with 1). */
  captureLatencyMs: 50,
  /** The same where the reader is not loaded yet: an SPA page with nothing to read shows a company (ms). */
  captureFromNothingMs: 50,
  /** Main-thread CPU time of a full fill of the React form (ms). */
  fillMs: 100,
  /** Popup ready minus an empty extension page opened the same way, same run, 1,000 employers (ms; also ≤ SCALE_RATIO × with 1). */
  popupReadyOverFloorMs: 50,
  /** Popup opened first in a freshly started browser, minus the empty page (ms). */
  popupColdOverFloorMs: 100,
  /** Overview opened first in a freshly started browser: first rows (ms). */
  overviewColdReadyMs: 300,
  /** Overview, warm: first rows (ms). */
  overviewReadyMs: 300,
  /** Overview, warm: every column filled in (ms). */
  overviewColumnsMs: 300,
  /** One keystroke in "Zoeken" → the table shows the result (ms). */
  overviewSearchMs: 50,
  /** A right switched on in place on a Loket.nl rights page → the rights panel shows it (ms). */
  panelUpdateMs: 100,
};
/** With 1,000 employers stored, at most this many times the figure with 1. */
export const SCALE_RATIO = 1.2;

const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const diff = (a, b) => (num(a) !== null && num(b) !== null ? round(a - b, 1) : null);

/** The flat figures, from the measurements' summaries (null when not measured). */
export function figures({ own, overhead, capture, fromNothing, fill, popup, overview, cold, panel = {} }) {
  return {
    loketOwnMsNothing: num(own.nothing?.medianMs),
    loketOwnMsLight: num(own.light?.medianMs),
    loketOwnMsHeavy: num(own.heavy?.medianMs),
    loketPageCpuRatio: num(overhead.cpuRatio),
    captureLatencyMs: num(capture.many?.medianMs),
    captureFromNothingMs: num(fromNothing.medianMs),
    fillMs: num(fill.medianCpuMs),
    popupReadyOverFloorMs: diff(popup.many?.medianMs, popup.many?.medianFloorMs),
    popupColdOverFloorMs: diff(cold.medianPopupMs, cold.medianFloorMs),
    overviewColdReadyMs: num(cold.medianOverviewReadyMs),
    overviewReadyMs: num(overview.medianReadyMs),
    overviewColumnsMs: num(overview.medianDetailsMs),
    overviewSearchMs: num(overview.medianSearchMs),
    panelUpdateMs: num(panel.medianMs),
  };
}

export function metOf(flat, { capture, popup }) {
  const met = {};
  for (const [key, target] of Object.entries(TARGETS)) met[key] = flat[key] !== null && flat[key] <= target;
  met.captureLatencyMs &&= capture.ratio <= SCALE_RATIO;
  met.popupReadyOverFloorMs &&= popup.ratio <= SCALE_RATIO;
  return met;
}

/** Figures kept for reading the others, without a target. */
export function information({ overhead, popup, capture, cold }) {
  return {
    /** The old figure: heavy page ScriptDuration with ÷ without, median of the pairs' ratios. Swings 0.94–1.6. */
    loketOverheadRatio: num(overhead.medianPairRatio),
    popupReadyMs: num(popup.many?.medianMs),
    popupFloorMs: num(popup.many?.medianFloorMs),
    popupReadyMsWithOne: num(popup.one?.medianMs),
    popupScaleRatio: num(popup.ratio),
    captureLatencyMsWithOne: num(capture.one?.medianMs),
    captureScaleRatio: num(capture.ratio),
    popupColdMs: num(cold.medianPopupMs),
    popupColdFloorMs: num(cold.medianFloorMs),
    overviewColdColumnsMs: num(cold.medianOverviewDetailsMs),
  };
}

export function bundleBudgets(sizes) {
  return {
    loketFirstStageGzip: BUDGETS.loketFirstStageGzip,
    loketReaderGzip: BUDGETS.loketReaderGzip,
    asrContentScriptGzip: BUDGETS.asrContentScriptGzip,
    popupGzip: BUDGETS.popupGzip,
    popupGzipActual: popupGzip(sizes),
    overviewGzip: BUDGETS.overviewGzip,
    overviewGzipActual: overviewGzip(sizes),
    /** Injected only where the reader found a rights page (issue 25). */
    rightsPanelGzip: BUDGETS.rightsPanelGzip,
    rightsPanelGzipActual: panelGzip(sizes),
    contentScriptsWithinBudget: sizes.filter((s) => s.kind === 'content').every((s) => s.gzip <= contentBudget(s.file)),
    popupWithinBudget: popupGzip(sizes) <= BUDGETS.popupGzip,
  };
}

const fmt = (value, unit = '') => (value === null || value === undefined ? 'n/a' : `${value}${unit}`);
const range = (xs) => {
  const [lo, hi] = minMax(xs);
  return lo === null ? '' : `${round(lo, 1)}–${round(hi, 1)}`;
};

/** The table of figures: median, target, met, n, range, what it is read with. */
export function figureTable(results, d) {
  const { own, overhead, capture, fromNothing, fill, popup, overview, cold, panel = {} } = d;
  const ownRow = (key, page) => [key, own[page]?.samples?.length, range(own[page]?.samples?.map((s) => s.ownMs) ?? []), `load ${own[page]?.load1?.join('–')}; wall ${fmt(round(median(own[page]?.samples?.map((s) => s.ownWallMs) ?? []), 1))} ms`];
  const rows = [
    ownRow('loketOwnMsNothing', 'nothing'),
    ownRow('loketOwnMsLight', 'light'),
    ownRow('loketOwnMsHeavy', 'heavy'),
    ['loketPageCpuRatio', overhead.samples?.with.length, range(overhead.samples?.with.map((w, i) => w.cpuMs / overhead.samples.without[i].cpuMs) ?? []), `+${fmt(overhead.extraCpuMs)} ms CPU; script ratio ${fmt(results.info.loketOverheadRatio)} (info); load ${overhead.loadAverage1?.join('–')}`],
    ['captureLatencyMs', capture.many?.samples.length, range(capture.many?.samples.map((s) => s.latencyMs) ?? []), `with 1: ${fmt(capture.one?.medianMs)} ms (× ${fmt(capture.ratio)}); message at ${fmt(capture.many?.medianMessageMs)} ms`],
    ['captureFromNothingMs', fromNothing.samples?.length, range(fromNothing.samples?.map((s) => s.latencyMs) ?? []), `first stage → background → reader injected → read → stored; message at ${fmt(fromNothing.medianMessageMs)} ms`],
    ['fillMs', fill.samples?.length, range(fill.samples?.map((s) => s.cpuMs) ?? []), `wall ${fmt(fill.medianWallMs)} ms; React state ${fill.allVerified ? 'verified' : 'NOT verified'}`],
    ['popupReadyOverFloorMs', popup.many?.samples.length, range(popup.many?.samples.map((s) => s.readyMs - s.floorMs) ?? []), `ready ${fmt(popup.many?.medianMs)} ms, empty page ${fmt(popup.many?.medianFloorMs)} ms; with 1: ${fmt(popup.one?.medianMs)} ms (× ${fmt(popup.ratio)})`],
    ['popupColdOverFloorMs', cold.popup?.length, range(cold.popup?.map((s) => s.readyMs - s.floorMs) ?? []), `first open ${fmt(cold.medianPopupMs)} ms, empty page ${fmt(cold.medianFloorMs)} ms`],
    ['overviewColdReadyMs', cold.overview?.length, range(cold.overview?.map((s) => s.readyMs) ?? []), `every column ${fmt(cold.medianOverviewDetailsMs)} ms`],
    ['overviewReadyMs', overview.ready?.length, range(overview.ready?.map((s) => s.readyMs) ?? []), `${fmt(overview.employers)} employers`],
    ['overviewColumnsMs', overview.ready?.length, range(overview.ready?.map((s) => s.detailsMs) ?? []), ''],
    ['panelUpdateMs', panel.samples?.length, range(panel.samples?.map((s) => s.updateMs) ?? []), `right switched in place → panel redrawn; load ${fmt(round(panel.load1 ?? NaN, 2))}`],
    ['overviewSearchMs', overview.search?.length, range(overview.search?.map((s) => s.searchMs) ?? []), `next frame ${fmt(overview.medianSearchFrameMs)} ms`],
  ];
  return textTable([
    ['Figure', 'median', 'target', 'met', 'n', 'range', 'notes'],
    ...rows.map(([key, n, r, notes]) => [key, fmt(results[key]), `≤ ${TARGETS[key]}`, results[key] === null ? 'n/a' : results.met[key] ? 'yes' : 'NO', n ?? '', r, results[key] === null ? (d.errors[key] ?? '') : notes]),
  ]);
}
