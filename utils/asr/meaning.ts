// What an option's text means for an a.s.r. choice question, read through the one shared
// reading of pay periods and yes/no (utils/text/meaning.ts).

import type { AsrPayPeriod, ChoiceFieldKey } from './keys';
import { parsePayPeriod, yesNo } from '../text/meaning';

/** Month or four weeks ('' otherwise: a.s.r. offers no week, and kwartaal/halfmaand/jaar are never chosen). */
export function classifyVerloning(text: string): AsrPayPeriod | '' {
  const p = parsePayPeriod(text);
  return p === 'maand' || p === '4weken' ? p : '';
}

/** Yes/no of an option ("Ja", "Nee, geen DGA"); '' when it says neither. */
export function classifyYesNo(text: string): 'ja' | 'nee' | '' {
  const v = yesNo(text, { lead: true });
  return v === null ? '' : v ? 'ja' : 'nee';
}

/** What an option text means for a choice question ('' when nothing). */
export function meaningOf(key: ChoiceFieldKey, text: string): string {
  return key === 'verloning' ? classifyVerloning(text) : classifyYesNo(text);
}

/** Meaning of an option by its visible text, else by its value attribute. */
export function optionMeaning(key: ChoiceFieldKey, opt: { label: string; value: string }): string {
  return meaningOf(key, opt.label) || meaningOf(key, opt.value);
}
