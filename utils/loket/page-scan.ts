// Label → value pairs read the way a person reads a Loket.nl page. We cannot see the real
// markup of either UI, so every common pairing idiom is tried, in order of how explicit it is:
// table rows (th→td, role=rowheader→cell), column-header tables, dt/dd, <label> + control,
// aria-labelledby / aria-label, and finally known-label text next to a value element.
//
// Privacy: a pair whose label mentions a BSN is dropped before its value is ever read, and a
// value that itself mentions a BSN is never returned.
// Only textContent / value / checked / aria-checked are read; never innerHTML.

import { readAria, readColumns, readDefinitionLists, readLabels, readRows } from './markup-pairs';
import type { Pair } from './pairs';
import { Reader } from './reader';
import { readSiblings } from './sibling-pairs';

const DOCUMENT_POSITION_FOLLOWING = 0x4;

export interface PageScan {
  pairs: Pair[];
  /** Short visible text nodes, in document order (rows beyond the per-table cap excluded). */
  texts: Text[];
  headings: Element[];
  /** Elements with aria-labelledby, or aria-label on controls / checkboxes / switches. */
  aria: Element[];
}

/** One scan of the page: the pairs plus what the page readers need besides pairs. */
export function scanPage(root: ParentNode): PageScan {
  const r = new Reader(root);
  readRows(r);
  readColumns(r);
  readDefinitionLists(r);
  readLabels(r);
  readAria(r);
  readSiblings(r);
  // Document order of the value, then drop exact repeats (label[for] + aria-labelledby on one input).
  const sorted = r.pairs.sort((a, b) => (a.element === b.element ? 0 : a.element.compareDocumentPosition(b.element) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const seen = new Set<string>();
  const pairs: Pair[] = [];
  const keyOf = new Map<Element, number>();
  for (const p of sorted) {
    let idx = keyOf.get(p.element);
    if (idx === undefined) keyOf.set(p.element, (idx = keyOf.size));
    const key = `${idx}\u0000${p.label.toLowerCase()}\u0000${p.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push(p);
  }
  return { pairs, texts: r.scan.texts, headings: r.scan.headings, aria: r.scan.aria };
}

/** All label → value pairs under root, in document order of their values. */
export function readPairs(root: ParentNode): Pair[] {
  return scanPage(root).pairs;
}
