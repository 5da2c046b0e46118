import { browser } from 'wxt/browser';
import { ASR_FILLER_FILE, ASR_WAYS_FILE } from '../messages/ping';
import { siteOf } from './sites';

/**
 * Puts the a.s.r. filler (with asr-ways.js, the further ways it operates a select) into the
 * tab's top frame before a probe or fill.
 * The top frame is enough: the filler walks same-origin frames itself (a form in an iframe is
 * filled from there), and one filler per tab means exactly one answer and one fill per request.
 * A second injection into the same page is a no-op (the filler's started flag); a new page load
 * gets a fresh one. Nothing is injected into a tab that is not an a.s.r. page: the probe then
 * finds no receiver, as on any other site. Resolves whether the filler is there.
 */
export async function ensureAsrFiller(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId);
  if (siteOf(tab.url) !== 'asr') return false;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [ASR_WAYS_FILE, ASR_FILLER_FILE], injectImmediately: true });
  return true;
}
