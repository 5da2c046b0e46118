import { defineItem } from '../store/item';
import { isAsrOrigin } from '../asr/origin';
import type { LastFill } from './last-fill';

/**
 * The user's own send of a form the extension filled, noticed on the page (issue 24): a trusted
 * submit of the registration form, then a confirmation shown on the same a.s.r. origin in the
 * same tab. Session storage, like the last fill it follows from: tab ids mean nothing after a
 * restart. Nothing is recorded from it by itself: the popup and the page's button offer
 * "Verstuurd op <date>" and the user's click records it.
 */
export interface SendNotice {
  tabId: number;
  employerId: string;
  /** The a.s.r. origin the filled form was on, and submitted from. */
  origin: string;
  /** When the user submitted (ISO): the date offered as "Verstuurd op". */
  submittedAt: string;
  /** The page then showed a confirmation. */
  confirmed: boolean;
}

export const sendNoticeItem = defineItem<SendNotice | null>('session', 'sendNotice', null);

/** A confirmation counts only this long after the submit. */
export const CONFIRM_WITHIN_MS = 15 * 60_000;

const originOf = (url: string | undefined): string | null => {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

/**
 * The notice a trusted submit in `tabId` (from a page at `url`) starts: only when the extension
 * filled a form in this very tab, for a known employer, on this same a.s.r. origin. Whether the
 * event was trusted is decided where it happened (the content script drops the others).
 */
export function noticeAfterSubmit(lastFill: LastFill | null, tabId: number, url: string | undefined, now: string): SendNotice | null {
  const origin = originOf(url);
  if (!lastFill || !origin || !isAsrOrigin(origin)) return null;
  if (lastFill.tabId !== tabId || !lastFill.employerId || lastFill.origin !== origin || !lastFill.report.formFound) return null;
  // A fill refused because the form held another employer's data: what is sent is theirs.
  if (lastFill.report.otherEmployer) return null;
  return { tabId, employerId: lastFill.employerId, origin, submittedAt: now, confirmed: false };
}

/** The notice once the page at `url` in `tabId` shows a confirmation; null when it does not belong. */
export function confirmNotice(notice: SendNotice | null, tabId: number, url: string | undefined, now: string): SendNotice | null {
  if (!notice || notice.tabId !== tabId || originOf(url) !== notice.origin) return null;
  if (Date.parse(now) - Date.parse(notice.submittedAt) > CONFIRM_WITHIN_MS) return null;
  return { ...notice, confirmed: true };
}

/** The submitted date the popup and button offer for `employerId` in `tabId`, or null. */
export function noticedSendFor(notice: SendNotice | null, tabId: number | undefined, employerId: string | undefined): string | null {
  return notice && notice.confirmed && notice.tabId === tabId && notice.employerId === employerId ? notice.submittedAt : null;
}
