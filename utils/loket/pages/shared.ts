// What the page readers share (one copy: each byte here is paid on every Loket.nl page).

import { plausibleName } from '../../text/normalize';
import type { LabelField } from '../labels';
import { findValue, type Pair } from '../pairs';

/** Single-value pairs only: a table column belongs to an overview of many rows, not to the page's subject. */
export const single = (p: Pair): boolean => p.source !== 'column';

/** A single-value pair that holds a plausible name. */
export const named = (p: Pair): boolean => single(p) && plausibleName(p.value);

/** Voornaam|Voorletters + Tussenvoegsel + Achternaam, when the page shows an Achternaam. */
export function composedName(pairs: readonly Pair[]): string | undefined {
  const value = (field: LabelField): string | undefined => findValue(pairs, field, named);
  const achternaam = value('achternaam');
  return achternaam && [value('voornaam') ?? value('voorletters'), value('tussenvoegsel'), achternaam].filter(Boolean).join(' ');
}
