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

export type SiteKind = 'loket' | 'asr' | 'other';

export function siteOf(url: string | undefined): SiteKind {
  if (!url) return 'other';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'other';
  }
  if (parsed.protocol !== 'https:') return 'other';
  const host = parsed.hostname;
  const under = (domain: string) => host === domain || host.endsWith(`.${domain}`);
  if (under('loket.nl') || under('loket-acc.nl')) return 'loket';
  if (under('asr.nl')) return 'asr';
  return 'other';
}
