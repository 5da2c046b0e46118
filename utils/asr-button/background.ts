// The background's side of the fill button on the a.s.r. form page: it reads the employer the
// popup would fill, sends the popup's own fill request to the tab's filler, and advances the
// stage exactly as the popup does.

import { browser } from 'wxt/browser';
import { applyUserEdit } from '../employers/record';
import { asrFormUrlItem, chosenEmployerIdItem, lastEmployerIdItem, readAllEmployers, readEmployerIndex, readEmployers, readProfile, readSettings, updateEmployer } from '../store';
import { chooseEmployer } from '../popup/choose-employer';
import { toFillValues } from '../popup/fill-values';
import { requestFill } from '../popup/fill-request';
import { isFillComplete } from '../popup/fill-outcome';
import { stageAfterFill, stageIndex, statusAt } from '../registration/stage';
import { isFromThisExtension } from '../messages/captures';
import { siteOf } from '../browser/sites';
import { pageText } from '../i18n/page-fill';
import {
  FILL_BUTTON_FILL,
  FILL_BUTTON_NEXT,
  FILL_BUTTON_SENT,
  FILL_BUTTON_STATE,
  SEND_CONFIRMED,
  SEND_SUBMITTED,
  type ButtonConfirm,
  type ButtonView,
  type FillButtonReply,
} from './messages';
import { alreadySentLine, day } from '../popup/already-sent';
import { nextEmployer } from '../popup/next-employer';
import { confirmNotice, noticeAfterSubmit, noticedSendFor, sendNoticeItem } from './sent-notice';
import { lastFillItem } from './last-fill';
import { sendText } from '../i18n/send';
import { describeFormOwner } from '../popup/other-employer';
import { guardText } from '../i18n/guard';
import { buttonView, pageFillSummary, type ButtonContext } from './view';
import { rememberFill } from './last-fill';

/** The shortcut that opens the popup, as the browser has it now (the user may have changed it). */
async function popupShortcut(): Promise<string> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === '_execute_action' || c.name === '_execute_browser_action')?.shortcut ?? '';
  } catch {
    return 'Alt+Shift+K';
  }
}

/** `tabId`: the tab the button is on, for a send noticed there. */
export async function readButtonContext(tabId?: number): Promise<ButtonContext> {
  const [chosenId, lastSeenId, profile, settings, shortcut] = await Promise.all([
    chosenEmployerIdItem.getValue(),
    lastEmployerIdItem.getValue(),
    readProfile(),
    readSettings(),
    popupShortcut(),
  ]);
  const found = await readEmployers([...new Set([chosenId, lastSeenId])].filter((id): id is string => !!id));
  const choice = chooseEmployer({ site: 'asr', ids: new Set(found.keys()), chosenId, lastSeenId });
  const record = (choice.selectedId && found.get(choice.selectedId)) || null;
  const noticedSend = noticedSendFor(await sendNoticeItem.getValue().catch(() => null), tabId, record?.id);
  // Only once this employer is sent is the next one looked for (a read of every employer).
  const next =
    record && stageIndex(record.draft.status.stage) >= stageIndex('verstuurd') ? nextEmployer(profile, Object.values(await readAllEmployers()), record.id) : null;
  return { lang: settings.lang, profile, record, mustPick: choice.mustPick, shortcut, noticedSend, next };
}

/**
 * Fill the form in `tabId` for the employer the popup would fill, unless the button must not.
 * `shown`: the employer line the button showed when pressed; when the choice changed since,
 * nothing is filled and the button shows the new one.
 */
export async function fillFromButton(tabId: number, url: string | undefined, shown?: string, confirm?: ButtonConfirm): Promise<FillButtonReply> {
  const ctx = await readButtonContext(tabId);
  const view = buttonView(ctx);
  if (view.press || view.note || !ctx.record) return { view, status: view.note };
  if (shown !== undefined && shown !== view.employer) return { view, status: pageText('pageFillChanged', ctx.lang) };
  const record = ctx.record;
  // Sent already: a second registration must be a deliberate second press.
  const sent = alreadySentLine(record.draft.status, ctx.lang);
  if (sent && !confirm) {
    return { view: { ...view, label: guardText('fillAgain', ctx.lang), confirm: 'sent' }, status: guardText('pageAlreadySent', ctx.lang, { sent }) };
  }
  const values = toFillValues(ctx.profile, record.draft);
  const outcome = await requestFill(tabId, values, { overwriteConflicts: confirm === 'overwrite' });
  if (outcome.kind === 'reload-needed') return { view, status: pageText('pageFillReload', ctx.lang) };
  const report = outcome.report;
  if (report.otherEmployer) {
    // Nothing was written: the form is another employer's. Only a second press replaces it.
    await rememberFill(tabId, values, report, record.id, url);
    const who = describeFormOwner(report.otherEmployer, await readEmployerIndex().catch(() => []));
    return {
      view: { ...view, label: guardText('pageOverwrite', ctx.lang), confirm: 'overwrite' },
      status: guardText('pageOtherEmployer', ctx.lang, { who }),
    };
  }
  const now = new Date().toISOString();
  const complete = isFillComplete(report);
  if (stageAfterFill(record.draft.status, complete, now) !== record.draft.status) {
    await updateEmployer(record.id, (stored) => {
      if (!stored) return null;
      const next = stageAfterFill(stored.draft.status, complete, now);
      return next === stored.draft.status ? stored : applyUserEdit(stored, { status: next }, now);
    });
  }
  await rememberFill(tabId, values, report, record.id, url);
  if (report.formFound && url) await asrFormUrlItem.setValue(url).catch(() => undefined);
  return { view, status: pageFillSummary(report, ctx.lang) };
}

/** Records the send noticed in `tabId` for the employer shown (the button's "Verstuurd op" press). */
export async function recordNoticedSend(tabId: number): Promise<FillButtonReply> {
  const ctx = await readButtonContext(tabId);
  const view = buttonView(ctx);
  if (view.press !== FILL_BUTTON_SENT || !ctx.record || !ctx.noticedSend) return { view, status: view.note };
  const at = ctx.noticedSend;
  await updateEmployer(ctx.record.id, (stored) =>
    !stored || stageIndex(stored.draft.status.stage) >= stageIndex('verstuurd')
      ? stored
      : applyUserEdit(stored, { status: statusAt('verstuurd', at) }, new Date().toISOString()),
  );
  const after = await readButtonContext(tabId);
  const name = ctx.record.draft.werkgeverNaam.trim() || ctx.record.draft.werkgeverId;
  return { view: buttonView(after), status: sendText('pageSentDone', ctx.lang, { name, date: day(at, ctx.lang) }) };
}

/**
 * Makes the next employer the one to fill and opens a fresh form for it in `tabId` (the form's
 * address as last found, else this page's).
 */
export async function openNextForm(tabId: number, url: string | undefined): Promise<FillButtonReply> {
  const ctx = await readButtonContext(tabId);
  const view = buttonView(ctx);
  if (view.press !== FILL_BUTTON_NEXT || !ctx.next) return { view, status: view.note };
  const id = ctx.next.record.id;
  await Promise.all([chosenEmployerIdItem.setValue(id), lastEmployerIdItem.setValue(id)]);
  const formUrl = (await asrFormUrlItem.getValue().catch(() => null)) ?? url;
  if (formUrl && siteOf(formUrl) === 'asr') await browser.tabs.update(tabId, { url: formUrl });
  return { view: buttonView(await readButtonContext(tabId)), status: sendText('nextOpening', ctx.lang) };
}

/** Notice updates one after another: a confirmation read right after a submit waits for it. */
let noticeQueue: Promise<unknown> = Promise.resolve();
function queueNotice<T>(work: () => Promise<T>): Promise<T> {
  const run = noticeQueue.then(work, work);
  noticeQueue = run.catch(() => undefined);
  return run;
}

/** Answers the button's content script: only from the top frame of an a.s.r. page of this extension. */
export function listenForFillButton(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender): Promise<ButtonView | FillButtonReply | undefined> | undefined => {
    const type = (message as { type?: unknown } | null)?.type;
    const known = [FILL_BUTTON_STATE, FILL_BUTTON_FILL, FILL_BUTTON_SENT, FILL_BUTTON_NEXT, SEND_SUBMITTED, SEND_CONFIRMED];
    if (typeof type !== 'string' || !known.includes(type)) return undefined;
    const tabId = sender.tab?.id;
    if (!isFromThisExtension(sender, browser.runtime.id) || tabId === undefined || sender.frameId !== 0 || siteOf(sender.url) !== 'asr') return undefined;
    const now = new Date().toISOString();
    switch (type) {
      case SEND_SUBMITTED:
        return queueNotice(async () => {
          const notice = noticeAfterSubmit(await lastFillItem.getValue().catch(() => null), tabId, sender.url, now);
          if (notice) await sendNoticeItem.setValue(notice);
          return undefined;
        });
      case SEND_CONFIRMED:
        return queueNotice(async () => {
          const notice = confirmNotice(await sendNoticeItem.getValue().catch(() => null), tabId, sender.url, now);
          if (!notice) return undefined;
          await sendNoticeItem.setValue(notice);
          return buttonView(await readButtonContext(tabId));
        });
      case FILL_BUTTON_STATE:
        return readButtonContext(tabId).then(buttonView);
      case FILL_BUTTON_SENT:
        return recordNoticedSend(tabId);
      case FILL_BUTTON_NEXT:
        return openNextForm(tabId, sender.url);
    }
    const { employer: shown, confirm } = message as { employer?: unknown; confirm?: unknown };
    const confirmed = confirm === 'sent' || confirm === 'overwrite' ? confirm : undefined;
    return fillFromButton(tabId, sender.url, typeof shown === 'string' ? shown : '', confirmed);
  });
}
