// Orchestrate the fill of one document: wait for the form, act on each planned field the
// way a person does (act.ts), add DGA rows, read every field back as a person sees it, and
// report. On an unexpected error every change is put back and the report names the field.
// Never submits.

import { collectFields } from './collect';
import { planFill, type FillPlan } from './plan';
import { effectiveHasDga, type PlanEntry } from './entries';
import { formPresent } from './score';
import { guardedClick, press, selectOption, setTextValue, tick, winOf } from './act';
import { isAsrOrigin } from './origin';
import { executeAction, type Undo } from './execute';
import { highlight } from './highlight';
import { settle, waitFor, waitForForm } from './wait';
import { checkDgaRows, findAddRowButton, removeEmptyRows, removeExtraRows } from './dga-rows';
import { keyOf, readBack } from './read-back';
import type { FieldReport, FillOptions, FillReport, FillValues } from './types';
import { notReplaced, otherEmployerOnForm, refusedReport } from './identity';
import { ROWS_FIRST } from './keys';

// The content script imports the guard from here too.
export { isAsrOrigin };
export { guardedClick, selectOption, setTextValue };

const DEFAULT_FORM_WAIT_MS = 10_000;
const DEFAULT_ROW_WAIT_MS = 2_000;
const DEFAULT_HIGHLIGHT_MS = 2_000;

/**
 * The document holding the registration form right now: `doc` itself, else a same-origin
 * child frame's document (searched depth-first), else null. Synchronous: no waiting. The
 * content script runs in the top frame only and fills the document this returns; a
 * cross-origin frame cannot be reached from there, and is never filled.
 */
export function findFormDocument(doc: Document): Document | null {
  if (formPresent(collectFields(doc))) return doc;
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    let child: Document | null = null;
    try {
      child = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      child = null; // cross-origin: not ours to read
    }
    const found = child ? findFormDocument(child) : null;
    if (found) return found;
  }
  return null;
}

/**
 * Fill the a.s.r. registration form in `doc` (any frame's document) and report per field.
 * Waits (bounded) for a late form, answers the DGA question, presses the DGA section's
 * add button until there are rows for every DGA (waiting for each row to render), fills
 * each field at most once, never overwrites a different value unless
 * options.overwriteConflicts, never submits.
 */
export async function fillDocument(doc: Document, values: FillValues, options: FillOptions): Promise<FillReport> {
  const formWait = options.waitForFormMs ?? DEFAULT_FORM_WAIT_MS;
  const rowWait = options.rowWaitMs ?? DEFAULT_ROW_WAIT_MS;
  const highlightMs = options.highlightMs ?? DEFAULT_HIGHLIGHT_MS;

  if (!(await waitForForm(doc, formWait))) {
    // Not the registration form: touch nothing; say what would have been looked for.
    return { formFound: false, fields: planFill([], values, options).entries.map((e) => e.report) };
  }

  // One employer per form: another employer's form is left alone unless the user said to
  // replace it, and then it is replaced entirely or not at all.
  const other = otherEmployerOnForm(doc, values);
  if (other && !options.overwriteConflicts) return refusedReport(doc, values, other);

  const reports = new Map<string, FieldReport>();
  const toHighlight = new Set<HTMLElement>();
  const undo: Undo[] = [];
  const maxAddClicks = values.dgas.length + 2;
  let addClicks = 0;
  let waitedForSection = false;
  let plan: FillPlan | undefined;
  let current: FieldReport | undefined;

  try {
    for (let round = 0; round < maxAddClicks + 4; round++) {
      plan = planFill(collectFields(doc), values, options);
      let acted = false;
      for (const entry of plan.entries) {
        const key = keyOf(entry.report);
        const previous = reports.get(key);
        // Each field is handled once: a decided field is not touched again in a later round.
        if (previous && previous.status !== 'not-found') continue;
        // "Nee" would hide another employer's DGA rows before they are removed: answered after.
        if (entry.report.field === 'hasDga' && plan.extraDgaRows.length && options.overwriteConflicts) continue;
        current = entry.report;
        const result = entry.action ? await executeAction(entry, undo) : entry.report;
        current = undefined;
        if (entry.action) acted = true;
        reports.set(key, result);
        if (result.status === 'filled' && entry.highlight) toHighlight.add(entry.highlight);
      }

      if (plan.missingDgaRows.length > 0 && addClicks < maxAddClicks) {
        const button = findAddRowButton(doc);
        if (button) {
          const before = plan.dgaRowCount;
          press(button);
          addClicks++;
          const grew = await waitFor(doc, () => planFill(collectFields(doc), values, options).dgaRowCount > before, rowWait);
          if (grew) continue;
          break;
        }
        if (!waitedForSection) {
          // Answering "Ja" may reveal the DGA section (rows or add button) asynchronously.
          waitedForSection = true;
          const appeared = await waitFor(
            doc,
            () => !!findAddRowButton(doc) || planFill(collectFields(doc), values, options).dgaRowCount > (plan?.dgaRowCount ?? 0),
            rowWait,
          );
          if (appeared) continue;
        }
      }
      if (!acted) break;
    }
    if (other) {
      // Checked before any row is removed (a removed row cannot be put back): a field still
      // showing the other employer's value undoes every change.
      await tick(winOf(doc), 30);
      await readBack(doc, values, reports);
      current = notReplaced(reports);
      if (current) throw new Error('not replaced');
    }
    // Removing a row is overwriting what the form holds: only when the user asked for that.
    if (options.overwriteConflicts) {
      await removeExtraRows(doc, values, options, rowWait, reports);
      // The DGA answer now. While a row of the other employer is left, an answer on the form is
      // not overwritten, and "Nee" is not given at all: it would hide that row from the user.
      const fields = collectFields(doc);
      const rowsLeft = planFill(fields, values, options).extraDgaRows.length > 0;
      for (const entry of planFill(fields, values, { ...options, overwriteConflicts: !rowsLeft }).entries) {
        const key = keyOf(entry.report);
        if (entry.report.field !== 'hasDga' || reports.has(key)) continue;
        current = entry.report;
        const hides = rowsLeft && !!entry.action && effectiveHasDga(values) === false;
        const result = hides ? { ...entry.report, status: 'skipped' as const, detail: ROWS_FIRST } : await executeAction(entry, undo);
        current = undefined;
        reports.set(key, result);
        if (result.status === 'filled' && entry.highlight) toHighlight.add(entry.highlight);
      }
    }
    // A form may still add a row it loads late: count the rows once it has stopped changing.
    await settle(doc, 250, rowWait);
    await removeEmptyRows(doc, values, options, rowWait);
    await tick(winOf(doc), 30);
    await readBack(doc, values, reports);
    checkDgaRows(doc, values, options, reports);
  } catch {
    // Put back every change, newest first; one that cannot be undone does not stop the rest.
    for (const u of undo.reverse()) {
      try {
        await u();
      } catch {
        // nothing more can be done for this one
      }
    }
    return failedReport(values, plan?.entries, current);
  }

  for (const el of toHighlight) highlight(el, highlightMs);
  return { formFound: true, fields: Array.from(reports.values()) };
}

/** Said of the field an unexpected error stopped the fill on, and of every other field then. */
export const FAILED_HERE = 'invullen mislukt bij dit veld; alles is teruggezet zoals het was';
export const FAILED_ELSEWHERE = 'niet ingevuld: invullen mislukt, alles is teruggezet zoals het was';

/**
 * The report after an unexpected error (the form is as it was found): the field it happened
 * on is "niet overgenomen" with why, every other field "overgeslagen" with why.
 */
export function failedReport(values: FillValues, entries?: PlanEntry[], at?: FieldReport): FillReport {
  const all = entries ?? planFill([], values, { overwriteConflicts: false }).entries;
  const fields = all.map(({ report: r }): FieldReport => {
    const base = { field: r.field, ...(r.index === undefined ? {} : { index: r.index }), ...(r.label ? { label: r.label } : {}) };
    const here = at && at.field === r.field && at.index === r.index;
    return here ? { ...base, status: 'not-taken', detail: FAILED_HERE } : { ...base, status: 'skipped', detail: FAILED_ELSEWHERE };
  });
  return { formFound: true, fields };
}

/**
 * fillDocument behind the origin guard: null (nothing touched) unless the document's
 * origin is https://asr.nl or https://*.asr.nl. An about:blank/srcdoc frame inherits its
 * parent's origin, which `window.origin` reports.
 */
export async function fillAsrDocument(doc: Document, values: FillValues, options: FillOptions): Promise<FillReport | null> {
  const origin = doc.defaultView?.origin ?? doc.location?.origin ?? '';
  if (!isAsrOrigin(origin)) return null;
  return fillDocument(doc, values, options);
}

