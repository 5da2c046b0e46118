import { browser } from 'wxt/browser';
import type { LoketCapture } from '../loket/types';
import { checklistVerdict, linkUserChecklist, type ChecklistItem } from '../rights/checklist';
import { readRights } from '../store';
import { badgeFor } from './badge';

/**
 * The link user's checklist behind the badge, by the decision the popup and the page panel use
 * (linkUserChecklist): for a company or employee page, the employer's link user; for a user's
 * rights page, that user with the teams the user is in.
 */
async function checklistOf(capture: LoketCapture): Promise<{ verdict?: 'ok' | 'missing' | 'open'; items?: ChecklistItem[] }> {
  if (capture.kind === 'team') return {};
  const checks = Object.values(await readRights().catch(() => ({})));
  if (capture.kind === 'rights') return { items: linkUserChecklist(checks, undefined, capture.userName, capture).items };
  const employer = { werkgeverId: capture.werkgeverId ?? '', werkgeverNaam: capture.werkgeverNaam ?? '' };
  const { check, items } = linkUserChecklist(checks, employer);
  return { verdict: check ? checklistVerdict(items) : 'open' };
}

/** Sets the badge of one tab (MV3 `action`, Firefox MV2 `browserAction`). */
export async function showBadge(tabId: number, capture: LoketCapture): Promise<void> {
  const { verdict, items } = await checklistOf(capture);
  const badge = badgeFor(capture, verdict, items);
  // Firefox MV2 has browserAction only; the polyfill types know `action`.
  const api = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await Promise.all([
    api.setBadgeText({ tabId, text: badge.text }),
    api.setBadgeBackgroundColor({ tabId, color: badge.color }),
    api.setTitle({ tabId, title: badge.title.nl }),
  ]);
}
