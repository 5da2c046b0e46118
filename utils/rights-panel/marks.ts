// Where each of the six rights stands in the page's own list: the row the reader ties its state
// to (utils/loket/pages/rights.ts rowOf), found on the same scan the panel reads the page from.

import { findRightElements, rowOf } from '../loket/pages/rights';
import type { PageScan } from '../loket/page-scan';
import type { RightName } from '../loket/types';

/** Each right shown on the page with the row (or name) it can be tied to; rights not shown are absent. */
export function locateRights(page: PageScan, root: ParentNode): Map<RightName, Element> {
  const { occurrences, rightLike } = findRightElements(page);
  const found = new Map<RightName, Element>();
  for (const occ of occurrences) {
    // The first occurrence: a right named twice (a summary above the list) is marked once.
    if (!found.has(occ.right)) found.set(occ.right, rowOf(occ.el, rightLike, root));
  }
  return found;
}
