// A custom select (role=combobox) as a person sees it: its options and what it shows as its
// answer while closed. Read by the collector and by the filler when it picks an option.

import { textByIds } from './candidates';
import { notShownAsValue, readableText } from '../dom/text';
import { byIdNear, deepElements, isTiny } from './dom';
import { pressTarget } from './list';
import { composedParent, deepQueryAll } from '../dom/walk';
import { isHidden } from '../dom/visibility';
import { collapseWhitespace } from '../text/normalize';

/** The role=option items of a custom select (its listbox may be hidden while closed). */
export function comboOptions(el: Element): HTMLElement[] {
  const ids = `${el.getAttribute('aria-controls') ?? ''} ${el.getAttribute('aria-owns') ?? ''}`.split(/\s+/);
  const boxes = [el, ...ids.map((id) => (id ? byIdNear(el, id) : null))];
  return boxes.flatMap((b) => (b ? deepQueryAll<HTMLElement>(b, '[role=option]').filter((o) => o !== b) : []));
}

/**
 * What a closed custom select shows as its answer: its own text, the value of a read-only
 * input (Shoelace), or the text beside the input inside the widget (Ant Design shows the
 * chosen option in a sibling of its input).
 */
export function comboboxShows(el: HTMLElement): string {
  // A 1px stand-in input may hold a value the page never took (PrimeReact writes the picked
  // text into it even when the page refuses it): a person reads the visible box instead.
  if (el.tagName === 'INPUT' && isTiny(el)) {
    const box = pressTarget(el);
    if (box !== el) return withoutEcho(shownText(box));
  }
  const own = el.tagName === 'INPUT' ? (el as HTMLInputElement).value : withoutName(el, shownText(el));
  if (collapseWhitespace(own)) return collapseWhitespace(own);
  let best = '';
  let a: Element | null = composedParent(el);
  for (let depth = 0; a && depth < 4; depth++, a = composedParent(a)) {
    if (['FORM', 'FIELDSET', 'BODY', 'LABEL'].includes(a.tagName) || a.querySelector('label, legend')) break;
    const controls = deepElements(a).filter(
      (c) => c !== el && c.matches('input:not([type=hidden]), select, textarea, [role=combobox]') && !isHidden(c),
    );
    if (controls.length) break;
    const listbox = a.querySelector('[role=listbox]');
    const text = listbox ? '' : shownText(a);
    if (text) best = text;
  }
  return withoutEcho(best);
}

/** The text on screen: no button or icon text of the widget's own, no screen-reader-only text. */
const shownText = (el: Element): string => readableText(el, { asLabel: true, leaveOut: notShownAsValue });

/**
 * The value without the control's own name: a field that floats its label inside the box
 * (Material's "Verloningsperiode*" above "Vierwekelijks") shows the label, not an answer.
 */
export function withoutName(el: Element, text: string): string {
  const names = [el.getAttribute('aria-label'), textByIds(el, el.getAttribute('aria-labelledby') ?? '')];
  let out = collapseWhitespace(text);
  for (const n of names.map((x) => collapseWhitespace(x ?? '')).filter(Boolean)) {
    out = out.split(`${n} *`).join(' ').split(`${n}*`).join(' ');
    if (out.trim() === n) out = '';
    else if (out.startsWith(`${n} `)) out = out.slice(n.length);
  }
  return collapseWhitespace(out);
}

/**
 * Widget libraries often render a chosen option twice beside a combobox (the visible item and a
 * copy for measuring or for screen readers): "Vierwekelijks Vierwekelijks" shows one choice.
 */
export function withoutEcho(text: string): string {
  const words = collapseWhitespace(text).split(' ');
  const half = words.length / 2;
  if (!Number.isInteger(half) || half === 0) return collapseWhitespace(text);
  const first = words.slice(0, half).join(' ');
  return first === words.slice(half).join(' ') ? first : collapseWhitespace(text);
}
