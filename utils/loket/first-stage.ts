// The always-on part of the Loket.nl content script: it runs on every Loket.nl page and frame,
// so it does only what decides whether the page can hold anything the reader reads (gate.ts),
// and hands over to the reader (observe.ts, capture.ts, loaded separately) the moment it can.
//
// Why a separate stage: most Loket.nl pages (overviews, journals, reports) hold nothing the
// reader reads, yet every page paid for compiling and starting the whole reader (≈18 ms of the
// extension's own main-thread time per page load on a page with nothing to read, issue 26).
// This stage is a fraction of that code, and on such a page it runs one gate walk and a
// MutationObserver whose records are triaged by changes.ts.
//
// It keeps the reader's rules for when to look (observe.ts says why): a route change asks the
// gate again; other changes count only when they add or reveal capture wording; after
// `settleMs` without a route change the observer disconnects, and the user's next click or key
// press, a history event or the tab becoming visible re-arms it and asks the gate again (the
// page may have changed unobserved). Once the gate says yes this stage stops for good: the
// reader watches the page from then on, route changes to pages without wording included.

import { pageMayHoldCapture, type GateWork } from './gate';
import { mutationAddsCaptureWording, newBatchCache } from './changes';
import { watchWhileActive } from './activity';

/** Why the reader is wanted: the page as loaded holds capture wording, or a change brought it. */
export type ReaderCause = 'load' | 'change';

export interface FirstStageOptions {
  /** Disconnect after this long without a route change. Default 10 000 ms, as the reader. */
  settleMs?: number;
  /** Counts the gate's work (nodes walked, walks made): tests, diagnostics. */
  gateWork?: GateWork;
  /** Told when the observer connects (true) or disconnects after settling (false): tests. */
  onArmedChange?: (armed: boolean) => void;
}

/**
 * Watches `doc` until it may hold a capture, then stops and calls `onMayHold` once (at once when
 * it already may). Returns stop().
 */
export function whenPageMayHoldCapture(doc: Document, onMayHold: (cause: ReaderCause) => void, opts: FirstStageOptions = {}): () => void {
  const settleMs = opts.settleMs ?? 10_000;
  const win = (doc.defaultView ?? globalThis) as Window & typeof globalThis;
  let lastHref = win.location?.href ?? '';
  let stopped = false;

  const found = (cause: ReaderCause): void => {
    stopped = true;
    activity.stop();
    onMayHold(cause);
  };

  const observer = new win.MutationObserver((records) => {
    if (stopped) return;
    const href = win.location?.href ?? '';
    if (href !== lastHref) {
      // Another route: the whole page is asked again, and the settle time starts over.
      lastHref = href;
      activity.restartSettle();
      if (pageMayHoldCapture(doc, opts.gateWork)) found('change');
      return;
    }
    const cache = newBatchCache();
    if (records.some((r) => mutationAddsCaptureWording(r, '', cache))) found('change');
  });

  if (pageMayHoldCapture(doc, opts.gateWork)) {
    onMayHold('load');
    return () => undefined;
  }
  // Only what can bring wording: nodes, text, and the two attributes that hide or reveal.
  const activity = watchWhileActive(
    doc,
    observer,
    { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'style'] },
    settleMs,
    // Asleep or moved: the page may have changed unobserved, so the gate is asked again.
    (wasArmed) => {
      const href = win.location?.href ?? '';
      if (wasArmed && href === lastHref) return;
      lastHref = href;
      if (pageMayHoldCapture(doc, opts.gateWork)) found('change');
    },
    opts.onArmedChange,
  );
  return () => {
    stopped = true;
    activity.stop();
  };
}

/**
 * Where the first stage leaves the ReaderCause for the reader it asked for: both run in the
 * extension's isolated world of the same frame, which the page cannot see.
 */
export const READER_CAUSE_KEY = Symbol.for('kh.loket.cause');
/** Set by the reader when it starts: a second injection into the same frame does nothing. */
export const READER_STARTED_KEY = Symbol.for('kh.loket.reader');
