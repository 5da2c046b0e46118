import { browser } from 'wxt/browser';
import type { LoketCapture } from '../loket/types';
import { buildChecklist, checkForEmployer, checklistVerdict } from '../rights/checklist';
import { readRights } from '../store';
import { badgeFor } from './badge';

/** The link user's verdict for the employer a company or employee page shows; undefined for a rights page. */
async function verdictFor(capture: LoketCapture): Promise<'ok' | 'missing' | 'open' | undefined> {
  if (capture.kind === 'rights') return undefined;
  const employer = { werkgeverId: capture.werkgeverId ?? '', werkgeverNaam: capture.werkgeverNaam ?? '' };
  const checks = Object.values(await readRights().catch(() => ({})));
  const check = checkForEmployer(checks, employer);
  return check ? checklistVerdict(buildChecklist(check, employer)) : 'open';
}

/** Sets the badge of one tab (MV3 `action`, Firefox MV2 `browserAction`). */
export async function showBadge(tabId: number, capture: LoketCapture): Promise<void> {
  const badge = badgeFor(capture, await verdictFor(capture));
  // Firefox MV2 has browserAction only; the polyfill types know `action`.
  const api = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await Promise.all([
    api.setBadgeText({ tabId, text: badge.text }),
    api.setBadgeBackgroundColor({ tabId, color: badge.color }),
    api.setTitle({ tabId, title: badge.title.nl }),
  ]);
}
