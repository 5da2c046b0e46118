import type { EmployerRecord } from '../employers/record';
import type { Profile } from '../registration/schema';
import { validateRegistration } from '../registration/validate';
import { stageIndex } from '../registration/stage';

export interface NextEmployer {
  record: EmployerRecord;
  /** Nothing blocks a clean fill. */
  ready: boolean;
  /** How many fields still block a clean fill (0 when ready). */
  missing: number;
}

/**
 * The employer to fill after `currentId` was sent: of those not sent yet (stage before
 * "Verstuurd"), the ones ready to fill first, then those with the fewest fields still missing,
 * then the most recently changed. null when every other employer is sent already.
 */
export function nextEmployer(profile: Profile, records: Iterable<EmployerRecord>, currentId: string | null): NextEmployer | null {
  let best: NextEmployer | null = null;
  for (const record of records) {
    if (record.id === currentId || stageIndex(record.draft.status.stage) >= stageIndex('verstuurd')) continue;
    const errors = validateRegistration(profile, record.draft).filter((i) => i.severity === 'error');
    const missing = new Set(errors.map((i) => (i.field === 'dgas' ? `dgas:${i.dgaIndex ?? ''}:${i.dgaPart ?? ''}` : i.field))).size;
    const candidate = { record, ready: missing === 0, missing };
    if (!best || better(candidate, best)) best = candidate;
  }
  return best;
}

function better(a: NextEmployer, b: NextEmployer): boolean {
  if (a.missing !== b.missing) return a.missing < b.missing;
  // ISO timestamps order as plain strings; ties keep the first met, so the order is stable.
  return a.record.updatedAt > b.record.updatedAt;
}

/**
 * After a send, "Volgende werkgever": the next employer is stored as the choice before its form
 * loads, because the form page's own button reads the choice on load and must never offer the
 * employer just sent; the popup shows the next employer once the form has loaded, so its probe
 * meets the new page and not the old one.
 */
export async function openNextEmployer(steps: { storeChoice(): Promise<unknown>; openForm(): Promise<unknown>; show(): void }): Promise<void> {
  // Not stored (storage failed): the form still opens and the popup still shows the next one.
  await steps.storeChoice().catch(() => undefined);
  await steps.openForm().catch(() => undefined);
  steps.show();
}
