// Outline the fields that were filled, for a moment, without touching the page's stylesheets.

import { winOf } from './act';

const HIGHLIGHT_OUTLINE = '3px solid #2e7d32';

const highlighted = new WeakSet<HTMLElement>();

/**
 * Outline an element for `ms` milliseconds through its inline style, then put back exactly
 * the inline outline it had before (or none). Page stylesheets are never touched.
 */
export function highlight(el: HTMLElement, ms: number): void {
  if (ms <= 0 || highlighted.has(el)) return;
  const win = winOf(el);
  const style = el.style;
  const hadStyleAttr = el.hasAttribute('style');
  const saved = ['outline', 'outline-offset'].map((p) => ({
    p,
    v: style.getPropertyValue(p),
    prio: style.getPropertyPriority(p),
  }));
  highlighted.add(el);
  style.setProperty('outline', HIGHLIGHT_OUTLINE, 'important');
  style.setProperty('outline-offset', '2px', 'important');
  win.setTimeout(() => {
    for (const { p, v, prio } of saved) {
      if (v) style.setProperty(p, v, prio);
      else style.removeProperty(p);
    }
    if (!hadStyleAttr && !el.getAttribute('style')) el.removeAttribute('style');
    highlighted.delete(el);
  }, ms);
}
