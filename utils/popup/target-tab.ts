import { browser } from 'wxt/browser';


export interface TargetTab {
  id: number;
  url: string | undefined;
}

/**
 * The tab the popup acts on: `?tabId=N` when given (tests open the popup as a page, where the
 * active tab would be the popup itself), otherwise the active tab of the current window.
 */
export async function resolveTargetTab(search: string): Promise<TargetTab | null> {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(requested) && requested > 0) {
    try {
      const tab = await browser.tabs.get(requested);
      return { id: requested, url: tab.url };
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}
