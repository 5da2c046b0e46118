// Execute a fill plan the way a person would, so the page's own code (React, Vue, Angular
// or plain listeners) registers every value; and orchestrate the whole fill of one
// document: wait for the form, fill, add DGA rows, report. Never submits.

import { ADD_ROW_WORDS, NEVER_PRESS_WORDS } from './labels';
import { buttonText, collectFields, comboOptions, findButtons, isDgaContext, isHidden, meaningOf, readableText, sectionContext } from './fields';
import { formPresent, planFill, sameValue, type FillPlan, type PlanAction, type PlanEntry } from './plan';
import { isAsrOrigin } from './origin';

// The content script imports the guard from here too.
export { isAsrOrigin };
import { collapseWhitespace, compact } from './text';
import type { FieldReport, FillOptions, FillReport, FillValues } from './types';

type Win = Window & typeof globalThis;

const DEFAULT_FORM_WAIT_MS = 10_000;
const DEFAULT_ROW_WAIT_MS = 2_000;
const DEFAULT_HIGHLIGHT_MS = 2_000;
const HIGHLIGHT_OUTLINE = '3px solid #2e7d32';

function winOf(el: Node): Win {
  const doc = el.nodeType === 9 ? (el as Document) : el.ownerDocument;
  const win = doc?.defaultView as Win | null | undefined;
  if (!win) throw new Error('Element has no window (detached document)');
  return win;
}

/** Let the page's framework run its pending work (Vue's nextTick, setState batches). */
function tick(win: Win, ms = 0): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, ms));
}

/**
 * The native setter of `prop` from the element's own prototype chain. Using the
 * prototype's setter (not `el.value = v`) bypasses React's per-instance value tracker,
 * so React sees a change; taking it from the element's own realm keeps this working for
 * elements of another frame.
 */
function nativeSetter(el: Element, prop: string): ((this: Element, v: unknown) => void) | undefined {
  for (let p: object | null = Object.getPrototypeOf(el); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (d?.set) return d.set as (this: Element, v: unknown) => void;
  }
  return undefined;
}

function fire(el: Element, type: string): void {
  const win = winOf(el);
  const ev =
    type === 'input' && typeof win.InputEvent === 'function'
      ? new win.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' })
      : new win.Event(type, { bubbles: true, composed: true });
  el.dispatchEvent(ev);
}

/** Type a value as a person would: focus, set, input, change, blur. */
export function setTextValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  el.focus();
  const set = nativeSetter(el, 'value');
  if (set) set.call(el, value);
  else el.value = value;
  fire(el, 'input');
  fire(el, 'change');
  el.blur();
}

/** Choose a select's option by index through the native setter, then input + change. */
export function selectOption(el: HTMLSelectElement, optionIndex: number): void {
  el.focus();
  const option = el.options[optionIndex];
  const values = Array.from(el.options).map((o) => o.value);
  // Setting `value` selects the first option with that value: only safe when unique.
  if (option && values.filter((v) => v === option.value).length === 1) nativeSetter(el, 'value')?.call(el, option.value);
  else nativeSetter(el, 'selectedIndex')?.call(el, optionIndex);
  fire(el, 'input');
  fire(el, 'change');
  el.blur();
}

function isSubmitControl(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'BUTTON') {
    const type = (el.getAttribute('type') ?? 'submit').toLowerCase();
    return type === 'submit' || !['button', 'reset', 'menu'].includes(type);
  }
  if (tag === 'INPUT') return ['submit', 'image'].includes((el.getAttribute('type') ?? '').toLowerCase());
  return false;
}

/**
 * Click an element while making sure no form is submitted: any submit event dispatched
 * during the click is cancelled before the page sees it, and a click on a button that
 * would submit by default (a <button> without type inside a form) has its default
 * action cancelled. The guard only lives for the synchronous dispatch of our click.
 */
export function guardedClick(el: HTMLElement): void {
  const win = winOf(el);
  const stopSubmit = (e: Event): void => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const noDefault = (e: Event): void => {
    if (e.target instanceof win.Node && (e.target === el || el.contains(e.target))) e.preventDefault();
  };
  const submits = isSubmitControl(el);
  win.addEventListener('submit', stopSubmit, true);
  if (submits) win.addEventListener('click', noDefault, true);
  try {
    el.click();
  } finally {
    win.removeEventListener('submit', stopSubmit, true);
    if (submits) win.removeEventListener('click', noDefault, true);
  }
}

function isChecked(el: HTMLElement): boolean {
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).checked;
  return el.getAttribute('aria-checked') === 'true';
}

/** Widgets that act on pointer/mouse down rather than click get the full sequence. */
function pressSequence(el: HTMLElement): void {
  const win = winOf(el);
  const opts = { bubbles: true, cancelable: true, composed: true, button: 0 };
  const Pointer = typeof win.PointerEvent === 'function' ? win.PointerEvent : win.MouseEvent;
  el.dispatchEvent(new Pointer('pointerdown', opts));
  el.dispatchEvent(new win.MouseEvent('mousedown', opts));
  el.dispatchEvent(new Pointer('pointerup', opts));
  el.dispatchEvent(new win.MouseEvent('mouseup', opts));
  guardedClick(el);
}

const NOT_TAKEN = 'de pagina nam de waarde niet over';

/** Run one action; returns the final report for its entry. */
export async function executeAction(entry: PlanEntry): Promise<FieldReport> {
  const action = entry.action as PlanAction;
  const win = winOf(action.element);
  const report = entry.report;
  switch (action.type) {
    case 'set-text': {
      setTextValue(action.element, action.value);
      await tick(win);
      const now = action.element.value;
      if (sameValue(report.field, now, action.value)) return report;
      if (!collapseWhitespace(now)) return { ...report, status: 'skipped', detail: NOT_TAKEN };
      return { ...report, detail: `pagina toont "${now}"` };
    }
    case 'select-option': {
      selectOption(action.element, action.optionIndex);
      await tick(win);
      return action.element.selectedIndex === action.optionIndex ? report : { ...report, status: 'skipped', detail: NOT_TAKEN };
    }
    case 'click': {
      const el = action.element;
      if (isChecked(el) !== action.expectChecked) guardedClick(el);
      await tick(win);
      // Some radio widgets select on pointer/mouse down; selecting twice is harmless for
      // a radio, so try the full press once. (Not for checkboxes: a second toggle undoes.)
      const isRadio = el.getAttribute('role') === 'radio' || (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'radio');
      if (isChecked(el) !== action.expectChecked && isRadio) {
        pressSequence(el);
        await tick(win);
      }
      return isChecked(el) === action.expectChecked ? report : { ...report, status: 'skipped', detail: NOT_TAKEN };
    }
    case 'pick': {
      // Open the list, then press the option that means what we want (its list may be
      // rendered only now, possibly elsewhere in the document).
      const { element: el, key, desired } = action;
      const doc = el.ownerDocument;
      const find = (): HTMLElement | undefined =>
        [...comboOptions(el), ...Array.from(doc.querySelectorAll<HTMLElement>('[role=listbox] [role=option]'))].find(
          (o) => !isHidden(o) && o.getAttribute('aria-disabled') !== 'true' && meaningOf(key, readableText(o)) === desired,
        );
      if (!find()) guardedClick(el);
      await tick(win, 30);
      const opt = find();
      if (opt) {
        pressSequence(opt);
        await tick(win);
      }
      return opt && (opt.getAttribute('aria-selected') === 'true' || meaningOf(key, readableText(el)) === desired)
        ? report
        : { ...report, status: 'skipped', detail: NOT_TAKEN };
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
    const c = compact(buttonText(b));
    if (!ADD_ROW_WORDS.some((w) => c.includes(w))) continue;
    if (NEVER_PRESS_WORDS.some((w) => c.includes(w))) continue;
    if (isDgaContext([buttonText(b)])) candidates.push({ el: b, rank: 0 });
    else if (isDgaContext(sectionContext(b, doc))) candidates.push({ el: b, rank: 1 });
  }
  candidates.sort((a, b) => a.rank - b.rank);
  return candidates[0]?.el;
}

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
  const maxAddClicks = values.dgas.length + 2;
  let addClicks = 0;
  let waitedForSection = false;
  let plan: FillPlan | undefined;

  for (let round = 0; round < maxAddClicks + 4; round++) {
    plan = planFill(collectFields(doc), values, options);
    let acted = false;
    for (const entry of plan.entries) {
      const key = keyOf(entry.report);
      const previous = reports.get(key);
      // Each field is handled once: a decided field is not touched again in a later round.
      if (previous && previous.status !== 'not-found') continue;
      const result = entry.action ? await executeAction(entry) : entry.report;
      if (entry.action) acted = true;
      reports.set(key, result);
      if (result.status === 'filled' && entry.highlight) toHighlight.add(entry.highlight);
    }

    if (plan.missingDgaRows.length > 0 && addClicks < maxAddClicks) {
      const button = findAddRowButton(doc);
      if (button) {
        const before = plan.dgaRowCount;
        guardedClick(button);
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

  for (const el of toHighlight) highlight(el, highlightMs);
  return { formFound: true, fields: Array.from(reports.values()) };
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
