// Employer "Bedrijfsgegevens": Werkgever ID, every loonheffingennummer, name and pay period.

import { looksLikeLoonheffingennummer, normalizeLoonheffingennummer } from '../../registration/loonheffingennummer';
import { normalizeWerkgeverId, werkgeverIdKind } from '../../registration/werkgever-id';
import { parsePayPeriod } from '../../text/meaning';
import { plausibleName } from '../../text/normalize';
import { PAGE_HEADINGS, headingKind, isGenericHeading, isKnownLabel, mentionsBsn, type PageKind } from '../labels';
import { findPairs, readPairs, textOf, type Pair } from '../pairs';
import type { CompanyCapture } from '../types';

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

const KINDS = Object.keys(PAGE_HEADINGS) as PageKind[];

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
    if (parts.length > 1 || isGenericHeading(text) || isKnownLabel(text) || KINDS.some((k) => headingKind(text, k))) continue;
    if (plausibleName(text) && !/^\d/.test(text)) return text;
  }
  return undefined;
}

/** null when the page shows no Werkgever ID: without it the capture is useless to the form. */
export function read(root: ParentNode, pairs: readonly Pair[] = readPairs(root), headings: readonly Element[] = []): CompanyCapture | null {
  const werkgeverId = findWerkgeverId(pairs);
  if (!werkgeverId) return null;
  const capture: CompanyCapture = { kind: 'company', werkgeverId, loonheffingennummers: findLoonheffingennummers(pairs) };
  const naam = findCompanyName(pairs) ?? findHeadingName(headings);
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
