// Parsers for the values Loket.nl shows next to the labels we read. Pure string → value.

import type { LoketPayPeriod } from './types';
import { normalizeSpace } from './text';

/** "Maand", "Per maand", "Maandelijks", "4 weken", "4-weken", "Vierwekelijks", "Week", "Wekelijks" → period. */
export function parsePayPeriod(raw: string): LoketPayPeriod | undefined {
  const v = normalizeSpace(raw).toLowerCase();
  if (!v || v.length > 40) return undefined;
  if (/(^|[^\d])(4|vier)[\s-]*(weken|wekelijks|weeks?)\b/.test(v) || /\bvierwek/.test(v) || /\b4-?wekelijks\b/.test(v)) return '4weken';
  // Any other multi-week period (2 weken, halfmaandelijks, kwartaal) is not something we can map.
  // "(12 per jaar)" after a period only counts the periods; a period that IS a year or quarter is not mappable.
  if (/\b(\d+|twee|drie)[\s-]*(weken|wekelijks)\b|tweewek|halfmaand|kwartaal|^(per )?jaar|jaarlijks/.test(v)) return undefined;
  if (/\bmaand(elijks)?\b|^per maand$|kalendermaand/.test(v)) return 'maand';
  if (/\bweek\b|\bwekelijks\b|^per week$/.test(v)) return 'week';
  return undefined;
}

/** Ja / Nee style values; null when the text says neither. */
export function parseYesNo(raw: string): boolean | null {
  const v = normalizeSpace(raw).toLowerCase();
  if (/^(ja|j|yes|y|waar|true|aan|✓|✔|x)$/.test(v)) return true;
  if (/^(nee|n|no|onwaar|false|uit|-|✗|✘)$/.test(v)) return false;
  return null;
}

/** "Via website en SSO" = standard; anything naming a webservice or "SSO only" = webservice. */
export function parseUserType(raw: string): 'standard' | 'webservice' | null {
  const v = normalizeSpace(raw).toLowerCase();
  if (v.includes('webservice') || /\bsso[\s-]*only\b/.test(v) || /alleen sso/.test(v)) return 'webservice';
  if (/via (de )?website/.test(v) || v === 'standaard' || v === 'standaard gebruiker') return 'standard';
  return null;
}

/** Status text → active? "Actief" true; "Geblokkeerd" / "Inactief" / "Niet actief" false. */
export function parseActive(raw: string): boolean | null {
  const v = normalizeSpace(raw).toLowerCase();
  if (/^niet (geblokkeerd|gedeactiveerd)$/.test(v)) return true;
  if (/geblokkeerd|inactief|niet actief|gedeactiveerd|blocked/.test(v)) return false;
  if (/^actief\b|^active$/.test(v)) return true;
  return null;
}
