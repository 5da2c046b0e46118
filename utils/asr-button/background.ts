// The background's side of the fill button on the a.s.r. form page: it reads the employer the
// popup would fill, sends the popup's own fill request to the tab's filler, and advances the
// stage exactly as the popup does.

import { browser } from 'wxt/browser';
import { applyUserEdit } from '../employers/record';
import { asrFormUrlItem, chosenEmployerIdItem, lastEmployerIdItem, readEmployerIndex, readEmployers, readProfile, readSettings, updateEmployer } from '../store';
import { chooseEmployer } from '../popup/choose-employer';
import { toFillValues } from '../popup/fill-values';
import { requestFill } from '../popup/fill-request';
import { ensureAsrFiller } from '../browser/asr-filler';
import { isFillComplete } from '../popup/fill-outcome';
import { stageAfterFill } from '../registration/stage';
import { isFromThisExtension } from '../messages/captures';
import { siteOf } from '../browser/sites';
import { pageText } from '../i18n/page-fill';
import { FILL_BUTTON_FILL, FILL_BUTTON_STATE, type ButtonConfirm, type ButtonView, type FillButtonReply } from './messages';
import { alreadySentLine } from '../popup/already-sent';
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

export async function readButtonContext(): Promise<ButtonContext> {
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
  return { lang: settings.lang, profile, record, mustPick: choice.mustPick, shortcut };
}

/**
 * Fill the form in `tabId` for the employer the popup would fill, unless the button must not.
 * `shown`: the employer line the button showed when pressed; when the choice changed since,
 * nothing is filled and the button shows the new one.
 */
export async function fillFromButton(tabId: number, url: string | undefined, shown?: string, confirm?: ButtonConfirm): Promise<FillButtonReply> {
  const ctx = await readButtonContext();
  const view = buttonView(ctx);
  if (view.note || !ctx.record) return { view, status: view.note };
  if (shown !== undefined && shown !== view.employer) return { view, status: pageText('pageFillChanged', ctx.lang) };
  const record = ctx.record;
  // Sent already: a second registration must be a deliberate second press.
  const sent = alreadySentLine(record.draft.status, ctx.lang);
  if (sent && !confirm) {
    return { view: { ...view, label: guardText('fillAgain', ctx.lang), confirm: 'sent' }, status: guardText('pageAlreadySent', ctx.lang, { sent }) };
  }
  const values = toFillValues(ctx.profile, record.draft);
  const outcome = await requestFill(tabId, values, { overwriteConflicts: confirm === 'overwrite' }, ensureAsrFiller);
  if (outcome.kind === 'reload-needed') return { view, status: pageText('pageFillReload', ctx.lang) };
  const report = outcome.report;
  if (report.otherEmployer) {
    // Nothing was written: the form is another employer's. Only a second press replaces it.
    await rememberFill(tabId, values, report);
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
  await rememberFill(tabId, values, report);
  if (report.formFound && url) await asrFormUrlItem.setValue(url).catch(() => undefined);
  return { view, status: pageFillSummary(report, ctx.lang) };
}

/** Answers the button's content script: only from the top frame of an a.s.r. page of this extension. */
export function listenForFillButton(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender): Promise<ButtonView | FillButtonReply> | undefined => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type !== FILL_BUTTON_STATE && type !== FILL_BUTTON_FILL) return undefined;
    const tabId = sender.tab?.id;
    if (!isFromThisExtension(sender, browser.runtime.id) || tabId === undefined || sender.frameId !== 0 || siteOf(sender.url) !== 'asr') return undefined;
    const { employer: shown, confirm } = message as { employer?: unknown; confirm?: unknown };
    const confirmed = confirm === 'sent' || confirm === 'overwrite' ? confirm : undefined;
    return type === FILL_BUTTON_STATE ? readButtonContext().then(buttonView) : fillFromButton(tabId, sender.url, typeof shown === 'string' ? shown : '', confirmed);
  });
}
