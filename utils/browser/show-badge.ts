import { browser } from 'wxt/browser';
import type { LoketCapture } from '../loket/types';
import { badgeFor } from './badge';

/** Sets the badge of one tab (MV3 `action`, Firefox MV2 `browserAction`). */
export async function showBadge(tabId: number, capture: LoketCapture): Promise<void> {
  const badge = badgeFor(capture);
  // Firefox MV2 has browserAction only; the polyfill types know `action`.
  const api = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await Promise.all([
    api.setBadgeText({ tabId, text: badge.text }),
    api.setBadgeBackgroundColor({ tabId, color: badge.color }),
    api.setTitle({ tabId, title: badge.title.nl }),
  ]);
}
