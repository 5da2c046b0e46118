// The list a custom select opens, wherever the library renders it: which lists are open, the
// part of the widget a person presses to open it, and scrolling a virtualised list so options
// out of view get rendered.

import { CONTROL_SELECTOR } from './candidates';
import { deepElements, isTiny } from './dom';
import { composedParent } from '../dom/walk';
import { isHidden } from '../dom/visibility';

/** The listboxes a person can see now (in a portal, a popover or the widget itself). */
export function openLists(doc: Document): Element[] {
  return deepElements(doc.documentElement).filter((e) => e.getAttribute('role') === 'listbox' && !isHidden(e));
}

/**
 * What a person presses to open a select: the control itself, or, when the control is a 1px
 * stand-in its label points at (PrimeReact's hidden input), the widget's visible box around
 * it: the nearest ancestor with a real size that holds no other control a person can use.
 */
export function pressTarget(el: HTMLElement): HTMLElement {
  if (!isTiny(el)) return el;
  for (let a = composedParent(el), depth = 0; a && depth < 4; a = composedParent(a), depth++) {
    const others = Array.from(a.querySelectorAll(CONTROL_SELECTOR)).filter((c) => c !== el && !isTiny(c) && !isHidden(c));
    if (others.length) break;
    if (!isTiny(a) && !isHidden(a)) return a as HTMLElement;
  }
  return el;
}

/** The element that scrolls an open list: the listbox or a wrapper around it. */
function scroller(list: Element): HTMLElement | null {
  for (let a: Element | null = list, depth = 0; a && depth < 3; a = composedParent(a), depth++) {
    const s = a as HTMLElement;
    if (s.scrollHeight > s.clientHeight + 1) return s;
  }
  return null;
}

/**
 * Scroll each open list one view further, as a person does with the wheel, so a virtualised
 * list renders its next options. False when no list can scroll further.
 */
export function scrollLists(doc: Document): boolean {
  let moved = false;
  for (const list of openLists(doc)) {
    const s = scroller(list);
    if (!s || s.scrollTop + s.clientHeight >= s.scrollHeight - 1) continue;
    s.scrollTop += Math.max(20, Math.floor(s.clientHeight * 0.8));
    s.dispatchEvent(new (s.ownerDocument.defaultView ?? window).Event('scroll'));
    moved = true;
  }
  return moved;
}
