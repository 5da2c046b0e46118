// a.s.r.-only text helpers; normalising and word matching live in utils/text.

import { compact } from '../text/normalize';
import { hasAnyPhrase } from '../text/match';

/**
 * Compact form of a name/id attribute ("loonheffingenNummer", "werkgever_id",
 * "asr-form[email]") for last-resort matching.
 */
export function compactAttr(s: string): string {
  return compact(s.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

/** Does the text hold one of the phrases, the last word of a phrase possibly a stem ("loonheffing")? */
export function hasStem(text: string, phrases: readonly string[]): boolean {
  return hasAnyPhrase(text, phrases, { prefix: true });
}
