// Acting on the page the way a person does, so the page's own code (React, Vue, Angular,
// Ant Design, Material UI, Shoelace or plain listeners) registers every change: the events
// real typing, clicking and key presses fire, in their order. Never submits a form.

import { comboboxShows, comboOptions } from './combobox';
import { deepElements, isCollapsed, ownerWindow, byIdNear, type Win } from './dom';
import { meaningOf } from './meaning';
import { SEARCH_WORDS } from './labels';
import { openLists, pressTarget, scrollLists } from './list';
import { moreWays } from './ways';
import type { ChoiceFieldKey } from './keys';
import { isHidden } from '../dom/visibility';
import { readableText } from '../dom/text';
import { collapseWhitespace } from '../text/normalize';

export function winOf(el: Node): Win {
  const win = ownerWindow(el);
  if (!win) throw new Error('Element has no window (detached document)');
  return win;
}

/** Let the page's framework run its pending work (Vue's nextTick, setState batches, animations). */
export function tick(win: Win, ms = 0): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, ms));
}

/**
 * The native setter of `prop` from the element's own prototype chain. Using the
 * prototype's setter (not `el.value = v`) bypasses React's per-instance value tracker,
 * so React sees a change; taking it from the element's own realm keeps this working for
 * elements of another frame.
 */
function nativeSetter(el: Element, prop: string): ((this: Element, v: unknown) => void) | undefined {
  for (let p: object | null = Object.getPrototypeOf(el); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (d?.set) return d.set as (this: Element, v: unknown) => void;
  }
  return undefined;
}

function fire(el: Element, type: string, data?: string): void {
  const win = winOf(el);
  const ev =
    type === 'input' && typeof win.InputEvent === 'function'
      ? new win.InputEvent('input', { bubbles: true, composed: true, inputType: data === undefined ? 'insertReplacementText' : 'insertText', data: data ?? null })
      : new win.Event(type, { bubbles: true, composed: true });
  el.dispatchEvent(ev);
}

/** Type a value as a person would: focus, set, input, change, blur. */
export function setTextValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  el.focus();
  const set = nativeSetter(el, 'value');
  if (set) set.call(el, value);
  else el.value = value;
  fire(el, 'input');
  fire(el, 'change');
  el.blur();
}

/** Choose a select's option by index through the native setter, then input + change. */
export function selectOption(el: HTMLSelectElement, optionIndex: number): void {
  el.focus();
  const option = el.options[optionIndex];
  const values = Array.from(el.options).map((o) => o.value);
  // Setting `value` selects the first option with that value: only safe when unique.
  if (option && values.filter((v) => v === option.value).length === 1) nativeSetter(el, 'value')?.call(el, option.value);
  else nativeSetter(el, 'selectedIndex')?.call(el, optionIndex);
  fire(el, 'input');
  fire(el, 'change');
  el.blur();
}

/** Untick a native radio (a person cannot; only to put back a form as it was found). */
export function uncheckRadio(el: HTMLInputElement): void {
  nativeSetter(el, 'checked')?.call(el, false);
  fire(el, 'input');
  fire(el, 'change');
}

function isSubmitControl(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'BUTTON') {
    const type = (el.getAttribute('type') ?? 'submit').toLowerCase();
    return type === 'submit' || !['button', 'reset', 'menu'].includes(type);
  }
  if (tag === 'INPUT') return ['submit', 'image'].includes((el.getAttribute('type') ?? '').toLowerCase());
  return false;
}

/**
 * Click an element while making sure no form is submitted: any submit event dispatched
 * during the click is cancelled before the page sees it, and a click on a button that
 * would submit by default (a <button> without type inside a form) has its default
 * action cancelled. The guard only lives for the synchronous dispatch of our click.
 */
export function guardedClick(el: HTMLElement): void {
  const win = winOf(el);
  const stopSubmit = (e: Event): void => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const noDefault = (e: Event): void => {
    if (e.target instanceof win.Node && (e.target === el || el.contains(e.target))) e.preventDefault();
  };
  const submits = isSubmitControl(el);
  win.addEventListener('submit', stopSubmit, true);
  if (submits) win.addEventListener('click', noDefault, true);
  try {
    el.click();
  } finally {
    win.removeEventListener('submit', stopSubmit, true);
    if (submits) win.removeEventListener('click', noDefault, true);
  }
}

function pointerInit(el: Element): PointerEventInit {
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  return { bubbles: true, cancelable: true, composed: true, button: 0, buttons: 1, clientX: x, clientY: y, pointerId: 1, pointerType: 'mouse', isPrimary: true };
}

function pointer(el: Element, type: string, up = false): void {
  const win = winOf(el);
  const init = { ...pointerInit(el), ...(up ? { buttons: 0 } : {}) };
  const Pointer = typeof win.PointerEvent === 'function' ? win.PointerEvent : win.MouseEvent;
  el.dispatchEvent(type.startsWith('pointer') ? new Pointer(type, init) : new win.MouseEvent(type, init));
}

/** The first half of a press: the pointer arrives and goes down (Material UI opens here). */
export function pressDown(el: HTMLElement): void {
  for (const t of ['pointerover', 'pointerenter', 'mouseover', 'mousemove', 'pointerdown', 'mousedown']) pointer(el, t);
  if (typeof el.focus === 'function' && el.ownerDocument.activeElement !== el) el.focus({ preventScroll: true });
}

/** The second half: the pointer goes up and the click follows. */
export function pressUp(el: HTMLElement): void {
  pointer(el, 'pointerup', true);
  pointer(el, 'mouseup', true);
  guardedClick(el);
}

/** A whole press, as a mouse makes it. */
export function press(el: HTMLElement): void {
  pressDown(el);
  pressUp(el);
}

/** A key press (keydown, keyup) on the focused widget. */
export function pressKey(el: Element, key: string): void {
  const win = winOf(el);
  const code = key === ' ' ? 'Space' : key;
  const init = { key, code, bubbles: true, cancelable: true, composed: true };
  // A widget's own key handler may call requestSubmit() (Enter on a select): the filler never
  // submits, so every submit while our key is dispatched is cancelled, as for a click.
  const stop = (e: Event): void => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  win.addEventListener('submit', stop, true);
  try {
    el.dispatchEvent(new win.KeyboardEvent('keydown', init));
    el.dispatchEvent(new win.KeyboardEvent('keyup', init));
  } finally {
    win.removeEventListener('submit', stop, true);
  }
}

/** Type text key by key into a search box (keydown, input, keyup per character). */
export function typeText(el: HTMLInputElement, text: string): void {
  const set = nativeSetter(el, 'value');
  el.focus();
  let now = '';
  for (const ch of text) {
    const win = winOf(el);
    el.dispatchEvent(new win.KeyboardEvent('keydown', { key: ch, bubbles: true, cancelable: true, composed: true }));
    now += ch;
    if (set) set.call(el, now);
    else el.value = now;
    fire(el, 'input', ch);
    el.dispatchEvent(new win.KeyboardEvent('keyup', { key: ch, bubbles: true, cancelable: true, composed: true }));
  }
}

// ---- custom selects ----

/** Short texts visible now: what a person could read (and press) as an option. */
function visibleTexts(doc: Document): Set<Element> {
  const out = new Set<Element>();
  for (const e of deepElements(doc.documentElement)) {
    const t = e.textContent ?? '';
    if (!t.trim() || t.length > 80 || ['SCRIPT', 'STYLE', 'OPTION', 'TEMPLATE'].includes(e.tagName)) continue;
    if (!isHidden(e) && !isCollapsed(e)) out.add(e);
  }
  return out;
}

function isExpanded(el: Element): boolean {
  return el.getAttribute('aria-expanded') === 'true';
}

function optionText(o: Element): string {
  return collapseWhitespace(readableText(o)) || o.getAttribute('aria-label') || '';
}

/**
 * The option meaning `desired` a person can see and press: a visible role=option first;
 * else (Ant Design keeps its role=option items out of sight and shows the list elsewhere)
 * the innermost newly shown text that means it. Never text that was on the page already
 * (another question's "Ja").
 */
function findOption(el: HTMLElement, key: ChoiceFieldKey, desired: string, before: Set<Element>): HTMLElement | undefined {
  const doc = el.ownerDocument;
  const roleOptions = [...comboOptions(el), ...deepElements(doc.documentElement).filter((o) => o.getAttribute('role') === 'option')];
  const seen = new Set<Element>();
  for (const o of roleOptions) {
    if (seen.has(o)) continue;
    seen.add(o);
    if (isHidden(o) || isCollapsed(o) || o.getAttribute('aria-disabled') === 'true') continue;
    if (meaningOf(key, optionText(o)) === desired) return o as HTMLElement;
  }
  const fresh = [...visibleTexts(doc)].filter((e) => !before.has(e) && meaningOf(key, optionText(e)) === desired);
  // Innermost: the element holding the text itself (its option wrapper gets the bubbling click).
  return fresh.find((e) => !fresh.some((f) => f !== e && e.contains(f))) as HTMLElement | undefined;
}

/** Does the closed (or open) select now show an answer meaning `desired`? */
export function comboboxMeans(el: HTMLElement, key: ChoiceFieldKey, desired: string): boolean {
  return meaningOf(key, comboboxShows(el)) === desired;
}

/**
 * Choose an option of a custom select as a user does: open it with the pointer (down, then
 * up and click, checking after each half: Material UI opens on mousedown, others on click),
 * else with the keyboard; in a search box type a few letters; press the option by its visible
 * text; when pressing it does not take, walk the list with the arrow keys and press Enter
 * on the option that means `desired`.
 */
export async function pickOption(el: HTMLElement, key: ChoiceFieldKey, desired: string, searchable: boolean): Promise<boolean> {
  const win = winOf(el);
  const doc = el.ownerDocument;
  const before = visibleTexts(doc);
  const listsBefore = openLists(doc);
  const opened = (): boolean =>
    isExpanded(el) || !!findOption(el, key, desired, before) || openLists(doc).some((l) => !listsBefore.includes(l));
  const box = pressTarget(el);
  pressDown(box);
  await tick(win, 30);
  if (!opened()) {
    pressUp(box);
    await tick(win, 30);
  }
  const ways = moreWays();
  // The chevron, the label, Enter or Space (asr-ways.js, when loaded); else ArrowDown.
  if (!opened() && !(await ways?.open(el, opened))) {
    el.focus();
    pressKey(el, 'ArrowDown');
    await tick(win, 30);
  }
  let option = findOption(el, key, desired, before);
  if (!option && searchable && el.tagName === 'INPUT') {
    for (const query of SEARCH_WORDS[desired] ?? []) {
      typeText(el as HTMLInputElement, query);
      await tick(win, 60);
      option = findOption(el, key, desired, before);
      if (option) break;
    }
  }
  // A virtualised list renders only the options in view: scroll on until it shows.
  for (let i = 0; !option && i < 20 && scrollLists(doc); i++) {
    await tick(win, 50);
    option = findOption(el, key, desired, before);
  }
  if (option) {
    press(option);
    await tick(win, 30);
    if (comboboxMeans(el, key, desired)) return true;
  }
  const means = (text: string) => meaningOf(key, text) === desired;
  if (!searchable && (await ways?.typeAhead(el, desired, means, () => comboboxMeans(el, key, desired)))) return true;
  // The keyboard: the active option is named by aria-activedescendant or holds the focus.
  if (!isExpanded(el) && !findOption(el, key, desired, before)) {
    el.focus();
    pressKey(el, 'ArrowDown');
    await tick(win, 30);
  }
  const focusTarget = (): Element => {
    const active = doc.activeElement;
    return active && active !== doc.body ? active : el;
  };
  for (let i = 0; i < 30; i++) {
    const id = el.getAttribute('aria-activedescendant');
    const activeOpt = (id && byIdNear(el, id)) || (doc.activeElement?.getAttribute('role') === 'option' ? doc.activeElement : null);
    if (activeOpt && meaningOf(key, optionText(activeOpt)) === desired) {
      pressKey(focusTarget(), 'Enter');
      await tick(win, 30);
      break;
    }
    pressKey(focusTarget(), 'ArrowDown');
    await tick(win, 10);
  }
  return comboboxMeans(el, key, desired);
}

/**
 * Close an open list without choosing (Escape), so a failed pick leaves no popup behind, and
 * put back what a search box held before we typed (an editable one only).
 */
export function closeList(el: HTMLElement, text?: string): void {
  if (isExpanded(el)) pressKey(el.ownerDocument.activeElement ?? el, 'Escape');
  const input = el as HTMLInputElement;
  // Only what we typed is put back: a read-only box is never typed into, whatever it holds.
  if (text !== undefined && el.tagName === 'INPUT' && !input.readOnly && input.value !== text) setTextValue(input, text);
}

/** Choose the option whose visible text is `text` (putting back what the select showed). */
export async function pickByText(el: HTMLElement, text: string): Promise<void> {
  const win = winOf(el);
  const before = visibleTexts(el.ownerDocument);
  press(el);
  await tick(win, 30);
  const all = [...comboOptions(el), ...visibleTexts(el.ownerDocument)].filter((e) => !before.has(e) || e.getAttribute('role') === 'option');
  const hit = all.find((o) => optionText(o) === text);
  if (hit) press(hit as HTMLElement);
  await tick(win, 30);
  closeList(el);
}
