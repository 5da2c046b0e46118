// Collect the form's controls together with what a person reads next to them.
// Modelled on Firefox form-autofill's LabelUtils: a label map from <label for>, wrapping
// labels, aria-labelledby/aria-label, then the nearby text (adjacent table cell, text just
// before the control), placeholders, and name/id only as a last resort. Heuristics never
// look across a <form> or <fieldset> boundary, so one question's text is not read as the
// label of a control in another group.
//
// Nothing here changes the page: it reads the DOM and returns plain descriptions that
// plan.ts turns into actions.

import { DGA_SECTION_WORDS, NO_WORDS, VERLONING_OPTIONS, YES_WORDS, type ChoiceFieldKey } from './labels';
import { collapseWhitespace, compact, displayLabel, words } from './text';

/** Classify an option text as month or four weeks ('' when neither). */
export function classifyVerloning(text: string): 'maand' | '4weken' | '' {
  const c = compact(text);
  if (!c) return '';
  for (const def of VERLONING_OPTIONS) {
    if (def.exact.some((e) => compact(e) === c)) return def.value;
  }
  for (const def of VERLONING_OPTIONS) {
    if (def.contains.some((x) => c.includes(x))) return def.value;
  }
  return '';
}

/** What an option text means for a choice question ('' when nothing). */
export function meaningOf(key: ChoiceFieldKey, text: string): string {
  return key === 'verloning' ? classifyVerloning(text) : classifyYesNo(text);
}

/** The role=option items of a custom select (its listbox may be hidden while closed). */
export function comboOptions(el: Element): HTMLElement[] {
  const doc = el.ownerDocument;
  const ids = `${el.getAttribute('aria-controls') ?? ''} ${el.getAttribute('aria-owns') ?? ''}`.split(/\s+/);
  const boxes = [el, ...ids.map((id) => (id ? doc.getElementById(id) : null))];
  return boxes.flatMap((b) => (b ? Array.from(b.querySelectorAll<HTMLElement>('[role=option]')) : []));
}

/** Classify an option text as yes/no by its first word ("Ja", "Nee, geen DGA"). */
export function classifyYesNo(text: string): 'ja' | 'nee' | '' {
  const first = words(text).split(' ')[0] ?? '';
  if (YES_WORDS.includes(first)) return 'ja';
  if (NO_WORDS.includes(first)) return 'nee';
  return '';
}

export type ControlKind =
  | 'text'
  | 'select'
  | 'radio-group'
  | 'checkbox'
  | 'aria-radio-group'
  | 'aria-checkbox'
  | 'switch'
  /** Checkboxes that together answer one question ("Maandelijks" / "4-wekelijks"). */
  | 'checkbox-group'
  /** A custom select: role=combobox (not a text box) with role=option items. */
  | 'combobox';

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

export interface ChoiceOption {
  /** The element to click (radio input, role=radio element) or the <option>. */
  element: HTMLElement;
  /** What a person reads for this option ("Ja", "Per 4 weken"). */
  label: string;
  /** The option's value attribute, used only when its text says nothing. */
  value: string;
  checked: boolean;
  disabled: boolean;
}

export interface CollectedField {
  kind: ControlKind;
  /**
   * The control: the input/textarea/select/checkbox/switch itself, or for radio groups the
   * group container (radiogroup element, fieldset, or the closest common ancestor).
   */
  element: HTMLElement;
  /** Label (or, for groups, question) candidates, most trustworthy first. */
  labels: LabelCandidate[];
  /** Radio options or select options; empty for text, checkbox and switch. */
  options: ChoiceOption[];
  /** Current text value, or the text of the selected/checked option ('' when none). */
  value: string;
  /** Checkbox/switch state. */
  checked: boolean;
  /** Legends and headings around the control, innermost first. */
  context: string[];
  /** True when the control sits in a section about DGA's. */
  inDgaSection: boolean;
  /** The <form> the control belongs to (null when it is in none). */
  form: HTMLFormElement | null;
  /** Why the control cannot be filled ('disabled' or 'readonly'); undefined when it can. */
  unusable?: 'disabled' | 'readonly';
  /** Position in document order among collected fields. */
  order: number;
}

const TEXT_INPUT_TYPES = new Set(['', 'text', 'email', 'tel', 'number', 'search', 'url']);
const INLINE_TAGS = new Set([
  'SPAN', 'B', 'STRONG', 'EM', 'I', 'SMALL', 'ABBR', 'SUP', 'SUB', 'U', 'A', 'FONT', 'LABEL', 'MARK', 'Q', 'CODE',
]);
// Text inside these is not part of a label a person reads.
const SKIP_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON']);
const CONTROL_SELECTOR =
  'input:not([type=hidden]), select, textarea, [role=radio], [role=checkbox], [role=switch], [role=combobox], [role=textbox]';
const SKIP_ANCESTOR_SELECTOR =
  'select, textarea, button, script, style, template, noscript, [hidden], [aria-hidden=true], [role=radio], [role=checkbox], [role=switch], [role=listbox], [role=tooltip]';
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, legend, [role=heading]';
const MAX_CHUNK = 240;

function ownerWindow(node: Node): (Window & typeof globalThis) | null {
  return (node.ownerDocument ?? (node as Document)).defaultView as (Window & typeof globalThis) | null;
}

function isInputOfType(el: Element, types: (t: string) => boolean): el is HTMLInputElement {
  return el.tagName === 'INPUT' && types(((el as HTMLInputElement).getAttribute('type') ?? '').toLowerCase());
}

/** Hidden from a person: hidden attribute, inert, display:none on it or an ancestor, visibility:hidden. */
export function isHidden(el: Element): boolean {
  const win = ownerWindow(el);
  let node: Element | null = el;
  while (node) {
    if (node.hasAttribute('hidden') || node.hasAttribute('inert')) return true;
    if (node.getAttribute('aria-hidden') === 'true' && node !== el) return true;
    if (win) {
      const style = win.getComputedStyle(node);
      if (style.display === 'none') return true;
      if (style.visibility === 'hidden' || style.visibility === 'collapse') return true;
    }
    node = node.parentElement;
  }
  return false;
}

/** The text a person reads inside an element, ignoring controls, scripts and hidden parts. */
export function readableText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const e = node as Element;
    if (e !== el && (SKIP_TEXT_TAGS.has(e.tagName) || e.tagName === 'INPUT')) return;
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return;
    const role = e.getAttribute('role');
    // A tooltip's text is help, not part of the label a person reads.
    if (e !== el && (role === 'radio' || role === 'checkbox' || role === 'switch' || role === 'listbox' || role === 'tooltip')) return;
    const inline = e.getAttribute('style');
    if (inline && /display\s*:\s*none/i.test(inline)) return;
    if (e.tagName === 'BR') parts.push(' ');
    for (let c = e.firstChild; c; c = c.nextSibling) walk(c);
    // Block boundaries read as a space ("Naam<div>DGA</div>" is two words).
    if (!INLINE_TAGS.has(e.tagName)) parts.push(' ');
  };
  walk(el);
  return collapseWhitespace(parts.join(''));
}

/**
 * Sort elements into document order (querySelectorAll with a selector list is in document
 * order in browsers, but not in every DOM implementation).
 */
export function inDocumentOrder<T extends Element>(els: T[]): T[] {
  return els.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 0x4 ? -1 : 1));
}

function isControl(el: Element): boolean {
  return el.matches(CONTROL_SELECTOR);
}

/** The boundary heuristics never cross: the closest fieldset or form (else the root). */
function boundaryOf(el: Element, root: Element): Element {
  const b = el.parentElement?.closest('fieldset, form, [role=radiogroup], [role=group]');
  return b && root.contains(b) ? b : root;
}

function textByIds(doc: Document, ids: string): string {
  return ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const target = doc.getElementById(id);
      return target ? readableText(target) : '';
    })
    .join(' ');
}

function push(list: LabelCandidate[], text: string | null | undefined, source: LabelSource): void {
  const t = displayLabel(text ?? '');
  if (!t || t.length > MAX_CHUNK * 2) return;
  if (!compact(t)) return;
  if (list.some((c) => c.text === t)) return;
  list.push({ text: t, source });
}

/**
 * Text chunks just before `el` in document order, nearest first, stopping at another
 * control or at the boundary. A chunk is a text run together with its inline wrappers
 * (so "<label>Naam<span>*</span></label>" is one chunk, and a help text in <small> another).
 */
function nearbyText(el: Element, boundary: Element, direction: 'before' | 'after', max: number): string[] {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(boundary, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  walker.currentNode = el;
  const chunks: string[] = [];
  let steps = 0;
  let node: Node | null = direction === 'before' ? walker.previousNode() : nextOutside(walker, el);
  while (node && chunks.length < max && steps++ < 400) {
    if (node.nodeType === 1) {
      const e = node as Element;
      if (e.contains(el)) {
        // An ancestor of the control: reached going backwards, keep climbing.
        node = walker.previousNode();
        continue;
      }
      if (isControl(e) && !isHidden(e)) break;
      if (SKIP_TEXT_TAGS.has(e.tagName) || e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') {
        walker.currentNode = e;
        node = direction === 'before' ? walker.previousNode() : nextOutside(walker, e);
        continue;
      }
      node = direction === 'before' ? walker.previousNode() : walker.nextNode();
      continue;
    }
    // Text inside a control (option text of a select, a role=radio's text) or inside
    // script/hidden parts: reaching a visible control ends the search, the rest is skipped.
    const skipAnc = node.parentElement?.closest(SKIP_ANCESTOR_SELECTOR);
    if (skipAnc && boundary.contains(skipAnc) && skipAnc !== boundary) {
      if (isControl(skipAnc) && !isHidden(skipAnc)) break;
      walker.currentNode = skipAnc;
      node = direction === 'before' ? walker.previousNode() : nextOutside(walker, skipAnc);
      continue;
    }
    // Text node: widen to its inline wrappers that contain no control.
    const text = node.nodeValue ?? '';
    let chunkEl: Element | null = null;
    let p = node.parentElement;
    while (p && p !== boundary && INLINE_TAGS.has(p.tagName) && !p.contains(el) && !p.querySelector(CONTROL_SELECTOR)) {
      chunkEl = p;
      p = p.parentElement;
    }
    const chunk = chunkEl ? readableText(chunkEl) : collapseWhitespace(text);
    if (displayLabel(chunk) && compact(chunk) && !(chunkEl && isHidden(chunkEl))) chunks.push(chunk.slice(0, MAX_CHUNK));
    if (chunkEl) {
      walker.currentNode = chunkEl;
      node = direction === 'before' ? walker.previousNode() : nextOutside(walker, chunkEl);
    } else {
      node = direction === 'before' ? walker.previousNode() : walker.nextNode();
    }
  }
  return chunks;
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

/** Label, adjacent cell and column header of a control in a table cell. */
function tableCandidates(el: Element, list: LabelCandidate[], boundary: Element): void {
  const cell = el.closest('td, th');
  if (!cell || !boundary.contains(cell)) return;
  const row = cell.parentElement;
  if (!row || row.tagName !== 'TR') return;
  // The adjacent cell to the left, unless it holds a control of its own.
  const prev = cell.previousElementSibling;
  if (prev && !prev.querySelector(CONTROL_SELECTOR)) push(list, readableText(prev), 'table-cell');
  // Column header: the <th> at the same column in the table's header row.
  const table = row.closest('table');
  const cellIndex = Array.prototype.indexOf.call(row.children, cell) as number;
  // Only this table's own header row (a nested table's <thead> names other columns).
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

interface LabelIndex {
  byFor: Map<string, HTMLLabelElement[]>;
  /** A <label> without `for` and without a control inside names the one control beside it. */
  near: Map<Element, HTMLLabelElement>;
}

function buildLabelIndex(root: ParentNode): LabelIndex {
  const byFor = new Map<string, HTMLLabelElement[]>();
  const near = new Map<Element, HTMLLabelElement>();
  for (const label of Array.from(root.querySelectorAll('label'))) {
    const f = label.getAttribute('for');
    if (!f) {
      // Bootstrap "<label>X</label><div><input></div>", floating "<input><label>X</label>":
      // the smallest container around the label holding a control must hold exactly one.
      if (label.querySelector(CONTROL_SELECTOR)) continue;
      let a = label.parentElement;
      let found: Element[] = [];
      while (a && !['FORM', 'BODY', 'FIELDSET'].includes(a.tagName)) {
        found = Array.from(a.querySelectorAll(CONTROL_SELECTOR)).filter((c) => !isHidden(c));
        if (found.length) break;
        a = a.parentElement;
      }
      if (found.length === 1 && !near.has(found[0]!)) near.set(found[0]!, label);
      continue;
    }
    const list = byFor.get(f) ?? [];
    list.push(label);
    byFor.set(f, list);
  }
  return { byFor, near };
}

/** Labels of a single control, most trustworthy first. */
function controlLabels(el: HTMLElement, root: Element, index: LabelIndex, withNearby: boolean): LabelCandidate[] {
  const list: LabelCandidate[] = [];
  const doc = el.ownerDocument;
  const form = el.closest('form');
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) push(list, textByIds(doc, labelledBy), 'aria-labelledby');
  if (el.id) {
    for (const label of index.byFor.get(el.id) ?? []) {
      // A label in another form names some other control with a clashing id.
      if (label.closest('form') === form && !isHidden(label)) push(list, readableText(label), 'label');
    }
  }
  const wrapping = el.closest('label') ?? index.near.get(el);
  if (wrapping) push(list, readableText(wrapping), 'label');
  push(list, el.getAttribute('aria-label'), 'aria-label');
  const role = el.getAttribute('role');
  if (role === 'checkbox' || role === 'switch' || role === 'radio') push(list, readableText(el), 'label');
  const boundary = boundaryOf(el, root);
  tableCandidates(el, list, boundary);
  // The label cell/column header of a table counts as the label too.
  const explicit = list.length > 0;
  // A person reads the label when there is one; only without it do they go by the text
  // around the control. (Reading neighbours regardless lets a help text under one field
  // name the next field.)
  if (withNearby && !explicit) {
    for (const t of nearbyText(el, boundary, 'before', 3)) push(list, t, 'preceding-text');
  }
  push(list, el.getAttribute('placeholder'), 'placeholder');
  push(list, el.getAttribute('title'), 'title');
  return list;
}

function attributeLabels(el: Element, list: LabelCandidate[]): void {
  for (const attr of ['name', 'id']) {
    const v = el.getAttribute(attr);
    if (v) list.push({ text: v, source: 'attribute' });
  }
}

/** Question text of a group of options (radios). */
function groupQuestion(container: Element, members: Element[], root: Element): LabelCandidate[] {
  const list: LabelCandidate[] = [];
  const doc = container.ownerDocument;
  const first = members[0]!;
  const labelledBy = container.getAttribute('aria-labelledby');
  if (labelledBy) push(list, textByIds(doc, labelledBy), 'aria-labelledby');
  push(list, container.getAttribute('aria-label'), 'aria-label');
  // A legend is this group's question only when the fieldset holds nothing but this group
  // (a fieldset "Gegevens" around the whole form names no single question).
  const fieldset = container.tagName === 'FIELDSET' ? container : first.closest('fieldset');
  if (fieldset && root.contains(fieldset)) {
    const others = Array.from(fieldset.querySelectorAll(CONTROL_SELECTOR)).filter(
      (c) => !members.includes(c) && !isHidden(c),
    );
    const legend = Array.from(fieldset.children).find((c) => c.tagName === 'LEGEND');
    if (legend && others.length === 0) push(list, readableText(legend), 'legend');
  }
  const boundary = boundaryOf(first, root);
  tableCandidates(first, list, boundary);
  if (list.length === 0) {
    // Start from the first option (or its wrapping label) so that the options' own
    // labels are passed and the question text before them is read.
    const start = first.closest('label') ?? first;
    for (const t of nearbyText(start, boundary, 'before', 3)) push(list, t, 'preceding-text');
  }
  return list;
}

function optionLabel(el: HTMLElement, index: LabelIndex): string {
  const list: LabelCandidate[] = [];
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) push(list, textByIds(el.ownerDocument, labelledBy), 'aria-labelledby');
  if (el.id) for (const l of index.byFor.get(el.id) ?? []) push(list, readableText(l), 'label');
  const wrapping = el.closest('label') ?? index.near.get(el);
  if (wrapping) push(list, readableText(wrapping), 'label');
  push(list, el.getAttribute('aria-label'), 'aria-label');
  if (el.getAttribute('role') === 'radio') push(list, readableText(el), 'label');
  if (list.length === 0) {
    const boundary = el.parentElement ?? el;
    const after = nearbyText(el, boundary, 'after', 1)[0];
    push(list, after, 'following-text');
  }
  return list[0]?.text ?? el.getAttribute('value') ?? '';
}

function closestCommonAncestor(els: Element[]): Element {
  let anc: Element | null = els[0]!.parentElement;
  while (anc && !els.every((e) => anc!.contains(e))) anc = anc.parentElement;
  return anc ?? els[0]!;
}

/** Legends and headings that name the section a control is in, innermost first. */
function contextOf(el: Element, root: Element, headings: Element[]): string[] {
  const out: string[] = [];
  for (let a = el.parentElement; a && root.contains(a); a = a.parentElement) {
    if (a.tagName === 'FIELDSET') {
      const legend = Array.from(a.children).find((c) => c.tagName === 'LEGEND');
      if (legend) out.push(readableText(legend));
    }
    const aria = a.getAttribute('aria-label');
    if (aria) out.push(aria);
    const lb = a.getAttribute('aria-labelledby');
    if (lb && (a.getAttribute('role') === 'group' || a.getAttribute('role') === 'region' || a.tagName === 'SECTION')) {
      out.push(textByIds(a.ownerDocument, lb));
    }
    // A container titled by a heading as its first child is a section ("<div><h3>DGA's</h3>...").
    const first = a.firstElementChild;
    if (first && first !== el && /^H[1-6]$/.test(first.tagName) && !['FORM', 'BODY', 'HTML', 'MAIN'].includes(a.tagName)) {
      out.push(readableText(first));
    }
    if (a === root) break;
  }
  // Nearest heading before the control in document order (flat forms without sections).
  let nearest: Element | undefined;
  for (const h of headings) {
    if (h.tagName === 'LEGEND' || h.contains(el) || !(h.compareDocumentPosition(el) & 0x4 /* el FOLLOWS h */)) continue;
    if (!nearest || nearest.compareDocumentPosition(h) & 0x4) nearest = h;
  }
  if (nearest) out.push(readableText(nearest));
  return out.filter(Boolean);
}

export function isDgaContext(texts: string[]): boolean {
  return texts.some((t) => {
    const c = compact(t);
    return DGA_SECTION_WORDS.some((w) => c.includes(w));
  });
}

function unusableReason(el: HTMLElement): 'disabled' | 'readonly' | undefined {
  if ((el as HTMLInputElement).disabled || el.getAttribute('aria-disabled') === 'true') return 'disabled';
  // A disabled fieldset disables everything in it (happy-dom lacks :disabled for this).
  const fs = el.closest('fieldset[disabled]');
  if (fs) return 'disabled';
  if ((el as HTMLInputElement).readOnly || el.getAttribute('aria-readonly') === 'true') return 'readonly';
  return undefined;
}

function rootElement(root: Document | Element): Element {
  return root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
}

/**
 * All fillable controls under `root` with their readable labels. Hidden controls are left
 * out; disabled and read-only ones are included but marked `unusable` so the report can
 * say why a field was not filled. Controls inside iframes are not collected: every frame
 * runs its own content script and answers for itself.
 */
export function collectFields(root: Document | Element): CollectedField[] {
  // Unnamed radios are grouped by the container around them (fieldset, radiogroup, parent).
  const anonContainers: Element[] = [];
  const anonKey = (input: HTMLInputElement): number => {
    const c = input.closest('fieldset, [role=radiogroup], [role=group]') ?? input.parentElement ?? input;
    let i = anonContainers.indexOf(c);
    if (i < 0) i = anonContainers.push(c) - 1;
    return i;
  };
  const rootEl = rootElement(root);
  const index = buildLabelIndex(rootEl.ownerDocument ?? rootEl);
  const headings = Array.from(rootEl.querySelectorAll(HEADING_SELECTOR)).filter((h) => !isHidden(h));
  let fields: CollectedField[] = [];
  const nativeGroups = new Map<string, HTMLInputElement[]>();
  const ariaGroups = new Map<Element, HTMLElement[]>();
  const groupOrder: { key: string | Element; first: Element }[] = [];

  const all = inDocumentOrder(
    Array.from(rootEl.querySelectorAll<HTMLElement>('input, textarea, select, [role=radio], [role=checkbox], [role=switch], [role=combobox]')),
  );
  for (const el of all) {
    if (isHidden(el)) {
      // A native radio/checkbox visually replaced by a styled label is still answered
      // through that label: keep it when its label is visible.
      const isToggle = isInputOfType(el, (t) => t === 'radio' || t === 'checkbox');
      const visibleLabel = isToggle && ((el.id && (index.byFor.get(el.id) ?? []).some((l) => !isHidden(l))) || (el.closest('label') && !isHidden(el.closest('label')!)));
      if (!visibleLabel) continue;
    }
    const base = {
      context: contextOf(el, rootEl, headings),
      form: el.closest('form'),
      unusable: unusableReason(el),
    };
    const tag = el.tagName;
    const role = el.getAttribute('role');
    if (tag === 'INPUT' && !role) {
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      if (type === 'radio') {
        const input = el as HTMLInputElement;
        const formKey = input.form ? `f${Array.prototype.indexOf.call(rootEl.ownerDocument.forms, input.form)}` : 'nf';
        const key = input.name
          ? `${formKey}:${input.name}`
          : `anon:${anonKey(input)}`;
        const group = nativeGroups.get(key) ?? [];
        if (group.length === 0) groupOrder.push({ key, first: el });
        group.push(input);
        nativeGroups.set(key, group);
        continue;
      }
      if (type === 'checkbox') {
        const labels = controlLabels(el, rootEl, index, true);
        attributeLabels(el, labels);
        fields.push({ kind: 'checkbox', element: el, labels, options: [], value: '', checked: (el as HTMLInputElement).checked, ...base, inDgaSection: isDgaContext(base.context), order: 0 });
        continue;
      }
      if (!TEXT_INPUT_TYPES.has(type)) continue;
    }
    if (tag === 'INPUT' || tag === 'TEXTAREA') {
      if (role && role !== 'textbox' && role !== 'combobox' && role !== 'searchbox') continue;
      const labels = controlLabels(el, rootEl, index, true);
      attributeLabels(el, labels);
      fields.push({ kind: 'text', element: el, labels, options: [], value: (el as HTMLInputElement).value, checked: false, ...base, inDgaSection: isDgaContext(base.context), order: 0 });
      continue;
    }
    if (tag === 'SELECT') {
      const select = el as HTMLSelectElement;
      if (select.multiple) continue;
      const labels = controlLabels(el, rootEl, index, true);
      attributeLabels(el, labels);
      const options: ChoiceOption[] = Array.from(select.options).map((o) => ({
        element: o,
        label: collapseWhitespace(o.text || o.label || ''),
        value: o.value,
        checked: o.selected,
        disabled: o.disabled,
      }));
      const sel = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
      // A placeholder option ("Maak een keuze", value "") is no answer.
      const value = sel && sel.value !== '' && !sel.disabled ? collapseWhitespace(sel.text) : '';
      fields.push({ kind: 'select', element: el, labels, options, value, checked: false, ...base, inDgaSection: isDgaContext(base.context), order: 0 });
      continue;
    }
    if (role === 'radio') {
      const container = el.closest('[role=radiogroup]') ?? el.parentElement ?? el;
      const group = ariaGroups.get(container) ?? [];
      if (group.length === 0) groupOrder.push({ key: container, first: el });
      group.push(el);
      ariaGroups.set(container, group);
      continue;
    }
    if (role === 'combobox') {
      const options: ChoiceOption[] = comboOptions(el).map((o) => ({
        element: o,
        label: readableText(o),
        value: '',
        checked: o.getAttribute('aria-selected') === 'true',
        disabled: !!unusableReason(o),
      }));
      fields.push({ kind: 'combobox', element: el, labels: controlLabels(el, rootEl, index, true), options, value: readableText(el), checked: false, ...base, inDgaSection: isDgaContext(base.context), order: 0 });
      continue;
    }
    if (role === 'checkbox' || role === 'switch') {
      const labels = controlLabels(el, rootEl, index, true);
      const checked = el.getAttribute('aria-checked') === 'true';
      fields.push({ kind: role === 'switch' ? 'switch' : 'aria-checkbox', element: el, labels, options: [], value: '', checked, ...base, inDgaSection: isDgaContext(base.context), order: 0 });
    }
  }

  for (const { key, first } of groupOrder) {
    const members: HTMLElement[] = typeof key === 'string' ? nativeGroups.get(key)! : ariaGroups.get(key)!;
    const native = typeof key === 'string';
    const container = (
      native
        ? first.closest('[role=radiogroup]') ?? (members.length > 1 ? closestCommonAncestor(members) : first.parentElement ?? first)
        : key
    ) as HTMLElement;
    const options: ChoiceOption[] = members.map((m) => ({
      element: m,
      label: optionLabel(m, index),
      value: m.getAttribute('value') ?? '',
      checked: native ? (m as HTMLInputElement).checked : m.getAttribute('aria-checked') === 'true',
      disabled: !!unusableReason(m),
    }));
    const labels = groupQuestion(container, members, rootEl);
    if (native) attributeLabels(first, labels);
    const context = contextOf(container, rootEl, headings);
    const allDisabled = options.every((o) => o.disabled);
    fields.push({
      kind: native ? 'radio-group' : 'aria-radio-group',
      element: container,
      labels,
      options,
      value: options.find((o) => o.checked)?.label ?? '',
      checked: false,
      context,
      inDgaSection: isDgaContext(context),
      form: first.closest('form'),
      unusable: allDisabled ? 'disabled' : container.getAttribute('aria-readonly') === 'true' ? 'readonly' : undefined,
      order: 0,
    });
  }

  // Checkboxes that together answer one question ("Maandelijks" / "4-wekelijks", "Ja" /
  // "Nee") are one choice, asked by the text around them (legend, preceding text).
  const boxes = fields.filter((f) => f.kind === 'checkbox' || f.kind === 'aria-checkbox');
  const grouped = new Set<CollectedField>();
  for (const f of boxes) {
    if (grouped.has(f)) continue;
    let members: CollectedField[] = [];
    let a = f.element.parentElement;
    for (; a && a !== rootEl; a = a.parentElement) {
      members = boxes.filter((b) => a!.contains(b.element));
      if (members.length > 1) break;
    }
    if (!a || members.length < 2) continue;
    members.forEach((m) => grouped.add(m));
    const options: ChoiceOption[] = members.map((m) => ({
      element: m.element,
      label: m.labels.find((l) => l.source !== 'attribute')?.text ?? '',
      value: '',
      checked: m.checked,
      disabled: !!m.unusable,
    }));
    const v = new Set(options.map((o) => classifyVerloning(o.label)));
    const y = new Set(options.map((o) => classifyYesNo(o.label)));
    if (!((v.has('maand') && v.has('4weken')) || (y.has('ja') && y.has('nee')))) continue;
    const context = contextOf(a, rootEl, headings);
    fields = fields.filter((x) => !members.includes(x));
    fields.push({
      kind: 'checkbox-group',
      element: a as HTMLElement,
      labels: groupQuestion(a, members.map((m) => m.element), rootEl),
      options,
      value: options.find((o) => o.checked)?.label ?? '',
      checked: false,
      context,
      inDgaSection: isDgaContext(context),
      form: members[0]!.form,
      unusable: options.every((o) => o.disabled) ? 'disabled' : undefined,
      order: 0,
    });
  }

  // Document order across kinds (radio groups were appended last).
  fields.sort((a, b) => {
    if (a.element === b.element) return 0;
    const pos = a.element.compareDocumentPosition(b.element);
    if (pos & 0x10 /* b inside a */) return -1;
    if (pos & 0x8 /* a inside b */) return 1;
    return pos & 0x4 ? -1 : 1;
  });
  fields.forEach((f, i) => (f.order = i));
  return fields;
}

/** Buttons that add a DGA row: "DGA toevoegen", "+ Toevoegen" in the DGA section. */
export interface AddRowButton {
  element: HTMLElement;
  text: string;
}

export function buttonText(el: HTMLElement): string {
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).value;
  const parts = [readableText(el), el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? ''];
  return collapseWhitespace(parts.join(' '));
}

export function findButtons(root: Document | Element): HTMLElement[] {
  const rootEl = rootElement(root);
  return inDocumentOrder(
    Array.from(rootEl.querySelectorAll<HTMLElement>('button, input[type=button], input[type=submit], [role=button], a[href]')),
  ).filter((b) => !isHidden(b) && !unusableReason(b));
}

export function headingsOf(root: Document | Element): Element[] {
  const rootEl = rootElement(root);
  return Array.from(rootEl.querySelectorAll(HEADING_SELECTOR)).filter((h) => !isHidden(h));
}

export function sectionContext(el: Element, root: Document | Element): string[] {
  const rootEl = rootElement(root);
  return contextOf(el, rootEl, headingsOf(root));
}
