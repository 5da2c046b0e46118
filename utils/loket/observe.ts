// Keeps the capture current on Loket.nl's single-page UI while doing as little as possible.
//
// Why this shape:
// - Loket.nl renders late and changes route without reloads; a content script in the isolated
//   world cannot patch the page's history.pushState, so a route change is noticed as a DOM
//   mutation batch (plus a location.href comparison) or a popstate/hashchange event.
// - Pages carry clocks, spinners and hover styles. Mutations that cannot change a capture are
//   filtered before any reading: attributes other than a few state attributes are not observed,
//   style changes count only when they flip display:none, and a text change counts only when it
//   sits next to a known label, a right or a heading.
// - Changes inside large collections (an overview's rows, more than BIG_COLLECTION children) are
//   ignored: an overview of many employees never changes the page's employer.
// - A route change is read at once; other reads are debounced (50 ms). Both are followed by one
//   re-check (values set as DOM properties after insertion cause no mutation). Only a capture
//   that differs from the last emitted one is sent.
// - First stage (gate.ts): before any read, one cheap walk decides whether the page can hold a
//   capture at all (its wording); on a page that cannot, the reader never runs, and a mutation
//   matters only when it adds or reveals such wording. A route change asks the question anew.
// - After `settleMs` without relevant mutations the observer disconnects: a settled page costs
//   nothing. The user's next click/key press, a history event or the tab becoming visible re-arms
//   it (route changes start with one of those). Risk: content arriving more than settleMs after
//   the last change with no user action in between is seen only at the next interaction.

import { HEADING_SELECTOR } from '../dom/text';
import { DISPLAY_NONE, hasInlineDisplayNone } from '../dom/visibility';
import { pageMayHoldCapture, type GateWork } from './gate';
import { mutationAddsCaptureWording, newBatchCache, NOISE_TAGS, watchedElement, type BatchCache } from './changes';
import { isKnownLabel, isRightLike } from './labels';
import { capturePage } from './capture';
import { watchWhileActive } from './activity';
import { textOf } from './values';
import { collapseWhitespace as normalizeSpace } from '../text/normalize';
import type { LoketCapture } from './types';

export interface WatchOptions {
  /** Delay that coalesces a burst of mutations into one read. Default 50 ms. */
  debounceMs?: number;
  /** One extra read this long after a mutation-triggered read; 0 disables. Default 400 ms. */
  recheckMs?: number;
  /** Disconnect after this long without relevant mutations. Default 10 000 ms. */
  settleMs?: number;
  /** The reader; injectable for tests. Default capturePage. */
  capture?: (doc: Document) => LoketCapture | null;
  /** Nodes of the extension itself (never a reason to read). Default none: the Loket.nl script adds no nodes. */
  ignoreSelector?: string;
  /** Told when the observer connects (true) or disconnects after settling (false): tests, diagnostics. */
  onArmedChange?: (armed: boolean) => void;
  /** Counts the first stage's work (nodes walked, walks made): tests, diagnostics. */
  gateWork?: GateWork;
  /**
   * Re-check the first read too (after recheckMs). For a reader started because a change brought
   * capture wording (first-stage.ts): as for any read a change causes, values set as DOM
   * properties after insertion cause no mutation. Default false.
   */
  recheckFirstRead?: boolean;
  /**
   * The first stage already found capture wording on this route (first-stage.ts): the reader's
   * own first walk would only say so again. Default false.
   */
  mayHoldCapture?: boolean;
}

const OBSERVED_ATTRIBUTES = ['aria-checked', 'checked', 'value', 'selected', 'hidden', 'style'];
/** A short text that is a label (or a right) we read. */
function isLabelText(el: Element | null | undefined): boolean {
  if (!el) return false;
  const text = textOf(el);
  if (!text || text.length > 80) return false;
  return isKnownLabel(text) || isRightLike(text) || isKnownLabel(text.split(':')[0] ?? '');
}

/** A text change matters when it sits in a labelled spot: the label itself, or a value beside one. */
function nearLabel(el: Element): boolean {
  if (el.closest(HEADING_SELECTOR)) return true;
  const parent = el.parentElement;
  return (
    isLabelText(el) ||
    isLabelText(el.previousElementSibling) ||
    isLabelText(parent?.previousElementSibling) ||
    isLabelText(parent?.firstElementChild !== el ? parent?.firstElementChild : null) ||
    // A row whose first cell is the label: <tr><th>Label</th><td><span>value</span></td></tr>
    isLabelText(parent?.parentElement?.firstElementChild !== parent ? parent?.parentElement?.firstElementChild : null)
  );
}

/**
 * Whether one mutation record could change what capturePage returns. `cache` carries the
 * big-collection verdicts across the records of one batch: an overview that renders 5,000 rows
 * delivers 5,000 records with the same target.
 */
export function isRelevantMutation(rec: MutationRecord, ignoreSelector = '', cache?: BatchCache): boolean {
  const el = watchedElement(rec, ignoreSelector, cache);
  if (!el) return false;
  if (rec.type === 'attributes') {
    if (rec.attributeName === 'style') {
      return DISPLAY_NONE.test(rec.oldValue ?? '') !== hasInlineDisplayNone(el);
    }
    return true; // only state attributes are observed
  }
  if (rec.type === 'childList') {
    let text = false;
    for (const list of [rec.addedNodes, rec.removedNodes]) {
      for (const node of Array.from(list)) {
        if (node.nodeType === 1) {
          const child = node as Element;
          if (NOISE_TAGS.has(child.tagName.toUpperCase())) continue;
          if (ignoreSelector && child.matches(ignoreSelector)) continue;
          return true;
        }
        if (node.nodeType === 3 && normalizeSpace((node as Text).data)) text = true;
      }
    }
    if (!text) return false;
  }
  const known = cache?.nearLabel.get(el);
  if (known !== undefined) return known;
  const near = nearLabel(el);
  cache?.nearLabel.set(el, near);
  return near;
}

/** Starts watching; returns stop(). Emits the first capture right away when the page has one. */
export function watchForCaptures(doc: Document, onCapture: (c: LoketCapture) => void, opts: WatchOptions = {}): () => void {
  const debounceMs = opts.debounceMs ?? 50;
  const recheckMs = opts.recheckMs ?? 400;
  const settleMs = opts.settleMs ?? 10_000;
  const capture = opts.capture ?? capturePage;
  const ignoreSelector = opts.ignoreSelector ?? '';
  // The document's own window: timers and MutationObserver of the realm the document lives in.
  const win = (doc.defaultView ?? globalThis) as Window & typeof globalThis;

  let lastJson: string | null = null;
  let lastHref = win.location?.href ?? '';
  let stopped = false;
  let runTimer: number | undefined;
  let recheckTimer: number | undefined;

  // First stage: whether this page (this route) can hold a capture. Asked once per route, and
  // again only when a change adds capture wording; until then the reader never runs.
  let mayHold: boolean | null = opts.mayHoldCapture ? true : null;
  const pageMayHold = (): boolean => {
    if (mayHold === null) mayHold = pageMayHoldCapture(doc, opts.gateWork);
    return mayHold;
  };

  const run = (): void => {
    if (stopped || !pageMayHold()) return;
    let c: LoketCapture | null = null;
    try {
      c = capture(doc);
    } catch {
      // An unexpected page must never break the host page; the next change retries.
      return;
    }
    if (!c) return;
    const json = JSON.stringify(c);
    if (json === lastJson) return;
    lastJson = json;
    try {
      onCapture(c);
    } catch {
      // The consumer's failure is not the page's problem.
    }
  };

  const scheduleRecheck = (): void => {
    if (recheckMs <= 0) return;
    if (recheckTimer !== undefined) win.clearTimeout(recheckTimer);
    recheckTimer = win.setTimeout(() => {
      recheckTimer = undefined;
      run();
    }, recheckMs);
  };

  const schedule = (withRecheck: boolean): void => {
    if (stopped) return;
    if (runTimer !== undefined) win.clearTimeout(runTimer);
    runTimer = win.setTimeout(() => {
      runTimer = undefined;
      run();
      if (withRecheck) scheduleRecheck();
    }, debounceMs);
  };

  /** A new route shows a new employer: read at once (no debounce), then once more later. */
  const runForNewRoute = (): void => {
    if (runTimer !== undefined) win.clearTimeout(runTimer);
    runTimer = undefined;
    mayHold = null; // another page: ask the first stage again
    run();
    scheduleRecheck();
  };

  const observer = new win.MutationObserver((records) => {
    const href = win.location?.href ?? '';
    const routeChanged = href !== lastHref;
    lastHref = href;
    if (routeChanged) {
      runForNewRoute();
      activity.restartSettle();
    } else {
      const cache = newBatchCache();
      if (mayHold === false) {
        // Nothing here to read: only capture wording arriving wakes the reader.
        if (!records.some((r) => mutationAddsCaptureWording(r, ignoreSelector, cache))) return;
        mayHold = true;
      } else if (!records.some((r) => isRelevantMutation(r, ignoreSelector, cache))) {
        return;
      }
      schedule(true);
      activity.restartSettle();
    }
  });

  const activity = watchWhileActive(
    doc,
    observer,
    { childList: true, subtree: true, characterData: true, attributes: true, attributeOldValue: true, attributeFilter: OBSERVED_ATTRIBUTES },
    settleMs,
    // User activity or navigation: read once if we were asleep or the route moved.
    (wasArmed) => {
      const href = win.location?.href ?? '';
      if (href !== lastHref) {
        lastHref = href;
        runForNewRoute();
      } else if (!wasArmed) {
        mayHold = null; // unobserved meanwhile: the page may have gained what we read
        schedule(true);
      }
    },
    opts.onArmedChange,
  );
  run();
  if (opts.recheckFirstRead) scheduleRecheck();

  return () => {
    stopped = true;
    activity.stop();
    for (const t of [runTimer, recheckTimer]) if (t !== undefined) win.clearTimeout(t);
  };
}
