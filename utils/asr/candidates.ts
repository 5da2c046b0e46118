// What a person reads as the label of a control or the question of a group of options.
// Modelled on Firefox form-autofill's LabelUtils: <label for>, wrapping labels,
// aria-labelledby/aria-label, a component's own label (in its shadow root, its `label`
// attribute or a slot), a legend, table cells; only without any of these the text just
// before the control, and never text that another control owns (its label, its
// aria-labelledby target, its legend). Heuristics never cross a <form>/<fieldset>/group
// boundary, so one question's text is not read as the label of a control in another.

import { DGA_SECTION_WORDS } from './labels';
import { byIdNear, deepElements, renderedParent } from './dom';
import { hasStem } from './text';
import { composedParent } from '../dom/walk';
import { isHidden } from '../dom/visibility';
import { readableText as readText } from '../dom/text';
import { cleanLabel, collapseWhitespace, compact } from '../text/normalize';

/** Text of a label as a person reads it (nested option widgets and aria-hidden parts left out). */
export const readableText = (el: Node): string => readText(el, { asLabel: true });

// Text inside these is not part of a label; inline ones do not end a text chunk.
const SKIP_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON']);
const CHUNK_TAGS = new Set(['SPAN', 'B', 'STRONG', 'EM', 'I', 'SMALL', 'ABBR', 'SUP', 'SUB', 'U', 'A', 'FONT', 'LABEL', 'MARK', 'Q', 'CODE']);

export type LabelSource =
  | 'aria-labelledby'
  | 'label'
  | 'aria-label'
  | 'legend'
  | 'table-cell'
  | 'column-header'
  | 'preceding-text'
  | 'following-text'
  | 'placeholder'
  | 'title'
  | 'attribute';

export interface LabelCandidate {
  /** As the page shows it (whitespace collapsed, required markers removed). */
  text: string;
  source: LabelSource;
}

export const CONTROL_SELECTOR =
  'input:not([type=hidden]), select, textarea, [role=radio], [role=checkbox], [role=switch], [role=combobox], [role=textbox], button[aria-pressed], button[aria-haspopup=listbox]';
const SKIP_ANCESTOR_SELECTOR =
  'select, textarea, button, script, style, template, noscript, [hidden], [aria-hidden=true], [role=radio], [role=checkbox], [role=switch], [role=listbox], [role=tooltip]';
const MAX_CHUNK = 240;

export function isControl(el: Element): boolean {
  return el.matches(CONTROL_SELECTOR);
}

/** A web component whose open shadow root holds a control of its own (sl-radio-group, sl-input). */
function hostsControl(el: Element): boolean {
  return !!el.shadowRoot && deepElements(el.shadowRoot).some((c) => isControl(c) && !isHidden(c));
}

export function push(list: LabelCandidate[], text: string | null | undefined, source: LabelSource): void {
  const t = cleanLabel(text ?? '');
  if (!t || t.length > MAX_CHUNK * 2) return;
  if (!compact(t)) return;
  if (list.some((c) => c.text === t)) return;
  list.push({ text: t, source });
}

export function textByIds(near: Node, ids: string): string {
  return ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const target = byIdNear(near, id);
      return target ? readableText(target) : '';
    })
    .join(' ');
}

export interface LabelIndex {
  /** <label for=id>, per tree (document or shadow root): ids are unique only within one. */
  byFor: Map<Node, Map<string, HTMLLabelElement[]>>;
  /** A <label> without `for` and without a control inside names the one control beside it. */
  near: Map<Element, HTMLLabelElement>;
  /** Elements whose text another control owns: its label, its aria-labelledby target. */
  owned: Set<Element>;
}

export function labelsFor(index: LabelIndex, el: Element): HTMLLabelElement[] {
  return el.id ? index.byFor.get(el.getRootNode())?.get(el.id) ?? [] : [];
}

export function buildLabelIndex(all: Element[]): LabelIndex {
  const byFor = new Map<Node, Map<string, HTMLLabelElement[]>>();
  const near = new Map<Element, HTMLLabelElement>();
  const owned = new Set<Element>();
  for (const el of all) {
    const lb = el.getAttribute('aria-labelledby');
    if (lb) for (const id of lb.split(/\s+/)) {
      const t = id && byIdNear(el, id);
      if (t) owned.add(t);
    }
    if (el.tagName !== 'LABEL') continue;
    const label = el as HTMLLabelElement;
    const f = label.getAttribute('for');
    if (!f) {
      if (label.querySelector(CONTROL_SELECTOR)) {
        owned.add(label);
        continue;
      }
      // Bootstrap "<label>X</label><div><input></div>", floating "<input><label>X</label>":
      // the smallest container around the label holding a control must hold exactly one.
      let a = label.parentElement;
      let found: Element[] = [];
      while (a && !['FORM', 'BODY', 'FIELDSET'].includes(a.tagName)) {
        found = Array.from(a.querySelectorAll(CONTROL_SELECTOR)).filter((c) => !isHidden(c));
        if (found.length) break;
        a = a.parentElement;
      }
      if (found.length === 1 && !near.has(found[0]!)) {
        near.set(found[0]!, label);
        owned.add(label);
      }
      continue;
    }
    owned.add(label);
    const root = label.getRootNode();
    const map = byFor.get(root) ?? new Map<string, HTMLLabelElement[]>();
    byFor.set(root, map);
    const list = map.get(f) ?? [];
    list.push(label);
    map.set(f, list);
  }
  return { byFor, near, owned };
}

/** The boundary heuristics never cross: the closest fieldset, form or group (else the tree's root). */
export function boundaryOf(el: Element, root: Element): Node {
  const b = el.parentElement?.closest('fieldset, form, [role=radiogroup], [role=group]');
  if (b && (root.contains(b) || b.getRootNode() !== root.getRootNode())) return b;
  const tree = el.getRootNode();
  return tree.nodeType === 11 ? tree : root;
}

/** The node following `el`'s subtree (the walker's nextNode would enter the subtree). */
function nextOutside(walker: TreeWalker, el: Node): Node | null {
  walker.currentNode = el;
  let n: Node | null = walker.nextSibling();
  let up: Node | null = el;
  while (!n && up) {
    walker.currentNode = up;
    const parent = walker.parentNode();
    if (!parent) return null;
    up = parent;
    walker.currentNode = parent;
    n = walker.nextSibling();
  }
  return n;
}

/**
 * Text chunks just before (or after) `el` in document order, nearest first, stopping at
 * another control, at text another control owns, or at the boundary. A chunk is a text run
 * together with its inline wrappers (so "<label>Naam<span>*</span></label>" is one chunk,
 * and a help text in <small> another).
 */
export function nearbyText(el: Element, boundary: Node, direction: 'before' | 'after', max: number, owned: Set<Element>): string[] {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(boundary, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  walker.currentNode = el;
  const chunks: string[] = [];
  let steps = 0;
  const step = (from: Node): Node | null => {
    walker.currentNode = from;
    return direction === 'before' ? walker.previousNode() : nextOutside(walker, from);
  };
  let node: Node | null = direction === 'before' ? walker.previousNode() : nextOutside(walker, el);
  while (node && chunks.length < max && steps++ < 400) {
    if (node.nodeType === 1) {
      const e = node as Element;
      if (e.contains(el)) {
        // An ancestor of the control: reached going backwards, keep climbing.
        node = walker.previousNode();
        continue;
      }
      if ((isControl(e) || hostsControl(e)) && !isHidden(e)) break;
      if (SKIP_TEXT_TAGS.has(e.tagName) || e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') {
        node = step(e);
        continue;
      }
      walker.currentNode = e;
      node = direction === 'before' ? walker.previousNode() : walker.nextNode();
      continue;
    }
    // Text inside a control (option text of a select, a role=radio's text) or inside
    // script/hidden parts: reaching a visible control ends the search, the rest is skipped.
    const parent = node.parentElement;
    const skipAnc = parent?.closest(SKIP_ANCESTOR_SELECTOR);
    if (skipAnc && boundary.contains(skipAnc) && skipAnc !== boundary) {
      if (isControl(skipAnc) && !isHidden(skipAnc)) break;
      node = step(skipAnc);
      continue;
    }
    // Another control's label or aria-labelledby text: that question is not this one.
    for (let a = parent; a && a !== boundary; a = a.parentElement) if (owned.has(a)) return chunks;
    // Text node: widen to its inline wrappers that contain no control.
    let chunkEl: Element | null = null;
    let p = parent;
    while (p && p !== boundary && CHUNK_TAGS.has(p.tagName) && !p.contains(el) && !p.querySelector(CONTROL_SELECTOR)) {
      chunkEl = p;
      p = p.parentElement;
    }
    const chunk = chunkEl ? readableText(chunkEl) : collapseWhitespace(node.nodeValue ?? '');
    if (cleanLabel(chunk) && compact(chunk) && !(chunkEl && isHidden(chunkEl))) chunks.push(chunk.slice(0, MAX_CHUNK));
    if (chunkEl) node = step(chunkEl);
    else {
      walker.currentNode = node;
      node = direction === 'before' ? walker.previousNode() : walker.nextNode();
    }
  }
  return chunks;
}

/** Label, adjacent cell and column header of a control in a table cell. */
function tableCandidates(el: Element, list: LabelCandidate[], boundary: Node): void {
  const cell = el.closest('td, th');
  if (!cell || !boundary.contains(cell)) return;
  const row = cell.parentElement;
  if (!row || row.tagName !== 'TR') return;
  // The adjacent cell to the left, unless it holds a control of its own.
  const prev = cell.previousElementSibling;
  if (prev && !prev.querySelector(CONTROL_SELECTOR)) push(list, readableText(prev), 'table-cell');
  // Column header: the <th> at the same column in the table's own header row.
  const table = row.closest('table');
  const cellIndex = Array.prototype.indexOf.call(row.children, cell) as number;
  const sections = table ? Array.from(table.children) : [];
  const thead = sections.find((c) => c.tagName === 'THEAD');
  const firstBody = sections.find((c) => c.tagName === 'TBODY' || c.tagName === 'TR');
  const headRow =
    thead?.firstElementChild ?? (firstBody?.tagName === 'TR' ? firstBody : firstBody?.firstElementChild) ?? null;
  if (headRow && headRow !== row) {
    const head = headRow.children[cellIndex];
    if (head && head.tagName === 'TH') push(list, readableText(head), 'column-header');
  }
}

/**
 * A control inside a web component is named by the component: its `label` attribute,
 * aria-label, a <label for> pointing at the host, or a label wrapping the host.
 */
function hostLabels(el: Element, index: LabelIndex, list: LabelCandidate[]): void {
  let host: Element | null = el;
  for (let depth = 0; depth < 3; depth++) {
    const tree: Node = host.getRootNode();
    if (tree.nodeType !== 11) return;
    host = (tree as ShadowRoot).host;
    const lb = host.getAttribute('aria-labelledby');
    if (lb) push(list, textByIds(host, lb), 'aria-labelledby');
    for (const l of labelsFor(index, host)) if (!isHidden(l)) push(list, readableText(l), 'label');
    const wrapping = host.closest('label');
    if (wrapping) push(list, readableText(wrapping), 'label');
    push(list, host.getAttribute('label'), 'label');
    push(list, host.getAttribute('aria-label'), 'aria-label');
    if (list.length) return;
  }
}

/** Labels of a single control, most trustworthy first. */
export function controlLabels(el: HTMLElement, root: Element, index: LabelIndex): LabelCandidate[] {
  const list: LabelCandidate[] = [];
  const form = el.closest('form');
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) push(list, textByIds(el, labelledBy), 'aria-labelledby');
  for (const label of labelsFor(index, el)) {
    // A label in another form names some other control with a clashing id.
    if (label.closest('form') === form && !isHidden(label)) push(list, readableText(label), 'label');
  }
  const wrapping = el.closest('label') ?? index.near.get(el);
  if (wrapping) push(list, readableText(wrapping), 'label');
  push(list, el.getAttribute('aria-label'), 'aria-label');
  const role = el.getAttribute('role');
  if (role === 'checkbox' || role === 'switch' || role === 'radio' || el.hasAttribute('aria-pressed')) {
    push(list, readableText(el), 'label');
  }
  if (!list.length) hostLabels(el, index, list);
  const boundary = boundaryOf(el, root);
  tableCandidates(el, list, boundary);
  // A person reads the label when there is one; only without it do they go by the text
  // around the control. (Reading neighbours regardless lets a help text under one field
  // name the next field.)
  if (list.length === 0) {
    for (const t of nearbyText(el, boundary, 'before', 3, index.owned)) push(list, t, 'preceding-text');
  }
  push(list, el.getAttribute('placeholder'), 'placeholder');
  push(list, el.getAttribute('title'), 'title');
  return list;
}

export function attributeLabels(el: Element, list: LabelCandidate[]): void {
  for (const attr of ['name', 'id']) {
    const v = el.getAttribute(attr);
    if (v) list.push({ text: v, source: 'attribute' });
  }
}

/** Question text of a group of options (radios, checkboxes, toggle buttons). */
export function groupQuestion(container: Element, members: Element[], root: Element, index: LabelIndex): LabelCandidate[] {
  const list: LabelCandidate[] = [];
  const first = members[0]!;
  const labelledBy = container.getAttribute('aria-labelledby');
  if (labelledBy) push(list, textByIds(container, labelledBy), 'aria-labelledby');
  push(list, container.getAttribute('aria-label'), 'aria-label');
  for (const l of labelsFor(index, container)) if (!isHidden(l)) push(list, readableText(l), 'label');
  // A legend is this group's question only when the fieldset holds nothing but this group
  // (a fieldset "Gegevens" around the whole form names no single question).
  const fieldset = container.tagName === 'FIELDSET' ? container : first.closest('fieldset');
  if (fieldset && (root.contains(fieldset) || fieldset.getRootNode().nodeType === 11)) {
    const others = deepElements(fieldset).filter((c) => isControl(c) && !members.includes(c) && !isHidden(c));
    const legend = Array.from(fieldset.children).find((c) => c.tagName === 'LEGEND');
    if (legend && others.length === 0) push(list, readableText(legend), 'legend');
  }
  if (!list.length) hostLabels(container, index, list);
  const boundary = boundaryOf(first, root);
  tableCandidates(first, list, boundary);
  if (list.length === 0 && container.getRootNode() === first.getRootNode()) {
    // Start from the first option (or its wrapping label) so that the options' own
    // labels are passed and the question text before them is read.
    const start = first.closest('label') ?? first;
    const owned = new Set(index.owned);
    for (const m of members) for (const l of labelsFor(index, m)) owned.delete(l);
    owned.delete(start);
    for (const t of nearbyText(start, boundary, 'before', 3, owned)) push(list, t, 'preceding-text');
  }
  return list;
}

/** What a person reads for one option of a group ("Ja", "Per 4 weken"). */
export function optionLabel(el: HTMLElement, index: LabelIndex): string {
  const list: LabelCandidate[] = [];
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) push(list, textByIds(el, labelledBy), 'aria-labelledby');
  for (const l of labelsFor(index, el)) push(list, readableText(l), 'label');
  const wrapping = el.closest('label') ?? index.near.get(el);
  if (wrapping) push(list, readableText(wrapping), 'label');
  push(list, el.getAttribute('aria-label'), 'aria-label');
  if (el.getAttribute('role') === 'radio' || el.hasAttribute('aria-pressed') || el.tagName === 'BUTTON') push(list, readableText(el), 'label');
  if (list.length === 0) hostLabels(el, index, list);
  if (list.length === 0) {
    const boundary = el.parentElement ?? el.getRootNode();
    push(list, nearbyText(el, boundary, 'after', 1, new Set())[0], 'following-text');
  }
  return list[0]?.text ?? el.getAttribute('value') ?? '';
}

/** Legends and headings that name the section a control is in, innermost first. */
export function contextOf(el: Element, root: Element, headings: Element[], rank: Map<Element, number>): string[] {
  const out: string[] = [];
  for (let a = renderedParent(el); a; a = renderedParent(a)) {
    if (a.tagName === 'FIELDSET') {
      const legend = Array.from(a.children).find((c) => c.tagName === 'LEGEND');
      if (legend) out.push(readableText(legend));
    }
    const aria = a.getAttribute('aria-label');
    if (aria) out.push(aria);
    const lb = a.getAttribute('aria-labelledby');
    if (lb && (a.getAttribute('role') === 'group' || a.getAttribute('role') === 'region' || a.tagName === 'SECTION' || a.tagName === 'FIELDSET')) {
      out.push(textByIds(a, lb));
    }
    // A container titled by a heading as its first child is a section ("<div><h3>DGA's</h3>...").
    const first = a.firstElementChild;
    if (first && first !== el && /^H[1-6]$/.test(first.tagName) && !['FORM', 'BODY', 'HTML', 'MAIN'].includes(a.tagName)) {
      out.push(readableText(first));
    }
    if (a === root) break;
  }
  // Nearest heading before the control in document order (flat forms without sections).
  let top: Element = el;
  for (let a = composedParent(el); a && a !== root; a = composedParent(a)) top = a;
  const at = rank.get(el) ?? rank.get(top) ?? 0;
  let nearest: Element | undefined;
  for (const h of headings) {
    if (h.tagName === 'LEGEND' || h.contains(el)) continue;
    const r = rank.get(h) ?? Infinity;
    if (r < at && (!nearest || r > (rank.get(nearest) ?? 0))) nearest = h;
  }
  if (nearest) out.push(readableText(nearest));
  return out.filter(Boolean);
}

export function isDgaContext(texts: string[]): boolean {
  return texts.some((t) => hasStem(t, DGA_SECTION_WORDS));
}
