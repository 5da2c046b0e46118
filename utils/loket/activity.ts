// When the Loket.nl watchers look at all: both the first stage (first-stage.ts) and the reader
// (observe.ts) keep their MutationObserver connected only while the user is active. A page left
// alone costs nothing after `settleMs`; the user's next click or key press, a history event or
// the tab becoming visible connects it again. One copy of that rule, so the two stages cannot
// drift apart on when they sleep and wake.

export interface ActivityWatch {
  /** Start the settle time over, as a route change or a relevant change does. */
  restartSettle(): void;
  /** Disconnect for good and remove the listeners. */
  stop(): void;
}

const LISTENER_OPTIONS: AddEventListenerOptions = { capture: true, passive: true };

/**
 * Connects `observer` now and keeps it connected while the user is active. `onWake` hears of
 * every click, key press, history event or the tab becoming visible, and whether the observer
 * was connected just before (when not, the page may have changed unobserved). Plain arguments
 * rather than an options object: property names survive minification, and this code ships in
 * both content scripts.
 */
export function watchWhileActive(
  doc: Document,
  observer: MutationObserver,
  init: MutationObserverInit,
  settleMs: number,
  onWake: (wasArmed: boolean) => void,
  onArmedChange?: (armed: boolean) => void,
): ActivityWatch {
  const win = (doc.defaultView ?? globalThis) as Window & typeof globalThis;
  let armed = false;
  let stopped = false;
  let settleTimer: number | undefined;

  const restartSettle = (): void => {
    if (settleTimer !== undefined) win.clearTimeout(settleTimer);
    settleTimer = win.setTimeout(() => {
      settleTimer = undefined;
      observer.disconnect();
      armed = false;
      onArmedChange?.(false);
    }, settleMs);
  };
  const keepAwake = (): void => {
    if (!armed) {
      armed = true;
      observer.observe(doc.documentElement, init);
      onArmedChange?.(true);
    }
    restartSettle();
  };
  const wake = (): void => {
    if (stopped) return;
    const wasArmed = armed;
    keepAwake();
    onWake(wasArmed);
  };
  const onVisibility = (): void => {
    if (doc.visibilityState === 'visible') wake();
  };
  doc.addEventListener('click', wake, LISTENER_OPTIONS);
  doc.addEventListener('keyup', wake, LISTENER_OPTIONS);
  doc.addEventListener('visibilitychange', onVisibility, LISTENER_OPTIONS);
  win.addEventListener('popstate', wake, LISTENER_OPTIONS);
  win.addEventListener('hashchange', wake, LISTENER_OPTIONS);
  keepAwake();
  return {
    restartSettle,
    stop() {
      if (stopped) return;
      stopped = true;
      observer.disconnect();
      armed = false;
      if (settleTimer !== undefined) win.clearTimeout(settleTimer);
      doc.removeEventListener('click', wake, LISTENER_OPTIONS);
      doc.removeEventListener('keyup', wake, LISTENER_OPTIONS);
      doc.removeEventListener('visibilitychange', onVisibility, LISTENER_OPTIONS);
      win.removeEventListener('popstate', wake, LISTENER_OPTIONS);
      win.removeEventListener('hashchange', wake, LISTENER_OPTIONS);
    },
  };
}
