// The reader's per-call context: one scan of the page collecting what the pairing strategies
// (markup-pairs.ts, sibling-pairs.ts) need, and the pairs found so far.
//
// Privacy: a pair whose label mentions a BSN is dropped before its value is ever read, and a
// value that itself mentions a BSN is never returned.

import { roleOf } from '../dom/controls';
import { isHeadingLike } from '../dom/text';
import { hiddenByOwnMarkup, markupHiddenCheck } from '../dom/visibility';
import { walkTree } from '../dom/walk';
import { cleanLabel, compact } from '../text/normalize';
import { normalizeLoonheffingennummer } from '../registration/loonheffingennummer';
import { hasCaptureWording } from './gate';
import { mentionsBsn } from './labels';
import { rowLimiter } from './rows';
import type { Pair, PairSource } from './pairs';
import { CONTROL_SELECTOR, RADIO_SELECTOR, textOf, valueOf } from './values';

/** Work cap: a label longer than this is a sentence, not a label. */
export const MAX_LABEL_LENGTH = 80;

/**
 * One pass over the tree (visible parts only) collecting every candidate the strategies need.
 * Rows of an overview beyond its first ones are not entered at all (rows.ts): label/value
 * tables are short, and this keeps 5,000-row overviews cheap.
 */
export interface Scan {
  rows: Element[];
  tables: Element[];
  dts: Element[];
  labels: Element[];
  aria: Element[];
  texts: Text[];
  ids: Map<string, Element>;
  /** Headings, legends, captions, selected tabs: what names the page kind and lists. */
  headings: Element[];
}

const ARIA_VALUE_ROLES = new Set(['checkbox', 'switch', 'textbox', 'radiogroup']);

/** A loonheffingennummer in a (normalised) text: rows showing them are an employer's administrations. */
const LOONHEFFINGENNUMMER_IN_TEXT = /\d{9}L\d{2}/;

/**
 * The rows of a big row group matter when they carry capture wording or loonheffingennummers
 * (read from columns, one per administration; the other column field, the pay period, is
 * taken from the first row).
 */
const overviewMatters = (rowsText: string): boolean => hasCaptureWording(rowsText) || LOONHEFFINGENNUMMER_IN_TEXT.test(normalizeLoonheffingennummer(rowsText));

function scan(root: ParentNode): Scan {
  const out: Scan = { rows: [], tables: [], dts: [], labels: [], aria: [], texts: [], ids: new Map(), headings: [] };
  const rowStep = rowLimiter(overviewMatters);
  walkTree(root as Node, (node) => {
    if (node.nodeType === 3) {
      if ((node as Text).data.length <= MAX_LABEL_LENGTH * 3) out.texts.push(node as Text);
      return 'enter';
    }
    if (node.nodeType !== 1) return 'skip';
    const el = node as Element;
    if (hiddenByOwnMarkup(el)) return 'skip';
    const tag = el.tagName.toUpperCase();
    const role = roleOf(el);
    if (tag === 'TR' || role === 'row') {
      // The rest of this row group is an overview: leave it without visiting each row.
      if (rowStep(el) === 'skip-siblings') return 'skip-siblings';
      out.rows.push(el);
    } else if (tag === 'TABLE' || role === 'grid' || role === 'table' || role === 'treegrid') out.tables.push(el);
    else if (tag === 'DT') out.dts.push(el);
    else if (tag === 'LABEL') out.labels.push(el);
    if (el.hasAttribute('aria-labelledby') || (el.hasAttribute('aria-label') && (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || ARIA_VALUE_ROLES.has(role)))) out.aria.push(el);
    if (isHeadingLike(el)) out.headings.push(el);
    const id = el.getAttribute('id');
    if (id && !out.ids.has(id)) out.ids.set(id, el);
    return 'enter';
  });
  return out;
}

/** Per-call context: the scan plus what has been paired, so strategies do not double up. */
export class Reader {
  readonly used = new Set<Element>();
  readonly pairs: Pair[] = [];
  readonly scan: Scan;

  constructor(readonly root: ParentNode) {
    this.scan = scan(root);
    this.isHidden = markupHiddenCheck(root as Node);
  }

  /** Hidden by markup we can see without layout, remembered for this read. */
  readonly isHidden: (el: Element) => boolean;

  private forMap: Map<string, Element> | null = null;

  /**
   * A control found by position (next to a label text) that names itself otherwise — aria-label,
   * aria-labelledby or a <label for> elsewhere, e.g. `<span>Personeelsnummer</span><input
   * aria-label="BSN">` — belongs to that other label, never to this one. Radio options are
   * labelled "Ja" / "Nee" by design and are exempt.
   */
  labelledElsewhere(valueEl: Element, labelEl: Element | null, label: string): boolean {
    const controls = valueEl.matches(CONTROL_SELECTOR) ? [valueEl] : Array.from(valueEl.querySelectorAll(CONTROL_SELECTOR)).slice(0, 4);
    if (!controls.length) return false;
    if (!this.forMap) {
      this.forMap = new Map();
      for (const l of this.scan.labels) {
        const f = l.getAttribute('for');
        if (f) this.forMap.set(f, l);
      }
    }
    const key = compact(label);
    const other = (el: Element | null | undefined, text: string): boolean =>
      !!text && !(el && labelEl && (labelEl === el || labelEl.contains(el) || el.contains(labelEl))) && (mentionsBsn(text) || compact(text) !== key);
    for (const c of controls) {
      if (c.matches(RADIO_SELECTOR)) continue;
      if (other(null, c.getAttribute('aria-label') ?? '')) return true;
      for (const id of (c.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
        const target = id ? this.byId(id) : null;
        if (target && other(target, textOf(target))) return true;
      }
      const id = c.getAttribute('id');
      const forLabel = id ? this.forMap.get(id) : undefined;
      if (forLabel && other(forLabel, textOf(forLabel))) return true;
    }
    return false;
  }

  byId(id: string): Element | null {
    return this.scan.ids.get(id) ?? null;
  }

  add(label: string, valueEl: Element, labelEl: Element | null, source: PairSource): void {
    const cleaned = cleanLabel(label);
    if (!cleaned || cleaned.length > MAX_LABEL_LENGTH) return;
    if (mentionsBsn(cleaned)) return; // never even read a BSN's value
    if (this.isHidden(valueEl)) return;
    if (source === 'sibling' && this.labelledElsewhere(valueEl, labelEl, cleaned)) return;
    const v = valueOf(valueEl);
    if (!v) return;
    if (mentionsBsn(v.value)) return;
    if (labelEl) this.used.add(labelEl);
    this.used.add(valueEl);
    const pair: Pair = { label: cleaned, value: v.value, element: valueEl, labelElement: labelEl, source };
    if (v.checked !== undefined) pair.checked = v.checked;
    this.pairs.push(pair);
  }
}
