// What the a.s.r. filler needs beyond the shared reading layer (utils/dom): the tree as it is
// rendered (a slotted option sits inside its group's shadow root), ids per tree, and the
// order of elements across shadow roots.

import { composedParent, deepQueryAll } from '../dom/walk';

export type Win = Window & typeof globalThis;

export function ownerWindow(node: Node): Win | null {
  return (node.ownerDocument ?? (node as Document)).defaultView as Win | null;
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

/** Every element under `root` (itself included), open shadow roots right after their host. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const all = deepQueryAll(root, '*');
  if (root.nodeType !== 1) return all;
  const sr = (root as Element).shadowRoot;
  // deepQueryAll walks below `root`: its own shadow root is not below it.
  return [root as Element, ...(sr ? deepQueryAll(sr, '*') : []), ...all];
}

/** getElementById in the tree the element lives in (a shadow root has ids of its own). */
export function byIdNear(el: Node, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
}

/**
 * Out of sight by size: zero-sized itself or inside a zero-sized box (Ant
 * Design's accessibility-only option list). False where there is no layout (tests' DOM).
 */
export function isCollapsed(el: Element): boolean {
  const rootRect = el.ownerDocument.documentElement.getBoundingClientRect();
  if (rootRect.width === 0 && rootRect.height === 0) return false;
  let a: Element | null = el;
  for (let depth = 0; a && depth < 2; depth++, a = composedParent(a)) {
    const r = a.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return true;
  }
  return false;
}

/**
 * Reduced to a 1px box or less (itself or its wrapper): the "visually hidden" idiom of a
 * control only assistive technology is meant to meet. False where there is no layout.
 */
export function isTiny(el: Element): boolean {
  const rootRect = el.ownerDocument.documentElement.getBoundingClientRect();
  if (rootRect.width === 0 && rootRect.height === 0) return false;
  let a: Element | null = el;
  for (let depth = 0; a && depth < 2; depth++, a = composedParent(a)) {
    const r = a.getBoundingClientRect();
    if (r.width <= 1 && r.height <= 1) return true;
  }
  return false;
}

/** Position of every element of the document in walk order, shadow content after its host. */
export function rankOf(doc: Document): Map<Element, number> {
  const rank = new Map<Element, number>();
  deepElements(doc.documentElement).forEach((e, i) => rank.set(e, i));
  return rank;
}
