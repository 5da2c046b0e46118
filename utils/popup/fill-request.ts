import { browser } from 'wxt/browser';
import type { FillOptions, FillReport, FillValues } from '../asr/types';
export { toFillValues } from './fill-values';
import { FillReportSchema, ProbeReplySchema } from '../messages/replies';
import type { FillMessage, ProbeMessage } from '../messages/fill';
import { ASR_FILLER_REQUEST } from '../messages/ping';

export { ASR_REGISTRATION_PAGE } from '../browser/sites';

export type ProbeResult =
  /** `page`: the token of the page load shown (FillReport.page), if the page said. */
  | { kind: 'form'; page?: string }
  | { kind: 'no-form'; page?: string }
  /** No filler answers in the tab (it could not be injected, or answered nonsense): it must be reloaded. */
  | { kind: 'reload-needed' };

/**
 * Gets the filler into the tab before a probe or fill: it is injected on request only
 * (utils/browser/asr-filler.ts). The popup asks the background; the background's own callers
 * (the in-page button) pass the injection itself, since it cannot message itself.
 */
export type EnsureFiller = (tabId: number) => Promise<unknown>;
const askBackground: EnsureFiller = (tabId) => browser.runtime.sendMessage({ type: ASR_FILLER_REQUEST, tabId });

/** A failed injection is not an answer: the message that follows finds no filler and says so. */
const ready = (tabId: number, ensure: EnsureFiller) => ensure(tabId).catch(() => undefined);

export async function probeAsrTab(tabId: number, ensure: EnsureFiller = askBackground): Promise<ProbeResult> {
  const message: ProbeMessage = { type: 'asr/probe' };
  try {
    await ready(tabId, ensure);
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

export async function requestFill(tabId: number, values: FillValues, options: FillOptions, ensure: EnsureFiller = askBackground): Promise<FillOutcome> {
  const message: FillMessage = { type: 'asr/fill', values, options };
  try {
    await ready(tabId, ensure);
    const parsed = FillReportSchema.safeParse(await browser.tabs.sendMessage(tabId, message));
    return parsed.success ? { kind: 'report', report: parsed.data } : { kind: 'reload-needed' };
  } catch {
    return { kind: 'reload-needed' };
  }
}
