// Triage of MutationObserver records, shared by both stages of the Loket.nl content script: the
// always-on first stage (first-stage.ts), which only asks whether a change brings capture
// wording, and the reader's watcher (observe.ts), which asks whether a change can alter a
// capture. Both drop records inside large collections first: an overview of 5,000 rows delivers
// thousands of records a batch, and none of them can change the page's employer.

import { subtreeMayHoldCapture } from './gate';
import { hasManyChildren } from './rows';

export const NOISE_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG']);
const COLLECTION_TAGS = new Set(['TBODY', 'THEAD', 'TABLE', 'UL', 'OL']);
const COLLECTION_ROLES = new Set(['rowgroup', 'grid', 'list', 'listbox']);
/** Rows sit at most this deep below their collection (tbody > tr > td > span). */
const COLLECTION_DEPTH = 4;

/** Verdicts per element within one batch of records: many records share their elements. */
export interface BatchCache {
  big: Map<Element, boolean>;
  /** Per collection element: more than BIG_COLLECTION children. */
  collections: Map<Element, boolean>;
  nearLabel: Map<Element, boolean>;
}

export const newBatchCache = (): BatchCache => ({ big: new Map(), collections: new Map(), nearLabel: new Map() });

/** Whether an element sits inside a large collection; cached per element within one batch. */
function inBigCollection(el: Element, cache?: BatchCache): boolean {
  const known = cache?.big.get(el);
  if (known !== undefined) return known;
  // A short walk over cheap properties instead of closest(selector): this runs per record, and
  // DOM calls from the content script's isolated world are not free.
  let big = false;
  let cur: Element | null = el;
  for (let depth = 0; cur && depth <= COLLECTION_DEPTH && !big; depth++, cur = cur.parentElement) {
    const collection = COLLECTION_TAGS.has(cur.tagName.toUpperCase()) || COLLECTION_ROLES.has((cur.getAttribute('role') ?? '').toLowerCase());
    if (!collection) continue;
    // Twenty cells of one 5,000-row table change in a batch: count its rows once, not twenty times.
    let many = cache?.collections.get(cur);
    if (many === undefined) {
      many = hasManyChildren(cur);
      cache?.collections.set(cur, many);
    }
    big = many;
  }
  cache?.big.set(el, big);
  return big;
}

/**
 * The element a record is about (its target, or a text node's parent), or null when the record
 * cannot matter: it happened inside a large collection or in the extension's own nodes.
 */
export function watchedElement(rec: MutationRecord, ignoreSelector: string, cache?: BatchCache): Element | null {
  const el = rec.target.nodeType === 1 ? (rec.target as Element) : rec.target.parentElement;
  // The big-collection test first: it is cheap and settles most records on a busy overview page.
  return !el || inBigCollection(el, cache) || (ignoreSelector && el.closest(ignoreSelector)) ? null : el;
}

/**
 * On a page that holds no capture wording, whether one record adds or reveals some: new nodes,
 * text set in place, or markup un-hidden. Other changes (values, checks) cannot make a page
 * without labels capturable.
 */
export function mutationAddsCaptureWording(rec: MutationRecord, ignoreSelector = '', cache?: BatchCache): boolean {
  const el = watchedElement(rec, ignoreSelector, cache);
  if (!el) return false;
  if (rec.type === 'childList') {
    for (const node of Array.from(rec.addedNodes)) {
      if (node.nodeType === 1 && (NOISE_TAGS.has((node as Element).tagName.toUpperCase()) || (ignoreSelector && (node as Element).matches(ignoreSelector)))) continue;
      if (subtreeMayHoldCapture(node)) return true;
    }
    return false;
  }
  if (rec.type === 'characterData') return subtreeMayHoldCapture(rec.target);
  if (rec.attributeName === 'hidden' || rec.attributeName === 'style') return subtreeMayHoldCapture(el);
  return false;
}

