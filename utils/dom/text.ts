// The text a person reads in an element, the same way for both sites: open shadow roots and
// slotted content included (a web component that renders its label in its shadow root, or
// only carries it in a `label` attribute), hidden parts, scripts and the insides of form
// controls left out, and block boundaries read as spaces ("Maand<div>BSN</div>" is two words,
// "<b>Werk</b>gever" one).

import { collapseWhitespace } from '../text/normalize';
import { hasInlineDisplayNone, NON_RENDERED_TAGS } from './visibility';
import { openShadowRoot } from './walk';

/** Text inside these is not what a label or value says (option lists, button captions, scripts). */
export const SKIP_TEXT_TAGS: ReadonlySet<string> = new Set([...NON_RENDERED_TAGS, 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT']);

/** Inline elements do not separate words; every other element does. */
const INLINE_TAGS: ReadonlySet<string> = new Set([
  'SPAN', 'B', 'STRONG', 'EM', 'I', 'SMALL', 'ABBR', 'SUP', 'SUB', 'U', 'A', 'FONT', 'LABEL', 'MARK', 'Q', 'CODE',
]);

/** Widgets whose own text is an option of their own, not part of a surrounding label. */
const NESTED_WIDGET_ROLES: ReadonlySet<string> = new Set(['radio', 'checkbox', 'switch', 'listbox', 'tooltip']);

export interface ReadableTextOptions {
  /** Leave this node's subtree out (e.g. the control inside the label being read). */
  skip?: Node | null;
  /**
   * Read as a control's label: also leave out what is hidden from assistive technology
   * (aria-hidden) and the text of nested option widgets and tooltips. Off for values, where a
   * state may be shown by an aria-hidden "✓".
   */
  asLabel?: boolean;
  /**
   * Elements to leave out besides the usual ones, e.g. `notShownAsValue` (read as a value on
   * screen). A hook rather than a flag: the Loket.nl reader never passes it, so its content
   * script (12 kB budget) does not carry the a.s.r. filler's predicate.
   */
  leaveOut?: (el: Element) => boolean;
}

/**
 * Read as a value on screen: a widget's own buttons and icons (role=button, role=img, svg with
 * its <title>) and screen-reader-only text (clipped to 1px) are left out, so a select showing
 * "Maandelijks" beside an "Open menu" chevron reads "Maandelijks".
 */
export function notShownAsValue(el: Element): boolean {
  return el.tagName.toUpperCase() === 'SVG' || /^(button|img)$/.test(el.getAttribute('role') ?? '') || isScreenReaderOnly(el);
}

/** Clipped out of sight, for screen readers only (the "sr-only" idiom). */
function isScreenReaderOnly(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const cs = view.getComputedStyle(el);
  if (cs.position !== 'absolute') return false;
  return /^rect\(0(px)?[ ,]/.test(cs.clip) || (parseFloat(cs.width) <= 1 && parseFloat(cs.height) <= 1);
}

function isCustomElement(el: Element): boolean {
  return el.tagName.includes('-');
}

/** What a slot shows: its assigned nodes, else its fallback content. */
function slotContent(slot: Element): Node[] | null {
  const assigned = (slot as HTMLSlotElement).assignedNodes?.({ flatten: true });
  return assigned && assigned.length ? assigned : null;
}

/** The text a person reads inside `node` (see the top of this file). */
export function readableText(node: Node, opts: ReadableTextOptions = {}): string {
  const parts: string[] = [];
  const skip = opts.skip ?? null;
  const asLabel = opts.asLabel === true;
  const walk = (n: Node, isRoot: boolean): void => {
    if (n.nodeType === 3) {
      parts.push((n as Text).data);
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 11) return;
    if (n.nodeType === 11) {
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c, false);
      return;
    }
    const el = n as Element;
    if (el === skip) return;
    const tag = el.tagName.toUpperCase();
    if (!isRoot) {
      if (SKIP_TEXT_TAGS.has(tag) || el.hasAttribute('hidden') || hasInlineDisplayNone(el)) return;
      if (asLabel && (el.getAttribute('aria-hidden') === 'true' || NESTED_WIDGET_ROLES.has((el.getAttribute('role') ?? '').toLowerCase()))) return;
      if (opts.leaveOut?.(el)) return;
    }
    const block = !INLINE_TAGS.has(tag);
    if (block || tag === 'BR') parts.push(' ');
    const before = parts.length;
    const shadow = openShadowRoot(el);
    const slotted = tag === 'SLOT' ? slotContent(el) : null;
    if (shadow) walk(shadow, false);
    else if (slotted) for (const s of slotted) walk(s, false);
    else for (let c = el.firstChild; c; c = c.nextSibling) walk(c, false);
    // A component whose label lives only in an attribute (<x-radio label="Ja">, shadow closed).
    if (isCustomElement(el) && !parts.slice(before).join('').trim()) {
      const label = el.getAttribute('label');
      if (label) parts.push(label);
    }
    if (block) parts.push(' ');
  };
  walk(node, true);
  return collapseWhitespace(parts.join(''));
}

/** Headings a person uses to orient: h1–h6, role=heading, legends, captions, selected tabs. */
export const HEADING_SELECTOR =
  'h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption, [role="tab"][aria-selected="true"], [aria-current="page"], .active > a, a.active, li.selected, .tab.active, .tab-active';

const HEADING_TAGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION']);
const TAB_TAGS: ReadonlySet<string> = new Set(['A', 'LI', 'TD', 'BUTTON', 'SPAN', 'DIV']);
/** Class names that mark the selected tab or menu item in common UI kits. */
const SELECTED_CLASS = / (active|selected|actief|tab-active|is-active|current) /;

/**
 * The same idea as HEADING_SELECTOR, decided per element during a walk (no selector query):
 * a heading, legend or caption, a selected tab, the current page's menu item.
 */
export function isHeadingLike(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  if (HEADING_TAGS.has(tag) || role === 'heading') return true;
  if (role === 'tab') return el.getAttribute('aria-selected') === 'true';
  if (el.getAttribute('aria-current') === 'page') return true;
  if (!TAB_TAGS.has(tag)) return false;
  return SELECTED_CLASS.test(` ${el.getAttribute('class') ?? ''} `.toLowerCase());
}
