import type { PayPeriod } from '../registration/schema';
import type { EmployerDraft } from '../registration/schema';
import type { EmployerRecord } from './record';

/**
 * An employer's administrations as Loket.nl showed them: the popup's and the overview's number
 * choices and the numbers their validation asks the user to choose among.
 */
export interface AdministrationChoice {
  number: string;
  /** "123456782L01 · Bakkerij Noord B.V. – maandloon", or the bare number when Loket.nl showed no name. */
  label: string;
  /** The administration's name as Loket.nl shows it (Dutch employer data). */
  naam: string | undefined;
}

const NONE: readonly string[] = [];

/**
 * The loonheffingennummers Loket.nl shows for this employer, one per administration: the
 * `choices` every validation of the record gets, so with several and none chosen the popup,
 * the overview's editor and its table all say "Kies de administratie".
 */
export function numberChoices(record: EmployerRecord | undefined): readonly string[] {
  return record?.loket?.loonheffingennummers ?? NONE;
}

/** The loonheffingennummers Loket.nl shows for this employer, each with its administration's name. */
export function administrationChoices(record: EmployerRecord | undefined): AdministrationChoice[] {
  const loket = record?.loket;
  if (!loket) return [];
  return loket.loonheffingennummers.map((number) => {
    const naam = loket.administraties?.find((a) => a.loonheffingennummer === number)?.naam;
    return { number, label: naam ? `${number} · ${naam}` : number, naam };
  });
}

/**
 * Why the popup asks for Verloning although Loket.nl showed periods (issue 23): the chosen
 * administration shows none and the others differ, so none is taken. The periods shown, in
 * page order, without repeats; null when there is nothing to explain.
 */
export function differingPeriods(record: EmployerRecord | undefined, draft: EmployerDraft): PayPeriod[] | null {
  const own = record?.loket?.verloningen;
  if (!own || draft.verloning !== null || !draft.loonheffingennummer || own[draft.loonheffingennummer]) return null;
  const shown = [...new Set(Object.values(own))];
  return shown.length > 1 ? shown : null;
}
