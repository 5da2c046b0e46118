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
