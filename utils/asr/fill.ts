// Orchestrate the fill of one document: wait for the form, act on each planned field the
// way a person does (act.ts), add DGA rows, read every field back as a person sees it, and
// report. On an unexpected error every change is put back and the report names the field.
// Never submits.

import { ADD_ROW_WORDS, NEVER_PRESS_WORDS, REMOVE_MORE_WORDS, REMOVE_ROW_WORDS } from './labels';
import { isDgaContext } from './candidates';
import { buttonText, findButtons } from './buttons';
import { collectFields, sectionContext } from './collect';
import type { CollectedField } from './fields';
import { planFill, type ExtraDgaRow, type FillPlan } from './plan';
import { sameValue, type PlanEntry } from './entries';
import { formPresent } from './score';
import { EXTRA_ROW, REMOVED_ROW } from './keys';
import { closeList, comboboxMeans, guardedClick, pickByText, pickOption, press, selectOption, setTextValue, tick, uncheckRadio, winOf } from './act';
import { comboboxShows } from './combobox';
import { hasStem } from './text';
import { isAsrOrigin } from './origin';
import { containsDeep, renderedParent, type Win } from './dom';
import { collapseWhitespace } from '../text/normalize';
import type { FieldReport, FillOptions, FillReport, FillValues } from './types';

// The content script imports the guard from here too.
export { isAsrOrigin };
export { guardedClick, selectOption, setTextValue };

const DEFAULT_FORM_WAIT_MS = 10_000;
const DEFAULT_ROW_WAIT_MS = 2_000;
const DEFAULT_HIGHLIGHT_MS = 2_000;
const HIGHLIGHT_OUTLINE = '3px solid #2e7d32';

function isChecked(el: HTMLElement): boolean {
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).checked;
  if (el.hasAttribute('aria-pressed')) return el.getAttribute('aria-pressed') === 'true';
  return el.getAttribute('aria-checked') === 'true';
}

function isRadio(el: HTMLElement): boolean {
  return el.getAttribute('role') === 'radio' || (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'radio');
}

/** How to put one change back, recorded before it is made. */
type Undo = () => Promise<void> | void;

/** What the page shows after an action, when it is not what was meant. */
const NOT_TAKEN = 'de pagina nam de waarde niet over';
const ALREADY = 'al ingevuld';
const shows = (text: string): string => (collapseWhitespace(text) ? `pagina toont "${collapseWhitespace(text)}"` : NOT_TAKEN);

/**
 * Run one action; returns its report as far as the control itself tells (the final word is
 * the read-back after the whole fill), and records in `undo` how to put it back.
 */
export async function executeAction(entry: PlanEntry, undo: Undo[] = []): Promise<FieldReport> {
  const action = entry.action;
  const report = entry.report;
  if (!action) return report;
  const win = winOf(action.element);
  switch (action.type) {
    case 'set-text': {
      const el = action.element;
      const was = el.value;
      undo.push(() => setTextValue(el, was));
      setTextValue(el, action.value);
      await tick(win);
      return sameValue(report.field, el.value, action.value) ? report : { ...report, status: 'not-taken', detail: shows(el.value) };
    }
    case 'select-option': {
      const el = action.element;
      const was = el.selectedIndex;
      undo.push(() => selectOption(el, was));
      selectOption(el, action.optionIndex);
      await tick(win);
      return el.selectedIndex === action.optionIndex ? report : { ...report, status: 'not-taken', detail: NOT_TAKEN };
    }
    case 'click': {
      const el = action.element;
      const previous = action.previous;
      undo.push(async () => {
        if (!isRadio(el)) {
          if (isChecked(el) === action.expectChecked) press(el);
        } else if (previous && previous !== el) press(previous);
        else if (!previous && el.tagName === 'INPUT') uncheckRadio(el as HTMLInputElement);
        await tick(win);
      });
      if (isChecked(el) !== action.expectChecked) guardedClick(el);
      await tick(win);
      // Some widgets select on pointer/mouse down; selecting twice is harmless for a radio,
      // so try the full press once. (Not for checkboxes: a second toggle undoes.)
      if (isChecked(el) !== action.expectChecked && isRadio(el)) {
        press(el);
        await tick(win);
      }
      return isChecked(el) === action.expectChecked ? report : { ...report, status: 'not-taken', detail: NOT_TAKEN };
    }
    case 'pick': {
      const { element: el, key, desired } = action;
      const was = comboboxShows(el);
      const typed = el.tagName === 'INPUT' ? (el as HTMLInputElement).value : undefined;
      undo.push(() => (was ? pickByText(el, was) : closeList(el, typed)));
      const ok = await pickOption(el, key, desired, action.searchable);
      if (!ok) closeList(el, typed);
      return ok || comboboxMeans(el, key, desired) ? report : { ...report, status: 'not-taken', detail: shows(comboboxShows(el)) };
    }
  }
}

const highlighted = new WeakSet<HTMLElement>();

/**
 * Outline an element for `ms` milliseconds through its inline style, then put back exactly
 * the inline outline it had before (or none). Page stylesheets are never touched.
 */
export function highlight(el: HTMLElement, ms: number): void {
  if (ms <= 0 || highlighted.has(el)) return;
  const win = winOf(el);
  const style = el.style;
  const hadStyleAttr = el.hasAttribute('style');
  const saved = ['outline', 'outline-offset'].map((p) => ({
    p,
    v: style.getPropertyValue(p),
    prio: style.getPropertyPriority(p),
  }));
  highlighted.add(el);
  style.setProperty('outline', HIGHLIGHT_OUTLINE, 'important');
  style.setProperty('outline-offset', '2px', 'important');
  win.setTimeout(() => {
    for (const { p, v, prio } of saved) {
      if (v) style.setProperty(p, v, prio);
      else style.removeProperty(p);
    }
    if (!hadStyleAttr && !el.getAttribute('style')) el.removeAttribute('style');
    highlighted.delete(el);
  }, ms);
}

/**
 * Resolve true as soon as `check()` holds, false after `timeoutMs`. Re-checks on DOM
 * mutations (debounced), and always disconnects its observer.
 */
export function waitFor(doc: Document, check: () => boolean, timeoutMs: number): Promise<boolean> {
  if (check()) return Promise.resolve(true);
  const win = doc.defaultView as Win | null;
  if (!win || timeoutMs <= 0) return Promise.resolve(false);
  return new Promise((resolve) => {
    let debounce: number | undefined;
    let settled = false;
    const finish = (v: boolean): void => {
      if (settled) return;
      settled = true;
      observer.disconnect();
      win.clearTimeout(timer);
      if (debounce !== undefined) win.clearTimeout(debounce);
      resolve(v);
    };
    const observer = new win.MutationObserver(() => {
      if (debounce !== undefined) return;
      debounce = win.setTimeout(() => {
        debounce = undefined;
        if (check()) finish(true);
      }, 30);
    });
    observer.observe(doc, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'class', 'hidden', 'aria-hidden', 'disabled'],
    });
    const timer = win.setTimeout(() => finish(check()), timeoutMs);
  });
}

/**
 * Wait until the registration form is on the page: at least one field specific to it
 * found by its visible label. Uses a MutationObserver (disconnected afterwards) with a
 * timeout; resolves false when the form did not appear in time.
 */
export function waitForForm(doc: Document, timeoutMs: number): Promise<boolean> {
  return waitFor(doc, () => formPresent(collectFields(doc)), timeoutMs);
}

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

/** The DGA section's add-row button ("DGA toevoegen", "+ Toevoegen", "Nog een DGA toevoegen"). */
export function findAddRowButton(doc: Document): HTMLElement | undefined {
  const candidates: { el: HTMLElement; rank: number }[] = [];
  for (const b of findButtons(doc)) {
    const text = buttonText(b);
    if (!hasStem(text, ADD_ROW_WORDS) || hasStem(text, NEVER_PRESS_WORDS)) continue;
    if (isDgaContext([buttonText(b)])) candidates.push({ el: b, rank: 0 });
    else if (isDgaContext(sectionContext(b, doc))) candidates.push({ el: b, rank: 1 });
  }
  candidates.sort((a, b) => a.rank - b.rank);
  return candidates[0]?.el;
}

/**
 * The remove control of one DGA row, only when what a person reads ties it to that row: the
 * single button saying "verwijder" in the smallest group around the row's controls that holds
 * no other field of the form. A section-wide or ambiguous button is never pressed.
 */
export function findRemoveButton(row: ExtraDgaRow, fields: CollectedField[]): HTMLElement | undefined {
  const own = new Set<Element>(row.controls);
  const others = fields.flatMap((f) => [f.element, ...('options' in f ? f.options.map((o) => o.element) : [])]).filter((e) => !own.has(e));
  const first = row.controls[0];
  for (let group = first ? renderedParent(first) : null; group; group = renderedParent(group)) {
    if (!row.controls.every((c) => containsDeep(group!, c))) continue;
    if (others.some((o) => containsDeep(group!, o))) return undefined;
    const buttons = findButtons(group).filter((b) => hasStem(buttonText(b), REMOVE_ROW_WORDS) && !hasStem(buttonText(b), ADD_ROW_WORDS));
    // The row's own control is found in a smaller group first; one for several rows is never it.
    if (buttons.length > 0) return buttons.length === 1 && !hasStem(buttonText(buttons[0]!), REMOVE_MORE_WORDS) ? buttons[0] : undefined;
  }
  return undefined;
}

/**
 * On "Toch overschrijven": press the remove control of each DGA row left from another employer
 * and read back that one row fewer holds that name. Rows without such a control stay reported
 * as conflicts ("verwijder deze zelf"), so the fill is not complete.
 */
async function removeExtraRows(doc: Document, values: FillValues, options: FillOptions, rowWait: number, reports: Map<string, FieldReport>): Promise<void> {
  const extrasNow = () => {
    const fields = collectFields(doc);
    return { fields, extras: planFill(fields, values, options).extraDgaRows };
  };
  const holding = (extras: ExtraDgaRow[], holds: string) => extras.filter((r) => r.holds === holds).length;
  const removed: string[] = [];
  const pressed = new Set<HTMLElement>();
  for (let i = 0; i < MAX_ROW_REMOVALS; i++) {
    const { fields, extras } = extrasNow();
    const next = extras.map((row) => ({ row, button: findRemoveButton(row, fields) })).find((t) => t.button && !pressed.has(t.button));
    if (!next?.button) break;
    pressed.add(next.button);
    const before = holding(extras, next.row.holds);
    press(next.button);
    if (await waitFor(doc, () => holding(extrasNow().extras, next.row.holds) < before, rowWait)) removed.push(next.row.holds);
  }
  if (pressed.size === 0) return;
  for (const [key, r] of reports) if (r.detail?.startsWith(EXTRA_ROW)) reports.delete(key);
  const left = planFill(collectFields(doc), values, options).entries.filter((e) => e.report.detail?.startsWith(EXTRA_ROW));
  for (const e of left) reports.set(keyOf(e.report), e.report);
  removed.forEach((holds, k) => {
    const index = values.dgas.length + left.length + k;
    reports.set(`dgaNaam#${index}`, { field: 'dgaNaam', index, status: 'filled', detail: REMOVED_ROW + holds });
  });
}

const MAX_ROW_REMOVALS = 20;

function keyOf(r: FieldReport): string {
  return r.index === undefined ? r.field : `${r.field}#${r.index}`;
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
    // Removing a row is overwriting what the form holds: only when the user asked for that.
    if (options.overwriteConflicts) await removeExtraRows(doc, values, options, rowWait, reports);
    await tick(winOf(doc), 30);
    await readBack(doc, values, reports);
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
 * Read every field we changed back through what a person sees (a fresh read of the page:
 * the input's value, the chosen option's text, the checked radio's label, the switch's
 * state, inside shadow roots too). "ingevuld" stays only where that equals what was meant.
 */
async function readBack(doc: Document, values: FillValues, reports: Map<string, FieldReport>): Promise<void> {
  // A widget may still be rendering its choice (a closing list, a state update): a field that
  // disagrees is read again a little later, at most three times.
  for (let attempt = 0; ; attempt++) {
    const seen = new Map<string, FieldReport>();
    for (const e of planFill(collectFields(doc), values, { overwriteConflicts: false }).entries) seen.set(keyOf(e.report), e.report);
    const differs: [string, FieldReport, FieldReport][] = [];
    for (const [key, r] of reports) {
      if (r.status !== 'filled' || r.detail === ALREADY) continue;
      const now = seen.get(key);
      // Gone from the page (a step moved on): its earlier read stands.
      if (!now || now.status === 'not-found' || (now.status === 'filled' && now.detail === ALREADY)) continue;
      differs.push([key, r, now]);
    }
    if (!differs.length) return;
    if (attempt >= 2) {
      for (const [key, r, now] of differs) {
        reports.set(key, { ...r, status: 'not-taken', detail: now.status === 'conflict' && now.detail ? shows(now.detail) : NOT_TAKEN });
      }
      return;
    }
    await tick(winOf(doc), 150 * (attempt + 1));
  }
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
