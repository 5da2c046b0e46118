// The background's side of the fill button on the a.s.r. form page: it reads the employer the
// popup would fill, sends the popup's own fill request to the tab's filler, and advances the
// stage exactly as the popup does.

import { browser } from 'wxt/browser';
import { applyUserEdit } from '../employers/record';
import { asrFormUrlItem, chosenEmployerIdItem, lastEmployerIdItem, readAllEmployers, readEmployerIndex, readEmployers, readProfile, readSettings, updateEmployer } from '../store';
import { chooseEmployer } from '../popup/choose-employer';
import { toFillValues } from '../popup/fill-values';
import { requestFill } from '../popup/fill-request';
import { ensureAsrFiller } from '../browser/asr-filler';
import { isFillComplete } from '../popup/fill-outcome';
import { stageAfterFill, stageIndex, statusAt } from '../registration/stage';
import { isFromThisExtension } from '../messages/captures';
import { siteOf } from '../browser/sites';
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
import { alreadySentLine } from '../popup/already-sent';
import { nextEmployer } from '../popup/next-employer';
import { confirmNotice, noticeAfterSubmit, noticedSendFor, sendNoticeItem } from './sent-notice';
import { lastFillItem, type LastFill } from './last-fill';
import type { EmployerRecord } from '../employers/record';
import { sayAgain, saidItem, type Said } from './said';
import { guardText } from '../i18n/guard';
import { buttonView, type ButtonContext } from './view';
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

function sentAfterFillHere(record: EmployerRecord, lastFill: LastFill | null, tabId: number | undefined): boolean {
  const status = record.draft.status;
  if (stageIndex(status.stage) < stageIndex('verstuurd') || !lastFill || lastFill.tabId !== tabId || lastFill.employerId !== record.id) return false;
  const sentAt = 'sentAt' in status && typeof status.sentAt === 'string' ? status.sentAt : '';
  // ISO timestamps order as strings; the noticed send's date is its submit, after the fill.
  return sentAt >= lastFill.at;
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
  // The next employer is offered once this one was sent after its fill in this very tab: a
  // registration sent long ago keeps the guarded "fill again" (issue 23) instead.
  const lastFill = record ? await lastFillItem.getValue().catch(() => null) : null;
  const next = record && sentAfterFillHere(record, lastFill, tabId) ? nextEmployer(profile, Object.values(await readAllEmployers()), record.id) : null;
  return { lang: settings.lang, profile, record, mustPick: choice.mustPick, shortcut, noticedSend, next };
}

/**
 * Fill the form in `tabId` for the employer the popup would fill, unless the button must not.
 * `shown`: the employer line the button showed when pressed; when the choice changed since,
 * nothing is filled and the button shows the new one.
 */
/**
 * The reply to a press: the status line said now, and kept (./said.ts) so that the button says
 * it again in the other language after a switch. No `said`: the view's own note is the line.
 */
async function reply(tabId: number, view: ButtonView, ctx: ButtonContext, said?: Said): Promise<FillButtonReply> {
  await saidItem.setValue(said ? { tabId, said } : null).catch(() => undefined);
  if (!said) return { view, status: view.note };
  return { view, status: await sayInTab(tabId, said, ctx) };
}

async function sayInTab(tabId: number, said: Said, ctx: ButtonContext): Promise<string> {
  const stored = await lastFillItem.getValue().catch(() => null);
  const lastFill = stored?.tabId === tabId ? stored : null;
  const known = said.k === 'other' ? await readEmployerIndex().catch(() => []) : [];
  return sayAgain(said, { lang: ctx.lang, record: ctx.record, lastFill, known });
}

/** What the button shows in `tabId`, with its last status line said again in the language now chosen. */
export async function buttonState(tabId: number): Promise<ButtonView> {
  const ctx = await readButtonContext(tabId);
  const view = buttonView(ctx);
  const said = await saidItem.getValue().catch(() => null);
  return said?.tabId === tabId ? { ...view, status: await sayInTab(tabId, said.said, ctx) } : view;
}

export async function fillFromButton(tabId: number, url: string | undefined, shown?: string, confirm?: ButtonConfirm): Promise<FillButtonReply> {
  const ctx = await readButtonContext(tabId);
  const view = buttonView(ctx);
  if (view.press || view.note || !ctx.record) return reply(tabId, view, ctx);
  if (shown !== undefined && shown !== view.employer) return reply(tabId, view, ctx, { k: 'changed' });
  const record = ctx.record;
  // Sent already: a second registration must be a deliberate second press.
  const sent = alreadySentLine(record.draft.status, ctx.lang);
  if (sent && !confirm) {
    return reply(tabId, { ...view, label: guardText('fillAgain', ctx.lang), confirm: 'sent' }, ctx, { k: 'sent' });
  }
  const values = toFillValues(ctx.profile, record.draft);
  const outcome = await requestFill(tabId, values, { overwriteConflicts: confirm === 'overwrite' }, ensureAsrFiller);
  if (outcome.kind === 'reload-needed') return reply(tabId, view, ctx, { k: 'reload' });
  const report = outcome.report;
  if (report.otherEmployer) {
    // Nothing was written: the form is another employer's. Only a second press replaces it.
    await rememberFill(tabId, values, report, record.id, url);
    return reply(tabId, { ...view, label: guardText('pageOverwrite', ctx.lang), confirm: 'overwrite' }, ctx, { k: 'other' });
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
  return reply(tabId, view, ctx, { k: 'summary' });
}

/** Records the send noticed in `tabId` for the employer shown (the button's "Verstuurd op" press). */
export async function recordNoticedSend(tabId: number): Promise<FillButtonReply> {
  const ctx = await readButtonContext(tabId);
  const view = buttonView(ctx);
  if (view.press !== FILL_BUTTON_SENT || !ctx.record || !ctx.noticedSend) return reply(tabId, view, ctx);
  const at = ctx.noticedSend;
  await updateEmployer(ctx.record.id, (stored) =>
    !stored || stageIndex(stored.draft.status.stage) >= stageIndex('verstuurd')
      ? stored
      : applyUserEdit(stored, { status: statusAt('verstuurd', at) }, new Date().toISOString()),
  );
  const after = await readButtonContext(tabId);
  const name = ctx.record.draft.werkgeverNaam.trim() || ctx.record.draft.werkgeverId;
  return reply(tabId, buttonView(after), after, { k: 'recorded', name, at });
}

/**
 * Makes the next employer the one to fill and opens a fresh form for it in `tabId` (the form's
 * address as last found, else this page's).
 */
export async function openNextForm(tabId: number, url: string | undefined): Promise<FillButtonReply> {
  const ctx = await readButtonContext(tabId);
  const view = buttonView(ctx);
  if (view.press !== FILL_BUTTON_NEXT || !ctx.next) return reply(tabId, view, ctx);
  const id = ctx.next.record.id;
  await Promise.all([chosenEmployerIdItem.setValue(id), lastEmployerIdItem.setValue(id)]);
  const formUrl = (await asrFormUrlItem.getValue().catch(() => null)) ?? url;
  if (formUrl && siteOf(formUrl) === 'asr') await browser.tabs.update(tabId, { url: formUrl });
  const after = await readButtonContext(tabId);
  return reply(tabId, buttonView(after), after, { k: 'opening' });
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
          return buttonState(tabId);
        });
      case FILL_BUTTON_STATE:
        return buttonState(tabId);
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
