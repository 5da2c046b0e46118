import type { EmployerRecord } from '../employers/record';
import type { Profile } from '../registration/schema';
import { hasBlockingErrors, validateRegistration } from '../registration/validate';
import type { SiteKind } from '../browser/sites';

/**
 * Which employer the popup shows. On a Loket.nl tab: the employer that tab shows. Elsewhere:
 * the one the user chose or last worked on in the popup. On an a.s.r. tab the employer last
 * seen in Loket.nl is never taken silently: when it differs from the popup's choice the user
 * picks before anything is filled (a glance at employer B must not fill B's data for A).
 */
export interface EmployerChoice {
  selectedId: string | null;
  /** Both a popup choice and a different last-seen employer exist on an a.s.r. tab: ask. */
  mustPick: boolean;
}

export function chooseEmployer(input: {
  site: SiteKind;
  /** The ids of the stored employers (the index). */
  ids: ReadonlySet<string>;
  /** The employer the Loket.nl tab shows (only on a Loket.nl tab). */
  tabEmployerId?: string | null;
  /** Chosen or edited in the popup. */
  chosenId: string | null;
  /** Last seen in Loket.nl (or touched in the popup). */
  lastSeenId: string | null;
}): EmployerChoice {
  const known = (id: string | null | undefined): string | null => (id && input.ids.has(id) ? id : null);
  const fromTab = input.site === 'loket' ? known(input.tabEmployerId) : null;
  if (fromTab) return { selectedId: fromTab, mustPick: false };
  const chosen = known(input.chosenId);
  const lastSeen = known(input.lastSeenId);
  if (input.site === 'asr' && chosen && lastSeen && chosen !== lastSeen) return { selectedId: chosen, mustPick: true };
  return { selectedId: chosen ?? lastSeen, mustPick: false };
}

export function isReadyToFill(profile: Profile, record: EmployerRecord): boolean {
  return !hasBlockingErrors(validateRegistration(profile, record.draft));
}

/** Employers to pick from: ready to fill first, then the most recently changed. */
export function pickOrder(profile: Profile, records: Record<string, EmployerRecord>): { record: EmployerRecord; ready: boolean }[] {
  return Object.values(records)
    .map((record) => ({ record, ready: isReadyToFill(profile, record) }))
    // ISO timestamps order as plain strings; localeCompare would set up ICU's collator on the popup's first paint.
    .sort((a, b) => Number(b.ready) - Number(a.ready) || (b.record.updatedAt > a.record.updatedAt ? 1 : b.record.updatedAt < a.record.updatedAt ? -1 : 0));
}
