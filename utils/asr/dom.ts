// Reading the page as a person sees it, open shadow roots included (web components such
// as Shoelace keep their controls and labels there). Dependency-free: ships in the a.s.r.
// content script.

import { collapseWhitespace } from './text';

export type Win = Window & typeof globalThis;

export function ownerWindow(node: Node): Win | null {
  return (node.ownerDocument ?? (node as Document)).defaultView as Win | null;
}

/** The parent in the composed tree: a shadow root's host stands above its content. */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root && root.nodeType === 11 ? ((root as ShadowRoot).host ?? null) : null;
}

/** The parent as rendered: a slotted element sits in its slot, inside the host's shadow root. */
export function renderedParent(el: Element): Element | null {
  return el.assignedSlot ?? composedParent(el);
}

/** closest() across shadow boundaries, following the rendered tree. */
export function closestRendered(el: Element, selector: string): Element | null {
  for (let a: Element | null = el; a; a = renderedParent(a)) if (a.matches(selector)) return a;
  return null;
}

/** contains() across shadow boundaries. */
export function containsDeep(outer: Element, inner: Element): boolean {
  for (let a: Element | null = inner; a; a = composedParent(a)) if (a === outer) return true;
  return false;
}

/** Every element under `root` in document order, each open shadow root read right after its host. */
export function deepElements(root: Document | Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const visit = (parent: ParentNode): void => {
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      out.push(c);
      if (c.shadowRoot) visit(c.shadowRoot);
      visit(c);
    }
  };
  if (root.nodeType === 1) {
    out.push(root as Element);
    if ((root as Element).shadowRoot) visit((root as Element).shadowRoot!);
  }
  visit(root);
  return out;
}

/** Elements matching `selector` under `root`, open shadow roots included, in document order. */
export function deepQueryAll<T extends Element = HTMLElement>(root: Document | Element | ShadowRoot, selector: string): T[] {
  return deepElements(root).filter((e) => e.matches(selector)) as T[];
}

/** getElementById in the tree the element lives in (a shadow root has ids of its own). */
export function byIdNear(el: Node, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
}

/** Hidden from a person: hidden attribute, inert, display:none on it or an ancestor, visibility:hidden. */
export function isHidden(el: Element): boolean {
  const win = ownerWindow(el);
  for (let node: Element | null = el; node; node = composedParent(node)) {
    if (node.hasAttribute('hidden') || node.hasAttribute('inert')) return true;
    if (node.getAttribute('aria-hidden') === 'true' && node !== el) return true;
    if (win) {
      const style = win.getComputedStyle(node);
      if (style.display === 'none') return true;
      if (style.visibility === 'hidden' || style.visibility === 'collapse') return true;
    }
  }
  return false;
}

/** Zero-sized (an accessibility-only list kept out of sight); false where there is no layout. */
export function isCollapsed(el: Element): boolean {
  const rootRect = el.ownerDocument.documentElement.getBoundingClientRect();
  if (rootRect.width === 0 && rootRect.height === 0) return false;
  const r = el.getBoundingClientRect();
  return r.width < 1 || r.height < 1;
}

const INLINE_TAGS = new Set([
  'SPAN', 'B', 'STRONG', 'EM', 'I', 'SMALL', 'ABBR', 'SUP', 'SUB', 'U', 'A', 'FONT', 'LABEL', 'MARK', 'Q', 'CODE', 'SLOT',
]);
export function isInlineTag(tag: string): boolean {
  return INLINE_TAGS.has(tag);
}
// Text inside these is not part of a label a person reads.
export const SKIP_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON']);
const SKIP_ROLES = new Set(['radio', 'checkbox', 'switch', 'listbox', 'tooltip']);

/**
 * The text a person reads inside an element, ignoring controls, scripts and hidden parts;
 * a component's shadow root is read as rendered (slots show what is assigned to them, or
 * their fallback).
 */
export function readableText(el: Element): string {
  const parts: string[] = [];
  const walkChildren = (parent: ParentNode): void => {
    for (let c = parent.firstChild; c; c = c.nextSibling) walk(c);
  };
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
    if (e !== el && role && SKIP_ROLES.has(role)) return;
    const inline = e.getAttribute('style');
    if (inline && /display\s*:\s*none/i.test(inline)) return;
    if (e.tagName === 'BR') parts.push(' ');
    if (e.tagName === 'SLOT') {
      const assigned = (e as HTMLSlotElement).assignedNodes?.() ?? [];
      if (assigned.length) assigned.forEach(walk);
      else walkChildren(e);
    } else if (e.shadowRoot) walkChildren(e.shadowRoot);
    else walkChildren(e);
    // Block boundaries read as a space ("Naam<div>DGA</div>" is two words).
    if (!INLINE_TAGS.has(e.tagName)) parts.push(' ');
  };
  walk(el);
  return collapseWhitespace(parts.join(''));
}

/** Sort elements into document order, shadow content right after its host. */
export function inDocumentOrder<T extends Element>(els: T[]): T[] {
  if (els.length < 2) return els;
  const doc = els[0]!.ownerDocument;
  const rank = new Map<Element, number>();
  deepElements(doc).forEach((e, i) => rank.set(e, i));
  return els.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
}
