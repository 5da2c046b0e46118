// The ways a person operates a select when pressing its box does nothing: the chevron (an icon
// or button inside or beside the box, without a name of its own), then the label; the keyboard
// (ArrowDown, Enter, Space on the focused box); and type-ahead, the option's first letters typed
// on a widget that chooses by typed letters. Built into asr-ways.js, injected with the filler.

import { press, pressKey, tick, winOf } from './act';
import { comboOptions } from './combobox';
import { byIdNear, deepElements } from './dom';
import { SEARCH_WORDS } from './labels';
import { pressTarget } from './list';
import type { MoreWays } from './ways';
import { composedParent } from '../dom/walk';
import { isHidden } from '../dom/visibility';
import { readableText } from '../dom/text';
import { collapseWhitespace } from '../text/normalize';

/** Controls a person fills: a widget holding one of these besides the select is more than its box. */
const FILLABLE = 'input:not([type=hidden]), select, textarea, [role=radio], [role=checkbox], [role=switch], [role=combobox], [role=textbox]';
const ICON = 'button, [role=button], svg, img, i';

const named = (e: Element): boolean =>
  !!(collapseWhitespace(readableText(e)) || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || e.getAttribute('title') || e.getAttribute('alt'));

/**
 * The select's chevron: a visible icon or button without a name of its own, inside the box or
 * beside it in the widget (the box's parent, when that holds no other control a person fills).
 * The outermost such element (the button around an svg), the last one in the widget.
 */
export function chevronOf(el: HTMLElement): HTMLElement | undefined {
  const box = pressTarget(el);
  const parent = composedParent(box);
  const widget = parent && !parent.matches('form, fieldset, label, body') && ![...parent.querySelectorAll(FILLABLE)].some((c) => c !== el && c !== box && !isHidden(c)) ? parent : box;
  const icons = deepElements(widget).filter(
    (e) => e.matches(ICON) && !e.contains(el) && !isHidden(e) && !named(e.closest('button, [role=button]') ?? e) && !e.closest('[role=listbox]'),
  );
  return icons.filter((e) => !icons.some((o) => o !== e && o.contains(e))).pop() as HTMLElement | undefined;
}

/** The element that names the select: its <label>, else the first element of aria-labelledby. */
export function labelOf(el: HTMLElement): HTMLElement | undefined {
  const own = (el as HTMLInputElement).labels?.[0];
  const id = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/)[0];
  return (own ?? (id ? byIdNear(el, id) : null) ?? undefined) as HTMLElement | undefined;
}

/**
 * What to type for an option meaning the intent: the texts of the widget's own options that
 * mean it (however hidden its list), else the words a person would type for it.
 */
export function typedTexts(options: readonly string[], means: (text: string) => boolean, desired: string): string[] {
  const own = options.map((t) => collapseWhitespace(t)).filter((t) => t && means(t));
  return [...new Set(own.length ? own : (SEARCH_WORDS[desired] ?? []))];
}

/** One printable key as the keyboard sends it: keydown, keypress, keyup (no value is set). */
function typeKey(el: Element, key: string): void {
  const win = winOf(el);
  for (const type of ['keydown', 'keypress', 'keyup']) el.dispatchEvent(new win.KeyboardEvent(type, { key, bubbles: true, cancelable: true, composed: true }));
}

/** The option a keyboard user has moved to: by aria-activedescendant, or holding the focus. */
function activeOption(el: HTMLElement): Element | null {
  const id = el.getAttribute('aria-activedescendant');
  const active = el.ownerDocument.activeElement;
  return (id && byIdNear(el, id)) || (active?.getAttribute('role') === 'option' ? active : null);
}

const focused = (el: HTMLElement): Element => {
  const active = el.ownerDocument.activeElement;
  return active && active !== el.ownerDocument.body ? active : el;
};

/**
 * A whole press on an icon that is no HTML element (an svg has no click()): the pointer and
 * mouse events, then the click, with any submit it would cause cancelled, as guardedClick does.
 */
function pressIcon(el: Element): void {
  const win = winOf(el);
  const r = el.getBoundingClientRect();
  const at = { bubbles: true, cancelable: true, composed: true, button: 0, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
  const stop = (e: Event): void => e.preventDefault();
  win.addEventListener('submit', stop, true);
  try {
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
      const Event = type.startsWith('pointer') && typeof win.PointerEvent === 'function' ? win.PointerEvent : win.MouseEvent;
      el.dispatchEvent(new Event(type, { ...at, buttons: type.endsWith('down') ? 1 : 0 }));
    }
  } finally {
    win.removeEventListener('submit', stop, true);
  }
}

/** A key press with every submit cancelled while it is dispatched (act.ts pressKey). */
export const guardedKey = pressKey;

export const MORE_WAYS: MoreWays = {
  async open(el, opened) {
    const win = winOf(el);
    for (const target of [chevronOf(el), labelOf(el)]) {
      if (!target) continue;
      if (typeof target.click === 'function') press(target);
      else pressIcon(target);
      await tick(win, 30);
      if (opened()) return true;
    }
    for (const key of ['ArrowDown', 'Enter', ' ']) {
      el.focus();
      guardedKey(el, key);
      await tick(win, 30);
      if (opened()) return true;
    }
    return false;
  },

  async typeAhead(el, desired, means, chosen) {
    // A text box is typed into by the filler's search; a read-only one never is, and key
    // presses on it set no value.
    if (el.tagName === 'INPUT' && !(el as HTMLInputElement).readOnly) return false;
    const win = winOf(el);
    const options = [...comboOptions(el), ...deepElements(el.ownerDocument.documentElement).filter((o) => o.getAttribute('role') === 'option')];
    for (const text of typedTexts(options.map((o) => readableText(o) || o.getAttribute('aria-label') || ''), means, desired)) {
      // Widgets forget typed letters after about half a second (a Space pressed to open the
      // select counts as one): each word starts afresh.
      await tick(win, 600);
      el.focus();
      for (const ch of text.slice(0, 12)) {
        typeKey(focused(el), ch);
        await tick(win, 20);
        if (chosen()) return true;
        const active = activeOption(el);
        if (active && means(readableText(active))) {
          guardedKey(focused(el), 'Enter');
          await tick(win, 30);
          return chosen();
        }
      }
    }
    return false;
  },
};
