// What a person reads as a value on a Loket.nl page: a form control's value, the checked
// radio's label, or an element's text. Only textContent / value / checked / aria-checked are
// read; never innerHTML.

import { checkedState, roleOf } from '../dom/controls';
import { readableText } from '../dom/text';
import { NON_RENDERED_TAGS } from '../dom/visibility';
import { collapseWhitespace as normalizeSpace } from '../text/normalize';

/** Work cap: a value longer than this is a block of text, not a field's value. */
export const MAX_VALUE_LENGTH = 200;

export const CONTROL_SELECTOR = 'input, select, textarea, [role="checkbox"], [role="switch"], [role="radio"], [role="combobox"]';
export const RADIO_SELECTOR = 'input[type="radio"], [role="radio"]';

/** What a person reads in an element (without `skip`'s subtree): the shared readable text. */
export function textOf(el: Node, skip?: Element): string {
  return readableText(el, { skip });
}

export interface Value {
  value: string;
  checked?: boolean;
}

/** Value of a single form control or ARIA checkbox/switch; null when it holds no readable value. */
export function controlValue(el: Element): Value | null {
  const checked = checkedState(el);
  if (checked !== undefined) return { value: checked ? 'Ja' : 'Nee', checked };
  const tag = el.tagName.toUpperCase();
  if (tag === 'INPUT') {
    const input = el as HTMLInputElement;
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    if (['hidden', 'password', 'file', 'button', 'submit', 'reset', 'image'].includes(type)) return null;
    return { value: normalizeSpace(input.value ?? '') };
  }
  if (tag === 'SELECT') {
    const select = el as HTMLSelectElement;
    const option = select.options[select.selectedIndex];
    return { value: option ? normalizeSpace(option.textContent ?? '') : '' };
  }
  if (tag === 'TEXTAREA') return { value: normalizeSpace((el as HTMLTextAreaElement).value ?? '') };
  const role = roleOf(el);
  // A custom select (role=combobox, e.g. <mat-select>) shows its selected option as its text;
  // one wrapping a native control leaves the value to that control.
  if (role === 'combobox' && !el.querySelector('input, select, textarea')) {
    const text = textOf(el);
    return text.length <= MAX_VALUE_LENGTH ? { value: text } : null;
  }
  return null;
}

/** What a checked radio says: its own text (ARIA radio), its label, or its value attribute. */
function radioText(radio: Element): string {
  if (radio.tagName.toUpperCase() !== 'INPUT') {
    const own = textOf(radio);
    if (own) return own;
  }
  const labels = (radio as HTMLInputElement).labels;
  const label = radio.closest('label') ?? (labels && labels.length ? labels[0]! : null);
  if (label) return textOf(label);
  // <input type=radio> Ja — the text right after the radio.
  for (let sib = radio.nextSibling; sib; sib = sib.nextSibling) {
    const text = sib.nodeType === 3 ? normalizeSpace((sib as Text).data) : sib.nodeType === 1 ? textOf(sib) : '';
    if (text) return text;
  }
  return radio.getAttribute('value') ?? 'Ja';
}

/** What a value element shows: its control's value, the checked radio's label, or its text. */
export function valueOf(el: Element): Value | null {
  const tag = el.tagName.toUpperCase();
  if (tag === 'BUTTON' || NON_RENDERED_TAGS.has(tag)) return null;
  const direct = controlValue(el);
  if (direct) return direct;
  const controls = Array.from(el.querySelectorAll(CONTROL_SELECTOR)).filter((c) => controlValue(c) !== null);
  if (controls.length === 1) {
    const v = controlValue(controls[0]!)!;
    const text = textOf(el, controls[0]);
    // A checkbox with a text next to it ("☑ Ja") is still a checkbox; a text input wins over decoration.
    if (v.checked !== undefined || !text) return v;
    // Text beside a text control means the control has its own label ("Kenmerk [111222333]"):
    // that is a different field, never this label's value. Tiny units ("€", "%") are decoration.
    if (text.length > 3 || el.querySelector('label')) return null;
    return v;
  }
  if (controls.length > 1) {
    // A radio group (Ja / Nee): the checked one's label is the value.
    const checked = controls.find((c) => controlValue(c)!.checked === true && (c.getAttribute('type') === 'radio' || roleOf(c) === 'radio'));
    return checked ? { value: radioText(checked) } : null;
  }
  const text = textOf(el);
  if (text.length > MAX_VALUE_LENGTH) return null;
  return { value: text };
}
