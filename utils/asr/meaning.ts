// What an option's text means for a choice question: pay period or yes/no.

import { NO_WORDS, VERLONING_OPTIONS, YES_WORDS } from './labels';
import type { AsrPayPeriod, ChoiceFieldKey } from './keys';
import { compact, hasStem, words } from './text';

/**
 * Classify an option text as month or four weeks ('' when neither: week, kwartaal,
 * halfmaand and jaar are never chosen). Whole wordings first, then word stems.
 */
export function classifyVerloning(text: string): AsrPayPeriod | '' {
  const c = compact(text);
  if (!c) return '';
  for (const def of VERLONING_OPTIONS) {
    if (def.exact.some((e) => compact(e) === c)) return def.value;
  }
  for (const def of VERLONING_OPTIONS) {
    if (def.stems.some((x) => hasStem(text, x))) return def.value;
  }
  return '';
}

/** Classify an option text as yes/no by its first word ("Ja", "Nee, geen DGA"). */
export function classifyYesNo(text: string): 'ja' | 'nee' | '' {
  const first = words(text).split(' ')[0] ?? '';
  if (YES_WORDS.includes(first)) return 'ja';
  if (NO_WORDS.includes(first)) return 'nee';
  return '';
}

/** What an option text means for a choice question ('' when nothing). */
export function meaningOf(key: ChoiceFieldKey, text: string): string {
  return key === 'verloning' ? classifyVerloning(text) : classifyYesNo(text);
}

/** Meaning of an option by its visible text, else by its value attribute. */
export function optionMeaning(key: ChoiceFieldKey, opt: { label: string; value: string }): string {
  return meaningOf(key, opt.label) || meaningOf(key, opt.value);
}
