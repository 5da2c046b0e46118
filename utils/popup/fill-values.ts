import type { FillValues } from '../asr/types';
import type { EmployerDraft, Profile } from '../registration/schema';
import { normalizeLoonheffingennummer } from '../registration/loonheffingennummer';

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
