import type { EmployerRecord } from '../employer-record';

export interface AdministrationChoice {
  number: string;
  /** "123456782L01 · Bakkerij Noord B.V. – maandloon", or the bare number when Loket.nl showed no name. */
  label: string;
  /** The administration's name as Loket.nl shows it (Dutch employer data). */
  naam: string | undefined;
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
