// Employee page (werknemerniveau): name, personeelsnummer, DGA indicator, and the employer if shown.

import { yesNo } from '../../text/meaning';
import { isLabel } from '../labels';
import { findPairs, findValue, type Pair } from '../pairs';
import { readPairs } from '../page-scan';
import type { EmployeeCapture } from '../types';
import { findWerkgeverId } from './company';
import { composedName, named, single } from './shared';


/** Numeric in Loket.nl (API employeeNumber); the background's schema accepts 1–12 digits. */
const PERSONEELSNUMMER = /^\d{1,12}$/;

export function findPersoneelsnummer(pairs: readonly Pair[]): string | undefined {
  // isLabel matches whole wording, so "Personeelsnummer verloning" never qualifies.
  return findPairs(pairs, 'personeelsnummer', single).find((p) => PERSONEELSNUMMER.test(p.value))?.value;
}

/** "Volledige naam" / "Naam", else composed from Voornaam|Voorletters + Tussenvoegsel + Achternaam. */
export function findPersonName(pairs: readonly Pair[]): string | undefined {
  return findPairs(pairs, 'naam', named).find((p) => isLabel('volledigeNaam', p.label))?.value ?? composedName(pairs) ?? findValue(pairs, 'naam', named);
}

/** true / false from Ja/Nee text, a checkbox or an aria-checked switch; null when not shown. */
export function findDga(pairs: readonly Pair[]): boolean | null {
  for (const p of findPairs(pairs, 'dga', single)) {
    if (p.checked !== undefined) return p.checked;
    const yes = yesNo(p.value);
    if (yes !== null) return yes;
  }
  return null;
}

/** null without a personeelsnummer or a name: those two are what the a.s.r. form needs. */
export function read(root: ParentNode, pairs: readonly Pair[] = readPairs(root)): EmployeeCapture | null {
  const personeelsnummer = findPersoneelsnummer(pairs);
  if (!personeelsnummer) return null;
  const naam = findPersonName(pairs);
  if (!naam) return null;
  const capture: EmployeeCapture = { kind: 'employee', naam, personeelsnummer, isDga: findDga(pairs) };
  const werkgeverId = findWerkgeverId(pairs);
  if (werkgeverId) capture.werkgeverId = werkgeverId;
  const werkgeverNaam = findValue(pairs, 'werkgeverContext', named);
  if (werkgeverNaam) capture.werkgeverNaam = werkgeverNaam;
  return capture;
}
