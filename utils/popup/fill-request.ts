import { browser } from 'wxt/browser';
import type { FillOptions, FillReport, FillValues } from '../asr/types';
export { toFillValues } from './fill-values';
import { FillReportSchema, ProbeReplySchema } from '../messages/replies';
import type { FillMessage, ProbeMessage } from '../messages/fill';

export { ASR_REGISTRATION_PAGE } from '../browser/sites';

export type ProbeResult =
  /** `page`: the token of the page load shown (FillReport.page), if the page said. */
  | { kind: 'form'; page?: string }
  | { kind: 'no-form'; page?: string }
  /** The page has no content script of this extension version: it must be reloaded. */
  | { kind: 'reload-needed' };

export async function probeAsrTab(tabId: number): Promise<ProbeResult> {
  const message: ProbeMessage = { type: 'asr/probe' };
  try {
    const parsed = ProbeReplySchema.safeParse(await browser.tabs.sendMessage(tabId, message));
    if (!parsed.success) return { kind: 'reload-needed' };
    const { page } = parsed.data;
    const kind = parsed.data.formFound ? 'form' : 'no-form';
    return page === undefined ? { kind } : { kind, page };
  } catch {
    return { kind: 'reload-needed' };
  }
}

export type FillOutcome = { kind: 'report'; report: FillReport } | { kind: 'reload-needed' };

export async function requestFill(tabId: number, values: FillValues, options: FillOptions): Promise<FillOutcome> {
  const message: FillMessage = { type: 'asr/fill', values, options };
  try {
    const parsed = FillReportSchema.safeParse(await browser.tabs.sendMessage(tabId, message));
    return parsed.success ? { kind: 'report', report: parsed.data } : { kind: 'reload-needed' };
  } catch {
    return { kind: 'reload-needed' };
  }
}
