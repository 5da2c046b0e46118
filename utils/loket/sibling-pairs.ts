// The last pairing idiom: known-label text next to a value element, when no markup ties the
// two together.

import { roleOf } from '../dom/controls';
import { SKIP_TEXT_TAGS } from '../dom/text';
import { hiddenByOwnMarkup } from '../dom/visibility';
import { HELP_MARK, asciiOr, cleanLabel, collapseWhitespace as normalizeSpace } from '../text/normalize';
import { isKnownLabel, isLabel, mentionsBsn } from './labels';
import { MAX_LABEL_LENGTH, type Reader } from './reader';
import { CONTROL_SELECTOR, MAX_VALUE_LENGTH, RADIO_SELECTOR, controlValue, textOf } from './values';

/** "Werkgever ID 20720": a label starting with a letter, then a value starting with a digit. */
const LABEL_THEN_NUMBER = asciiOr(/^([A-Za-z][^\d:]{0,59}?)\s+(\d\S*)$/, /^(\p{L}[^\d:]{0,59}?)\s+(\d\S*)$/u);

/**
 * Known-label text next to its value: `<span>Werkgever ID</span><span>20720</span>`, label and
 * value divs side by side (possibly wrapped, also as one long run of siblings in a CSS grid),
 * td-td rows, `Werkgever ID <b>20720</b>`, `<b>Werkgever ID:</b> 20720`, a form field whose
 * wrapper holds only the label and one control (in either order), a legend/label naming a radio
 * group, and "Werkgever ID: 20720" / "Werkgever ID 20720" in one text. Help marks ("(?)",
 * icons, help buttons) and ":" between label and value are skipped.
 * One pass over text nodes: linear in page text; the DOM is only touched around label texts.
 */
export function readSiblings(r: Reader): void {
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

const NOT_VALUES = 'th,[role=columnheader],nav';

/** A value element must not itself be (or start with) another label: never pair across into the next field. */
function acceptableValue(el: Element): boolean {
  // A column header, a tab or a navigation link names things; it is never one's value
  // (an employee list's "Naam | Functie" header read as the name "Functie", issue 23).
  if (el.closest(NOT_VALUES)) return false;
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
