import { browser } from 'wxt/browser';
import type { FillOptions, FillReport, FillValues } from '../asr/types';
import type { EmployerDraft, Profile } from '../registration/schema';
import { normalizeLoonheffingennummer } from '../registration/loonheffingennummer';
import { FillReportSchema, ProbeReplySchema } from '../messages/replies';
import type { FillMessage, ProbeMessage } from '../messages/fill';

/** a.s.r.'s page for payroll processors, from where the registration form is reached. */
export const ASR_REGISTRATION_PAGE = 'https://www.asr.nl/salarisverwerkers';

export function toFillValues(profile: Profile, draft: EmployerDraft): FillValues {
  return {
    bedrijfsnaam: profile.bedrijfsnaam.trim(),
    email: profile.email.trim(),
    raamwerkcontractnummer: profile.raamwerkcontractnummer.trim().toUpperCase(),
    loonheffingennummer: normalizeLoonheffingennummer(draft.loonheffingennummer),
    werkgeverId: draft.werkgeverId.trim(),
    hasDga: draft.hasDga,
    dgas: draft.hasDga ? draft.dgas.map((d) => ({ naam: d.naam.trim(), personeelsnummer: d.personeelsnummer.trim() })) : [],
    // a.s.r. has no weekly option: never map it silently, leave the question open on the form.
    verloning: draft.verloning === 'week' ? null : draft.verloning,
    dertiendeMaand: draft.dertiendeMaand,
  };
}

export type ProbeResult =
  | { kind: 'form' }
  | { kind: 'no-form' }
  /** The page has no content script of this extension version: it must be reloaded. */
  | { kind: 'reload-needed' };

export async function probeAsrTab(tabId: number): Promise<ProbeResult> {
  const message: ProbeMessage = { type: 'asr/probe' };
  try {
    const parsed = ProbeReplySchema.safeParse(await browser.tabs.sendMessage(tabId, message));
    if (!parsed.success) return { kind: 'reload-needed' };
    return parsed.data.formFound ? { kind: 'form' } : { kind: 'no-form' };
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
