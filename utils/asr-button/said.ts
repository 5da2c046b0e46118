import { defineItem } from '../store/item';
import type { Lang } from '../i18n/table';
import { pageText } from '../i18n/page-fill';
import { guardText } from '../i18n/guard';
import { sendText } from '../i18n/send';
import { alreadySentLine, day } from '../popup/already-sent';
import { describeFormOwner, type KnownEmployer } from '../popup/other-employer';
import type { EmployerRecord } from '../employers/record';
import type { LastFill } from './last-fill';
import { pageFillSummary } from './view';

/**
 * What the button's status line last said in a tab, kept as what happened rather than as words
 * (issue 24): when the user switches the language, the line is said again in the new one.
 */
export type Said =
  | { k: 'changed' }
  | { k: 'reload' }
  | { k: 'sent' }
  | { k: 'other' }
  | { k: 'summary' }
  | { k: 'recorded'; name: string; at: string }
  | { k: 'opening' };

export const saidItem = defineItem<{ tabId: number; said: Said } | null>('session', 'buttonSaid', null);

export interface SayContext {
  lang: Lang;
  record: EmployerRecord | null;
  /** The last fill in this tab (its report: the summary, whose form it was). */
  lastFill: LastFill | null;
  known: readonly KnownEmployer[];
}

/** The status line for `said` in `ctx.lang`; '' when what it was about is gone. */
export function sayAgain(said: Said, ctx: SayContext): string {
  const { lang } = ctx;
  switch (said.k) {
    case 'changed':
      return pageText('pageFillChanged', lang);
    case 'reload':
      return pageText('pageFillReload', lang);
    case 'sent': {
      const sent = ctx.record ? alreadySentLine(ctx.record.draft.status, lang) : null;
      return sent ? guardText('pageAlreadySent', lang, { sent }) : '';
    }
    case 'other': {
      const owner = ctx.lastFill?.report.otherEmployer;
      return owner ? guardText('pageOtherEmployer', lang, { who: describeFormOwner(owner, ctx.known) }) : '';
    }
    case 'summary':
      return ctx.lastFill ? pageFillSummary(ctx.lastFill.report, lang) : '';
    case 'recorded':
      return sendText('pageSentDone', lang, { name: said.name, date: day(said.at, lang) });
    case 'opening':
      return sendText('nextOpening', lang);
  }
}
