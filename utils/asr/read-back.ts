// Reading the page back after the fill: what each field shows now, as a person sees it. The
// report's final word for every field we changed.

import { collectFields } from './collect';
import { planFill } from './plan';
import { tick, winOf } from './act';
import { collapseWhitespace } from '../text/normalize';
import type { FieldReport, FillValues } from './types';

/** What the page shows after an action, when it is not what was meant. */
export const NOT_TAKEN = 'de pagina nam de waarde niet over';
const ALREADY = 'al ingevuld';
export const shows = (text: string): string => (collapseWhitespace(text) ? `pagina toont "${collapseWhitespace(text)}"` : NOT_TAKEN);

/** The key of a field's report: the field, and for DGA rows its index. */
export function keyOf(r: FieldReport): string {
  return r.index === undefined ? r.field : `${r.field}#${r.index}`;
}

/**
 * Read every field we changed back through what a person sees (a fresh read of the page:
 * the input's value, the chosen option's text, the checked radio's label, the switch's
 * state, inside shadow roots too). "ingevuld" stays only where that equals what was meant.
 */
export async function readBack(doc: Document, values: FillValues, reports: Map<string, FieldReport>): Promise<void> {
  // A widget may still be rendering its choice (a closing list, a state update): a field that
  // disagrees is read again a little later, at most three times.
  for (let attempt = 0; ; attempt++) {
    const seen = new Map<string, FieldReport>();
    for (const e of planFill(collectFields(doc), values, { overwriteConflicts: false }).entries) seen.set(keyOf(e.report), e.report);
    const differs: [string, FieldReport, FieldReport][] = [];
    for (const [key, r] of reports) {
      if (r.status !== 'filled' || r.detail === ALREADY) continue;
      const now = seen.get(key);
      // Gone from the page (a step moved on): its earlier read stands.
      if (!now || now.status === 'not-found' || (now.status === 'filled' && now.detail === ALREADY)) continue;
      differs.push([key, r, now]);
    }
    if (!differs.length) return;
    if (attempt >= 2) {
      for (const [key, r, now] of differs) {
        reports.set(key, { ...r, status: 'not-taken', detail: now.status === 'conflict' && now.detail ? shows(now.detail) : NOT_TAKEN });
      }
      return;
    }
    await tick(winOf(doc), 150 * (attempt + 1));
  }
}
