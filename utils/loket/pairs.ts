// A label → value pair as read from a Loket.nl page (page-scan.ts), and finding a field's pairs
// by the wording of its label (labels.ts).

import { LABELS, isLabel, type LabelField } from './labels';

export type PairSource = 'row' | 'column' | 'dl' | 'label' | 'aria' | 'sibling' | 'text';

export interface Pair {
  /** Label as shown, cleaned (spaces collapsed, trailing ':' / '*' removed). */
  label: string;
  /** Value as shown (spaces collapsed); for checkboxes/switches "Ja" / "Nee". */
  value: string;
  /** The element holding the value (cell, dd, input, ...). Pairs come in its document order. */
  element: Element;
  labelElement: Element | null;
  /** How the pair was found; 'column' pairs come from one row of a multi-row table. */
  source: PairSource;
  /** Set when the value is a checkbox, radio or ARIA checkbox/switch. */
  checked?: boolean;
}

/** Pairs whose label is one of the field's variants, in page order. */
export function findPairs(pairs: readonly Pair[], field: LabelField, filter?: (p: Pair) => boolean): Pair[] {
  return pairs.filter((p) => isLabel(field, p.label) && (!filter || filter(p)));
}

/** First non-empty value for the field, or undefined. */
export function findValue(pairs: readonly Pair[], field: LabelField, filter?: (p: Pair) => boolean): string | undefined {
  return findPairs(pairs, field, filter).find((p) => p.value !== '')?.value;
}

// Re-exported so callers can inspect the wording table without a second import.
export { LABELS };
