// Is an element shown? Two questions with two costs:
// - hidden by markup: what the HTML itself says (hidden attribute, inline display:none,
//   non-rendered tags). No layout, no style computation: cheap enough for a content script
//   that reads a 5,000-row page, and exact for the pages it was made for.
// - hidden (computed): also stylesheet display/visibility and aria-hidden, as a person and a
//   screen reader meet the page. Costs a style computation per ancestor: for forms.
// Both look across shadow boundaries (a component's host hides its shadow content).

import { composedParent } from './walk';

/** Elements never rendered as page content. */
export const NON_RENDERED_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** An inline style that hides: "display: none". */
export const DISPLAY_NONE = /display\s*:\s*none/i;

/** Inline style hides the element ("display: none"). */
export function hasInlineDisplayNone(el: Element): boolean {
  const style = el.getAttribute('style');
  return !!style && DISPLAY_NONE.test(style);
}

/** The element itself (not its ancestors) is hidden by markup. */
export function hiddenByOwnMarkup(el: Element): boolean {
  return NON_RENDERED_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || hasInlineDisplayNone(el);
}

/**
 * isHiddenByMarkup remembered per element for one read of a page: neighbouring elements share
 * their ancestors, so each ancestor is looked at once.
 */
export function markupHiddenCheck(root?: Node): (el: Element) => boolean {
  const cache = new Map<Element, boolean>();
  return (el: Element): boolean => {
    const chain: Element[] = [];
    let result = false;
    for (let cur: Element | null = el; cur; cur = composedParent(cur)) {
      const known = cache.get(cur);
      if (known !== undefined) {
        result = known;
        break;
      }
      chain.push(cur);
      if (hiddenByOwnMarkup(cur)) {
        result = true;
        break;
      }
      if (root && (cur as Node) === root) break;
    }
    for (const c of chain) cache.set(c, result);
    return result;
  };
}

/** Hidden by markup, itself or an ancestor up to (and including) `root`. For one element; a read of many uses markupHiddenCheck. */
export function isHiddenByMarkup(el: Element, root?: Node): boolean {
  return markupHiddenCheck(root)(el);
}

/**
 * Hidden from a person: hidden/inert attribute, aria-hidden on an ancestor, display:none or
 * visibility:hidden from any stylesheet. Uses computed style: not for per-node use on big pages.
 */
export function isHidden(el: Element): boolean {
  const win = (el.ownerDocument?.defaultView ?? null) as (Window & typeof globalThis) | null;
  for (let node: Element | null = el; node; node = composedParent(node)) {
    if (node.hasAttribute('hidden') || node.hasAttribute('inert')) return true;
    if (node !== el && node.getAttribute('aria-hidden') === 'true') return true;
    if (win) {
      const style = win.getComputedStyle(node);
      if (style.display === 'none') return true;
      if (style.visibility === 'hidden' || style.visibility === 'collapse') return true;
    }
  }
  return false;
}
