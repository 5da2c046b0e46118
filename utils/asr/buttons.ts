// Buttons a person can press and what they read on them (the DGA section's add and remove buttons).

import { readableText } from './candidates';
import { unusableReason } from './fields';
import { deepQueryAll } from '../dom/walk';
import { isHidden } from '../dom/visibility';
import { collapseWhitespace } from '../text/normalize';

/** Buttons a person can press (custom elements' inner buttons included). */
export function findButtons(root: Document | Element): HTMLElement[] {
  return deepQueryAll<HTMLElement>(root, 'button, input[type=button], input[type=submit], [role=button], a[href]').filter(
    (b) => !isHidden(b) && !unusableReason(b),
  );
}

export function buttonText(el: HTMLElement): string {
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).value;
  const parts = [readableText(el), el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? ''];
  return collapseWhitespace(parts.join(' '));
}
