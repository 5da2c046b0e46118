// What the fill button on the a.s.r. form page shows and says (pure; composed in the background,
// so the page's content script carries no dictionary).

import type { FillReport, FillStatus } from '../asr/types';
import type { EmployerRecord } from '../employers/record';
import type { Profile } from '../registration/schema';
import { hasBlockingErrors, validateRegistration } from '../registration/validate';
import { translate, type Lang } from '../i18n/table';
import { text } from '../i18n/popup';
import { PAGE_FILL_OPEN, pageText, type PageFillKey } from '../i18n/page-fill';
import { toFillValues } from '../popup/fill-values';
import { FILL_BUTTON_NEXT, FILL_BUTTON_SENT, type ButtonView } from './messages';
import { alreadySentLine, day } from '../popup/already-sent';
import { sendText } from '../i18n/send';
import type { NextEmployer } from '../popup/next-employer';
import { stageIndex } from '../registration/stage';

export interface ButtonContext {
  lang: Lang;
  profile: Profile;
  /** The employer the popup would fill on this tab (utils/popup/choose-employer.ts), or null. */
  record: EmployerRecord | null;
  /** The popup would ask which employer first. */
  mustPick: boolean;
  /** The browser's shortcut that opens the popup; '' when the user removed it. */
  shortcut: string;
  /** The user's own send of this employer's form, noticed in this tab (./sent-notice.ts): when submitted. */
  noticedSend?: string | null;
  /** The employer to fill next, once this one is sent. */
  next?: NextEmployer | null;
}

const nameOf = (record: EmployerRecord, lang: Lang) => record.draft.werkgeverNaam.trim() || record.draft.werkgeverId || text('unnamedEmployer', lang);

/** The employer line and, when the button must not fill, the one line that says why. */
export function buttonView(ctx: ButtonContext): ButtonView {
  const { lang, record } = ctx;
  const say = (key: PageFillKey) => pageText(key, lang, { shortcut: ctx.shortcut || pageText('pageFillNoShortcut', lang) });
  let employer = '';
  if (record) {
    const values = toFillValues(ctx.profile, record.draft);
    const parts = [
      record.draft.werkgeverNaam.trim() || text('unnamedEmployer', lang),
      values.werkgeverId && `${text('werkgeverId', lang)} ${values.werkgeverId}`,
      values.loonheffingennummer && `${text('loonheffingennummer', lang)} ${values.loonheffingennummer}`,
    ];
    employer = `${pageText('pageFillFor', lang)}: ${parts.filter(Boolean).join(' · ')}`;
  }
  const note = !record
    ? say('pageFillNoEmployer')
    : ctx.mustPick
      ? say('pageFillMustPick')
      : hasBlockingErrors(validateRegistration(ctx.profile, record.draft))
        ? say('pageFillBlocked')
        : '';
  const warn = record ? alreadySentLine(record.draft.status, lang) : null;
  const base = { lang, busy: pageText('pageFillBusy', lang), reload: pageText('pageFillReload', lang), employer };
  // After the user's own send the button's one press is the next step: record it, then go on.
  if (record && !ctx.mustPick && stageIndex(record.draft.status.stage) < stageIndex('verstuurd') && ctx.noticedSend) {
    const date = day(ctx.noticedSend, lang);
    return { ...base, label: sendText('markSentOn', lang, { date }), note: sendText('pageSentNote', lang, { name: nameOf(record, lang) }), press: FILL_BUTTON_SENT };
  }
  if (record && !ctx.mustPick && warn && ctx.next) {
    const next = nameOf(ctx.next.record, lang);
    return { ...base, label: sendText('pageNext', lang, { name: next }), note: sendText('pageNextNote', lang, { name: nameOf(record, lang) }), press: FILL_BUTTON_NEXT };
  }
  return {
    lang,
    label: pageText('pageFill', lang),
    busy: pageText('pageFillBusy', lang),
    reload: pageText('pageFillReload', lang),
    employer,
    note,
    ...(warn ? { warn } : {}),
  };
}

/** The statuses of fields not filled, in the order the summary line names them. */
const NOT_FILLED = ['not-found', 'conflict', 'not-taken', 'skipped'] as const satisfies readonly FillStatus[];

/** The one line beside the button after a fill: "12 van 14 velden ingevuld – 2 niet gevonden; open de koppelhulp voor het verslag". */
export function pageFillSummary(report: FillReport, lang: Lang): string {
  if (!report.formFound) return pageText('pageFillNoForm', lang);
  const count = (status: FillStatus) => report.fields.filter((f) => f.status === status).length;
  const open = NOT_FILLED.filter((status) => count(status) > 0)
    .map((status) => `${count(status)} ${translate(PAGE_FILL_OPEN, status, lang)}`)
    .join(', ');
  const rest = open ? ` – ${open}` : '';
  return pageText('pageFillDone', lang, { filled: count('filled'), total: report.fields.length, rest });
}
