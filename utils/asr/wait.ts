// Waiting for the page: until a check holds (re-checked on DOM mutations) or a timeout passes.

import { collectFields } from './collect';
import { formPresent } from './score';
import type { Win } from './dom';

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
 * Resolve once no element has been added or removed for `quietMs` (at most `maxMs`): a form
 * that adds its first DGA row a moment after "Ja" has done so before the rows are counted.
 */
export function settle(doc: Document, quietMs: number, maxMs: number): Promise<void> {
  const win = doc.defaultView as Win | null;
  if (!win || maxMs <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    let quiet = win.setTimeout(done, quietMs);
    const cap = win.setTimeout(done, maxMs);
    const observer = new win.MutationObserver(() => {
      win.clearTimeout(quiet);
      quiet = win.setTimeout(done, quietMs);
    });
    observer.observe(doc, { childList: true, subtree: true });
    function done(): void {
      observer.disconnect();
      win!.clearTimeout(quiet);
      win!.clearTimeout(cap);
      resolve();
    }
  });
}
