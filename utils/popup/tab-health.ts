import { browser } from 'wxt/browser';
import { HOST_PATTERNS_LOKET, LOKET_PING } from '../messages/ping';
import { siteOf } from '../browser/sites';

/**
 * After an extension update Chrome leaves the old content scripts in open tabs cut off: they no
 * longer reach the extension, and no new ones are injected. The popup asks every open Loket.nl
 * tab whether its script answers, and names the tabs that must be reloaded. a.s.r. tabs are not
 * asked: their filler is injected afresh by this very extension on each probe or fill
 * (utils/browser/asr-filler.ts), so no reload is needed there, and asking would load the filler
 * into every a.s.r. tab the user merely has open.
 */
export interface DeadTab {
  id: number;
  title: string;
}

export async function pingLoketTab(tabId: number): Promise<boolean> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { type: LOKET_PING });
    return typeof reply === 'object' && reply !== null && (reply as { alive?: unknown }).alive === true;
  } catch {
    return false;
  }
}

const isAlive = (tab: DeadTab) => pingLoketTab(tab.id);

/**
 * Open Loket.nl tabs whose content script does not answer. Tabs still loading are
 * asked again after `retryMs` (their script may not have started yet).
 */
export async function findDeadTabs(retryMs = 400): Promise<DeadTab[]> {
  const tabs = await browser.tabs.query({ url: HOST_PATTERNS_LOKET });
  const ours = tabs.flatMap((t) =>
    t.id !== undefined && siteOf(t.url) === 'loket' && t.status !== 'unloaded' && !t.discarded ? [{ id: t.id, title: t.title || t.url || '' }] : [],
  );
  const first = await Promise.all(ours.map(async (t) => ((await isAlive(t)) ? null : t)));
  const suspects = first.filter((t): t is DeadTab => t !== null);
  if (suspects.length === 0) return [];
  await new Promise((resolve) => setTimeout(resolve, retryMs));
  const second = await Promise.all(suspects.map(async (t) => ((await isAlive(t)) ? null : t)));
  return second.filter((t): t is DeadTab => t !== null);
}
