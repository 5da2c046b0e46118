// Employer "Bedrijfsgegevens": Werkgever ID, every loonheffingennummer, name and pay period.

import { looksLikeLoonheffingennummer, normalizeLoonheffingennummer } from '../../registration/loonheffingennummer';
import { normalizeWerkgeverId, werkgeverIdKind } from '../../registration/werkgever-id';
import { parsePayPeriod } from '../../text/meaning';
import { plausibleName } from '../../text/normalize';
import { PAGE_KINDS, headingKind, isGenericHeading, isKnownLabel, mentionsBsn } from '../labels';
import { findPairs, findValue, type Pair } from '../pairs';
import { readPairs } from '../page-scan';
import { textOf } from '../values';
import { named } from './shared';
import type { Administratie, CompanyCapture, LoketPayPeriod } from '../types';

/** First value under a "Werkgever ID" label that has one of the two known shapes (number or GUID). */
export function findWerkgeverId(pairs: readonly Pair[]): string | undefined {
  for (const p of findPairs(pairs, 'werkgeverId')) {
    if (werkgeverIdKind(p.value)) return normalizeWerkgeverId(p.value);
  }
  return undefined;
}

/** Statutaire naam / Bedrijfsnaam, else Naam, else Handelsnaam; single-value pairs beat table columns. */
export function findCompanyName(pairs: readonly Pair[]): string | undefined {
  for (const field of ['werkgeverNaamStatutair', 'werkgeverNaamPlain', 'werkgeverNaamHandel'] as const) {
    const hit = findValue(pairs, field, named);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The employer named by the page title when no label names it: "Bedrijfsgegevens – X" /
 * "X – Bedrijfsgegevens" in any heading, else the first <h1> (or aria-level 1 heading) when its
 * whole text is a name: not a page kind, not a field label, not a generic title ("Overzicht").
 */
export function findHeadingName(headings: readonly Element[]): string | undefined {
  let firstH1 = true;
  for (const h of headings.slice(0, 50)) {
    const text = textOf(h);
    if (!text || text.length > 120 || mentionsBsn(text)) continue;
    const parts = text.split(/\s+[–—|-]\s+|\s*:\s+/);
    if (parts.length === 2) {
      const [a, b] = parts.map((p) => p.trim()) as [string, string];
      const name = headingKind(a, 'company') ? b : headingKind(b, 'company') ? a : undefined;
      if (name && plausibleName(name) && !isKnownLabel(name)) return name;
    }
    const isH1 = h.tagName.toUpperCase() === 'H1' || (h.getAttribute('role') === 'heading' && h.getAttribute('aria-level') === '1');
    if (!isH1 || !firstH1) continue;
    firstH1 = false;
    if (parts.length > 1 || isGenericHeading(text) || isKnownLabel(text) || PAGE_KINDS.some((k) => headingKind(text, k))) continue;
    if (plausibleName(text) && !/^\d/.test(text)) return text;
  }
  return undefined;
}

/**
 * Every loonheffingennummer shown (normalised, in page order, once) and, where the page ties one
 * to it, its administration's name and pay period: a name or period column in its row, or an
 * "Administratie: …" / "Loontijdvak: …" label in its section (card, definition list). The
 * section is an ancestor holding no other number and not the Werkgever ID; the closest name and
 * period win, and one outside the section is never taken (a period shown once for the employer
 * stays the employer's, `verloning`). A card's bare heading is not read as a name (it could
 * title anything; and the content script's byte budget has no room for telling headings apart).
 */
export function findLoonheffingennummers(pairs: readonly Pair[]): Pick<CompanyCapture, 'loonheffingennummers' | 'administraties' | 'verloningen'> {
  const found = findPairs(pairs, 'loonheffingennummer').filter((p) => looksLikeLoonheffingennummer(p.value));
  const numbers = found.map((p) => normalizeLoonheffingennummer(p.value));
  const names = [...findPairs(pairs, 'administratie'), ...findPairs(pairs, 'administratieColumn', (p) => p.source === 'column')];
  const periods = findPairs(pairs, 'verloning').filter((p) => parsePayPeriod(p.value));
  const ids = findPairs(pairs, 'werkgeverId');
  const loonheffingennummers: string[] = [];
  const administraties: Administratie[] = [];
  const verloningen: Record<string, LoketPayPeriod> = {};
  found.forEach((p, i) => {
    const loonheffingennummer = numbers[i]!;
    // The background accepts at most 50.
    if (!loonheffingennummers.includes(loonheffingennummer) && loonheffingennummers.length < 50) loonheffingennummers.push(loonheffingennummer);
    let naam: string | undefined;
    let period: Pair | undefined;
    for (let el = p.element.parentElement; el && !(naam && period); el = el.parentElement) {
      const holds = (q: Pair): boolean => el!.contains(q.element);
      if (ids.some(holds) || found.some((q, j) => numbers[j] !== loonheffingennummer && holds(q))) break;
      naam ??= names.find(holds)?.value;
      period ??= periods.find(holds);
    }
    // Only numbers the capture carries (at most 50), or the background refuses the whole capture.
    if (!loonheffingennummers.includes(loonheffingennummer)) return;
    if (naam && plausibleName(naam) && !administraties.some((a) => a.loonheffingennummer === loonheffingennummer)) {
      administraties.push({ naam, loonheffingennummer });
    }
    if (period) verloningen[loonheffingennummer] ??= parsePayPeriod(period.value)!;
  });
  const result: ReturnType<typeof findLoonheffingennummers> = { loonheffingennummers };
  if (administraties.length) result.administraties = administraties;
  // One number: its period is the employer's (`verloning`); per administration only where there are several.
  if (loonheffingennummers.length > 1 && Object.keys(verloningen).length) result.verloningen = verloningen;
  return result;
}

/** null when the page shows no Werkgever ID: without it the capture is useless to the form. */
export function read(root: ParentNode, pairs: readonly Pair[] = readPairs(root), headings: readonly Element[] = []): CompanyCapture | null {
  const werkgeverId = findWerkgeverId(pairs);
  if (!werkgeverId) return null;
  const capture: CompanyCapture = { kind: 'company', werkgeverId, ...findLoonheffingennummers(pairs) };
  const naam = findCompanyName(pairs) ?? findHeadingName(headings);
  if (naam) capture.werkgeverNaam = naam;
  // A period shown once for the employer; else the first administration's (each keeps its own in verloningen).
  const verloning = findPairs(pairs, 'verloning').map((p) => parsePayPeriod(p.value)).find(Boolean);
  if (verloning) capture.verloning = verloning;
  return capture;
}
