// Employer "Bedrijfsgegevens": Werkgever ID, every loonheffingennummer, name and pay period.

import { looksLikeLoonheffingennummer, normalizeLoonheffingennummer } from '../../registration/loonheffingennummer';
import { normalizeWerkgeverId, werkgeverIdKind } from '../../registration/werkgever-id';
import { findPairs, readPairs, type Pair } from '../pairs';
import { plausibleName } from '../text';
import type { CompanyCapture } from '../types';
import { parsePayPeriod } from '../values';

/** First value under a "Werkgever ID" label that has one of the two known shapes (number or GUID). */
export function findWerkgeverId(pairs: readonly Pair[]): string | undefined {
  for (const p of findPairs(pairs, 'werkgeverId')) {
    if (werkgeverIdKind(p.value)) return normalizeWerkgeverId(p.value);
  }
  return undefined;
}

export function findLoonheffingennummers(pairs: readonly Pair[]): string[] {
  const out: string[] = [];
  for (const p of findPairs(pairs, 'loonheffingennummer')) {
    if (!looksLikeLoonheffingennummer(p.value)) continue;
    const n = normalizeLoonheffingennummer(p.value);
    if (!out.includes(n)) out.push(n);
    if (out.length >= 50) break; // the background accepts at most 50
  }
  return out;
}

/** Statutaire naam / Bedrijfsnaam, else Naam, else Handelsnaam; single-value pairs beat table columns. */
export function findCompanyName(pairs: readonly Pair[]): string | undefined {
  const notColumn = (p: Pair): boolean => p.source !== 'column';
  for (const field of ['werkgeverNaamStatutair', 'werkgeverNaamPlain', 'werkgeverNaamHandel'] as const) {
    const hit = findPairs(pairs, field, notColumn).find((p) => plausibleName(p.value));
    if (hit) return hit.value;
  }
  return undefined;
}

/** null when the page shows no Werkgever ID: without it the capture is useless to the form. */
export function read(root: ParentNode, pairs: readonly Pair[] = readPairs(root)): CompanyCapture | null {
  const werkgeverId = findWerkgeverId(pairs);
  if (!werkgeverId) return null;
  const capture: CompanyCapture = { kind: 'company', werkgeverId, loonheffingennummers: findLoonheffingennummers(pairs) };
  const naam = findCompanyName(pairs);
  if (naam) capture.werkgeverNaam = naam;
  // Several administrations may each show a period; the first one shown is taken (see report).
  for (const p of findPairs(pairs, 'verloning')) {
    const period = parsePayPeriod(p.value);
    if (period) {
      capture.verloning = period;
      break;
    }
  }
  return capture;
}
