import { browser } from 'wxt/browser';

/**
 * Loads `url` (the a.s.r. form) afresh in `tabId` and resolves once it has loaded, so a probe
 * that follows meets the new page's filler, not the old page's. Gives up after `timeoutMs`:
 * the probe's own retries cover a page that is still loading then.
 */
export function openFormInTab(tabId: number, url: string, timeoutMs = 15_000): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let started = false;
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    const listener = (id: number, change: { status?: string }) => {
      if (id !== tabId) return;
      if (change.status === 'loading') started = true;
      else if (change.status === 'complete' && started) done();
    };
    const timer = setTimeout(done, timeoutMs);
    browser.tabs.onUpdated.addListener(listener);
    browser.tabs.update(tabId, { url }).catch((error: unknown) => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      reject(error);
    });
  });
}
