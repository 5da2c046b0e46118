import type { FormIdentity } from '../asr/types';
import { normalizeLoonheffingennummer } from '../registration/loonheffingennummer';

/** What the popup and the page's button know of the stored employers, to name a form's owner. */
export interface KnownEmployer {
  werkgeverNaam: string;
  werkgeverId: string;
  loketWerkgeverId?: string | null;
  loonheffingennummers: string[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Whose data a form holds, as one phrase: the stored employer's name when its Werkgever ID or
 * loonheffingennummer matches, then the values the form shows ("Bakkerij A · Werkgever ID 20720
 * · loonheffingennummer 111222333L01"). Values only, never guessed, when no employer matches.
 */
export function describeFormOwner(identity: FormIdentity, known: readonly KnownEmployer[]): string {
  const lh = identity.loonheffingennummer ? normalizeLoonheffingennummer(identity.loonheffingennummer) : '';
  const match = known.find(
    (e) =>
      (identity.werkgeverId && (same(e.werkgeverId, identity.werkgeverId) || same(e.loketWerkgeverId ?? '', identity.werkgeverId))) ||
      (lh && e.loonheffingennummers.some((n) => normalizeLoonheffingennummer(n) === lh)),
  );
  return [
    match?.werkgeverNaam.trim(),
    identity.werkgeverId && `Werkgever ID ${identity.werkgeverId}`,
    identity.loonheffingennummer && `loonheffingennummer ${identity.loonheffingennummer}`,
  ]
    .filter(Boolean)
    .join(' · ');
}
