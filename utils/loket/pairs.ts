// Label → value pairs read the way a person reads a Loket.nl page. We cannot see the real
// markup of either UI, so every common pairing idiom is tried, in order of how explicit it is:
// table rows (th→td, role=rowheader→cell), column-header tables, dt/dd, <label> + control,
// aria-labelledby / aria-label, and finally known-label text next to a value element.
//
// Privacy: a pair whose label mentions a BSN is dropped before its value is ever read, and a
// value that itself mentions a BSN is never returned.
// Only textContent / value / checked / aria-checked are read; never innerHTML.

import { checkedState, roleOf } from '../dom/controls';
import { readableText, isHeadingLike, SKIP_TEXT_TAGS } from '../dom/text';
import { hiddenByOwnMarkup, markupHiddenCheck, NON_RENDERED_TAGS } from '../dom/visibility';
import { walkTree } from '../dom/walk';
import { HELP_MARK, asciiOr, cleanLabel, collapseWhitespace as normalizeSpace, compact } from '../text/normalize';
import { normalizeLoonheffingennummer } from '../registration/loonheffingennummer';
import { hasCaptureWording } from './gate';
import { LABELS, isKnownLabel, isLabel, mentionsBsn, type LabelField } from './labels';
import { MAX_ROWS_PER_GROUP, cellsOf, isColumnHeaderRow, isHeaderCell, isRowHeaderCell, rowLimiter, tableOf } from './rows';

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

/** Work caps: Loket.nl overviews can hold thousands of rows; label/value tables never do (rows.ts). */
const MAX_COLUMN_ROWS = 2 * MAX_ROWS_PER_GROUP;
const MAX_VALUE_LENGTH = 200;
const MAX_LABEL_LENGTH = 80;

const CONTROL_SELECTOR = 'input, select, textarea, [role="checkbox"], [role="switch"], [role="radio"], [role="combobox"]';
const RADIO_SELECTOR = 'input[type="radio"], [role="radio"]';
/** aria-labelledby on these labels a region, not a value. */
const CONTAINER_ROLES = new Set(['region', 'dialog', 'tabpanel', 'grid', 'table', 'list', 'navigation', 'form', 'main', 'tablist', 'tree', 'treegrid', 'menu', 'rowgroup', 'row']);
const CONTAINER_TAGS = new Set(['SECTION', 'FORM', 'FIELDSET', 'DIALOG', 'NAV', 'TABLE', 'UL', 'OL', 'MAIN', 'ARTICLE', 'ASIDE', 'BODY', 'HTML', 'DL', 'TBODY', 'THEAD', 'TR']);

const DOCUMENT_POSITION_FOLLOWING = 0x4;

/** "Werkgever ID 20720": a label starting with a letter, then a value starting with a digit. */
const LABEL_THEN_NUMBER = asciiOr(/^([A-Za-z][^\d:]{0,59}?)\s+(\d\S*)$/, /^(\p{L}[^\d:]{0,59}?)\s+(\d\S*)$/u);

/**
 * One pass over the tree (visible parts only) collecting every candidate the strategies need.
 * Rows of an overview beyond its first ones are not entered at all (rows.ts): label/value
 * tables are short, and this keeps 5,000-row overviews cheap.
 */
interface Scan {
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
class Reader {
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

/** What a person reads in an element (without `skip`'s subtree): the shared readable text. */
export function textOf(el: Node, skip?: Element): string {
  return readableText(el, { skip });
}

interface Value {
  value: string;
  checked?: boolean;
}

/** Value of a single form control or ARIA checkbox/switch; null when it holds no readable value. */
function controlValue(el: Element): Value | null {
  const checked = checkedState(el);
  if (checked !== undefined) return { value: checked ? 'Ja' : 'Nee', checked };
  const tag = el.tagName.toUpperCase();
  if (tag === 'INPUT') {
    const input = el as HTMLInputElement;
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    if (['hidden', 'password', 'file', 'button', 'submit', 'reset', 'image'].includes(type)) return null;
    return { value: normalizeSpace(input.value ?? '') };
  }
  if (tag === 'SELECT') {
    const select = el as HTMLSelectElement;
    const option = select.options[select.selectedIndex];
    return { value: option ? normalizeSpace(option.textContent ?? '') : '' };
  }
  if (tag === 'TEXTAREA') return { value: normalizeSpace((el as HTMLTextAreaElement).value ?? '') };
  const role = roleOf(el);
  // A custom select (role=combobox, e.g. <mat-select>) shows its selected option as its text;
  // one wrapping a native control leaves the value to that control.
  if (role === 'combobox' && !el.querySelector('input, select, textarea')) {
    const text = textOf(el);
    return text.length <= MAX_VALUE_LENGTH ? { value: text } : null;
  }
  return null;
}

/** What a checked radio says: its own text (ARIA radio), its label, or its value attribute. */
function radioText(radio: Element): string {
  if (radio.tagName.toUpperCase() !== 'INPUT') {
    const own = textOf(radio);
    if (own) return own;
  }
  const labels = (radio as HTMLInputElement).labels;
  const label = radio.closest('label') ?? (labels && labels.length ? labels[0]! : null);
  if (label) return textOf(label);
  // <input type=radio> Ja — the text right after the radio.
  for (let sib = radio.nextSibling; sib; sib = sib.nextSibling) {
    const text = sib.nodeType === 3 ? normalizeSpace((sib as Text).data) : sib.nodeType === 1 ? textOf(sib) : '';
    if (text) return text;
  }
  return radio.getAttribute('value') ?? 'Ja';
}

/** What a value element shows: its control's value, the checked radio's label, or its text. */
export function valueOf(el: Element): Value | null {
  const tag = el.tagName.toUpperCase();
  if (tag === 'BUTTON' || NON_RENDERED_TAGS.has(tag)) return null;
  const direct = controlValue(el);
  if (direct) return direct;
  const controls = Array.from(el.querySelectorAll(CONTROL_SELECTOR)).filter((c) => controlValue(c) !== null);
  if (controls.length === 1) {
    const v = controlValue(controls[0]!)!;
    const text = textOf(el, controls[0]);
    // A checkbox with a text next to it ("☑ Ja") is still a checkbox; a text input wins over decoration.
    if (v.checked !== undefined || !text) return v;
    // Text beside a text control means the control has its own label ("Kenmerk [111222333]"):
    // that is a different field, never this label's value. Tiny units ("€", "%") are decoration.
    if (text.length > 3 || el.querySelector('label')) return null;
    return v;
  }
  if (controls.length > 1) {
    // A radio group (Ja / Nee): the checked one's label is the value.
    const checked = controls.find((c) => controlValue(c)!.checked === true && (c.getAttribute('type') === 'radio' || roleOf(c) === 'radio'));
    return checked ? { value: radioText(checked) } : null;
  }
  const text = textOf(el);
  if (text.length > MAX_VALUE_LENGTH) return null;
  return { value: text };
}

/** th → td and rowheader → cell within one row. */
function readRows(r: Reader): void {
  for (const row of r.scan.rows) {
    if (row.parentElement?.tagName.toUpperCase() === 'THEAD') continue;
    const cells = cellsOf(row);
    for (let i = 0; i + 1 < cells.length; i++) {
      const head = cells[i]!;
      const next = cells[i + 1]!;
      if (isRowHeaderCell(head) && !isHeaderCell(next)) {
        r.add(textOf(head), next, head, 'row');
        i++;
      }
    }
  }
}

/**
 * Fields read from table columns: an employer's administrations (one row each, with its
 * loonheffingennummer and pay period). Other columns (an overview's Naam, Personeelsnummer,
 * BSN) describe many people, never this page's subject, so those tables cost nothing.
 */
const COLUMN_FIELDS: readonly LabelField[] = ['loonheffingennummer', 'verloning', 'administratie', 'administratieColumn'];

/** A column header's label when it names a field read from columns (never a BSN's), else null. */
function columnLabel(header: Element): string | null {
  const text = cleanLabel(textOf(header));
  return COLUMN_FIELDS.some((field) => isLabel(field, text)) && !mentionsBsn(text) ? text : null;
}

/** Tables with a header row: each body row gives header → cell, for COLUMN_FIELDS only. */
function readColumns(r: Reader): void {
  const rowsByTable = new Map<Element, Element[]>();
  for (const row of r.scan.rows) {
    const table = tableOf(row);
    if (!table) continue;
    const list = rowsByTable.get(table) ?? [];
    if (list.length <= MAX_COLUMN_ROWS + 2) list.push(row);
    rowsByTable.set(table, list);
  }
  for (const table of r.scan.tables) {
    const rows = rowsByTable.get(table);
    if (!rows) continue;
    const headerIndex = rows.findIndex(isColumnHeaderRow);
    if (headerIndex < 0) continue;
    const headers = cellsOf(rows[headerIndex]!);
    const known = headers.map(columnLabel);
    if (!known.some((k) => k !== null)) continue;
    for (const h of headers) r.used.add(h);
    for (const row of rows.slice(headerIndex + 1, headerIndex + 1 + MAX_COLUMN_ROWS)) {
      const cells = cellsOf(row);
      cells.forEach((cell, i) => {
        const label = known[i];
        if (label) r.add(label, cell, headers[i]!, 'column');
      });
    }
  }
}

function readDefinitionLists(r: Reader): void {
  for (const dt of r.scan.dts) {
    const label = textOf(dt);
    for (let sib = dt.nextElementSibling; sib && sib.tagName.toUpperCase() !== 'DT'; sib = sib.nextElementSibling) {
      if (sib.tagName.toUpperCase() === 'DD') r.add(label, sib, dt, 'dl');
    }
    r.used.add(dt);
  }
}

function readLabels(r: Reader): void {
  for (const label of r.scan.labels) {
    const forId = label.getAttribute('for');
    const control = forId ? r.byId(forId) : label.querySelector('input, select, textarea');
    if (!control) continue;
    r.add(textOf(label), control, label, 'label');
  }
}

function readAria(r: Reader): void {
  for (const el of r.scan.aria) {
    if (CONTAINER_TAGS.has(el.tagName.toUpperCase()) || CONTAINER_ROLES.has(roleOf(el))) continue;
    const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    let label = '';
    let labelEl: Element | null = null;
    if (ids.length) {
      const parts: string[] = [];
      for (const id of ids) {
        const target = r.byId(id);
        if (!target || target === el) continue;
        labelEl ??= target;
        parts.push(textOf(target));
      }
      label = parts.join(' ');
    }
    if (!label) label = el.getAttribute('aria-label') ?? '';
    r.add(label, el, labelEl, 'aria');
  }
}

/**
 * Known-label text next to its value: `<span>Werkgever ID</span><span>20720</span>`, label and
 * value divs side by side (possibly wrapped, also as one long run of siblings in a CSS grid),
 * td-td rows, `Werkgever ID <b>20720</b>`, `<b>Werkgever ID:</b> 20720`, a form field whose
 * wrapper holds only the label and one control (in either order), a legend/label naming a radio
 * group, and "Werkgever ID: 20720" / "Werkgever ID 20720" in one text. Help marks ("(?)",
 * icons, help buttons) and ":" between label and value are skipped.
 * One pass over text nodes: linear in page text; the DOM is only touched around label texts.
 */
function readSiblings(r: Reader): void {
  const root = r.root as Node;
  for (const node of r.scan.texts) {
    const t = node as Text;
    const parent = t.parentElement;
    if (!parent) continue;
    const raw = t.data;
    if (raw.length > MAX_LABEL_LENGTH * 3) continue;
    const s = normalizeSpace(raw);
    if (!s || s.length > MAX_LABEL_LENGTH * 2) continue;
    if (SKIP_TEXT_TAGS.has(parent.tagName.toUpperCase())) continue;
    if (isKnownLabel(s)) {
      if (mentionsBsn(s)) continue;
      // Text inside an element already paired (as label or as value) is not a new label.
      if (hasUsedAncestor(r, parent)) continue;
      // Value element right after the label text inside the same element: "Werkgever ID <b>20720</b>".
      const nextEl = nextValueNode(t);
      if (nextEl && nextEl.nodeType === 1) {
        if (acceptableValue(nextEl as Element)) r.add(s, groupOf(nextEl as Element), parent, 'sibling');
        continue;
      }
      if (nextEl) {
        // Label and value as separate texts of one element (frameworks render `{label} {value}` so).
        pushText(r, s, stripSeparator(normalizeSpace((nextEl as Text).data)), parent);
        continue;
      }
      // Otherwise climb wrappers that hold only the label, then take what follows.
      let cur: Element = parent;
      let done = false;
      for (let depth = 0; depth < 4; depth++) {
        if (nextValueNode(cur)) break;
        const up: Element | null = cur.parentElement;
        if (!up || (up as Node) === root) break;
        // A form field: the wrapper holds the label and exactly one control, and no other text.
        const control = soleControl(up, cur);
        if (control) {
          if (!r.used.has(control)) r.add(s, control, cur, 'sibling');
          done = true;
          break;
        }
        if (normalizeSpace(textOf(up)) !== normalizeSpace(textOf(cur))) break;
        cur = up;
      }
      if (done || r.used.has(cur)) continue;
      const next = nextValueNode(cur);
      if (!next) continue;
      if (next.nodeType === 3) {
        // <b>Werkgever ID:</b> 20720 — the value is the bare text after the label element.
        pushText(r, s, stripSeparator(normalizeSpace((next as Text).data)), cur.parentElement ?? cur);
        continue;
      }
      if (acceptableValue(next as Element)) r.add(s, groupOf(next as Element), cur, 'sibling');
      continue;
    }
    // "Label: value" inside one text node; without a colon only a value starting with a digit ("Werkgever ID 20720").
    if (hasUsedAncestor(r, parent)) continue;
    const m = /^([^:]{1,60}?)\s*:\s*(\S.*)$/.exec(s) ?? LABEL_THEN_NUMBER(s).exec(s);
    if (m && isKnownLabel(m[1]!) && !mentionsBsn(m[1]!)) pushText(r, m[1]!, m[2]!, parent);
  }
}

function pushText(r: Reader, label: string, value: string, element: Element): void {
  if (!value || value.length > MAX_VALUE_LENGTH || mentionsBsn(value) || isLabelLike(value)) return;
  r.pairs.push({ label: cleanLabel(label), value, element, labelElement: element, source: 'text' });
}

function stripSeparator(text: string): string {
  return text.replace(/^[:\-–]\s*/, '');
}

/** Decoration between a label and its value: help buttons, icons, "(?)", ":" — never the value. */
function isDecoration(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (controlValue(el) !== null || el.querySelector(CONTROL_SELECTOR)) return false;
  if (tag === 'BUTTON' || tag === 'IMG' || tag === 'SVG' || tag === 'BR' || roleOf(el) === 'tooltip') return true;
  if (hiddenByOwnMarkup(el)) return true;
  const text = textOf(el);
  return !text || HELP_MARK.test(text);
}

/**
 * The first node after `node` (a label text or a label element) that can carry its value:
 * an element, or a text with content. Decoration and whitespace are skipped; null when none.
 */
function nextValueNode(node: Node): Node | null {
  for (let sib = node.nextSibling; sib; sib = sib.nextSibling) {
    if (sib.nodeType === 1) {
      if (isDecoration(sib as Element)) continue;
      return sib;
    }
    if (sib.nodeType === 3) {
      const d = normalizeSpace((sib as Text).data);
      if (d && !HELP_MARK.test(d)) return sib;
    }
  }
  return null;
}

/** The one control in `wrapper` outside `label`, when the wrapper shows no text but the label's and the control's own. */
function soleControl(wrapper: Element, label: Element): Element | null {
  let found: Element | null = null;
  for (const c of Array.from(wrapper.querySelectorAll(CONTROL_SELECTOR))) {
    if (label.contains(c) || controlValue(c) === null) continue;
    if (found) {
      if (!found.contains(c)) return null; // two controls: not one field (radio groups come via groupOf)
      continue;
    }
    found = c;
  }
  if (!found) return null;
  const rest = normalizeSpace(textOf(wrapper, found));
  return rest === normalizeSpace(textOf(label)) ? found : null;
}

/** A radio (or its label) among several radios of one group: the value is the group's checked option. */
function groupOf(el: Element): Element {
  const radio = el.matches(RADIO_SELECTOR) ? el : el.querySelectorAll(RADIO_SELECTOR).length === 1 ? el.querySelector(RADIO_SELECTOR) : null;
  const group = el.parentElement;
  if (radio && group && group.querySelectorAll(RADIO_SELECTOR).length > 1) return group;
  return el;
}

function hasUsedAncestor(r: Reader, el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (r.used.has(cur)) return true;
    if ((cur as Node) === (r.root as Node)) break;
  }
  return false;
}

/** A value element must not itself be (or start with) another label: never pair across into the next field. */
function acceptableValue(el: Element): boolean {
  const text = textOf(el);
  if (mentionsBsn(text) || isLabelLike(text)) return false;
  const first = el.firstElementChild;
  if (first && isLabelLike(textOf(first))) return false;
  return true;
}

/** A known label that cannot be a value. "Actief" / "Geblokkeerd" label checkboxes but are also status values. */
function isLabelLike(text: string): boolean {
  return isKnownLabel(text) && !isLabel('active', text) && !isLabel('blocked', text);
}

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
