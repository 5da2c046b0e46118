import { browser } from 'wxt/browser';
import { HOST_PATTERNS_LOKET, LOKET_PING } from '../messages/ping';
import { siteOf } from '../browser/sites';
import { probeAsrTab } from './fill-request';

/**
 * After an extension update Chrome leaves the old content scripts in open tabs cut off: they no
 * longer reach the extension, and no new ones are injected (re-injecting would need the
 * `scripting` permission). The popup asks every open Loket.nl and a.s.r. tab whether its script
 * answers, and names the tabs that must be reloaded.
 */
export interface DeadTab {
  id: number;
  title: string;
  site: 'loket' | 'asr';
}

export async function pingLoketTab(tabId: number): Promise<boolean> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { type: LOKET_PING });
    return typeof reply === 'object' && reply !== null && (reply as { alive?: unknown }).alive === true;
  } catch {
    return false;
  }
}

const isAlive = async (tab: { id: number; site: 'loket' | 'asr' }) =>
  tab.site === 'loket' ? pingLoketTab(tab.id) : (await probeAsrTab(tab.id)).kind !== 'reload-needed';

/**
 * Open Loket.nl and a.s.r. tabs whose content script does not answer. Tabs still loading are
 * asked again after `retryMs` (their script may not have started yet).
 */
export async function findDeadTabs(retryMs = 400): Promise<DeadTab[]> {
  const tabs = await browser.tabs.query({ url: [...HOST_PATTERNS_LOKET, 'https://*.asr.nl/*'] });
  const ours = tabs.flatMap((t) => {
    const site = siteOf(t.url);
    return t.id !== undefined && (site === 'loket' || site === 'asr') && t.status !== 'unloaded' && !t.discarded
      ? [{ id: t.id, title: t.title || t.url || '', site }]
      : [];
  });
  const first = await Promise.all(ours.map(async (t) => ((await isAlive(t)) ? null : t)));
  const suspects = first.filter((t): t is DeadTab => t !== null);
  if (suspects.length === 0) return [];
  await new Promise((resolve) => setTimeout(resolve, retryMs));
  const second = await Promise.all(suspects.map(async (t) => ((await isAlive(t)) ? null : t)));
  return second.filter((t): t is DeadTab => t !== null);
}
