// What the collector (collect.ts) reports of each control: its kind, what a person reads as its
// label, its current state, and why it cannot be filled. Plain descriptions: plan.ts turns them
// into actions.

import type { LabelCandidate } from './candidates';

export interface ChoiceOption {
  /** The element to click (radio input, role=radio element, toggle button) or the <option>. */
  element: HTMLElement;
  /** What a person reads for this option ("Ja", "Per 4 weken"). */
  label: string;
  /** The option's value attribute, used only when its text says nothing. */
  value: string;
  checked: boolean;
  disabled: boolean;
}

export interface FieldBase {
  /** Label (or, for groups, question) candidates, most trustworthy first. */
  labels: LabelCandidate[];
  /** Legends and headings around the control, innermost first. */
  context: string[];
  /** True when the control sits in a section about DGA's. */
  inDgaSection: boolean;
  /** The <form> the control belongs to (null when it is in none). */
  form: HTMLFormElement | null;
  /** Why the control cannot be filled; undefined when it can. */
  unusable?: 'disabled' | 'readonly';
  /** Position in document order among collected fields. */
  order: number;
}

export interface TextField extends FieldBase {
  kind: 'text';
  element: HTMLInputElement | HTMLTextAreaElement;
  value: string;
}

export interface SelectField extends FieldBase {
  kind: 'select';
  element: HTMLSelectElement;
  options: ChoiceOption[];
  /** Text of the selected option ('' for a placeholder option). */
  value: string;
}

/** One box that means "yes" for its question (or the pay period its label names). */
export interface ToggleField extends FieldBase {
  /** checkbox: native; aria-checkbox / switch: role + aria-checked or a native input; toggle-button: aria-pressed. */
  kind: 'checkbox' | 'aria-checkbox' | 'switch' | 'toggle-button';
  element: HTMLElement;
  checked: boolean;
}

/** Options that together answer one question. */
export interface GroupField extends FieldBase {
  /** checkbox-group: checkboxes "Maandelijks" / "4-wekelijks"; button-group: aria-pressed buttons. */
  kind: 'radio-group' | 'aria-radio-group' | 'checkbox-group' | 'button-group';
  /** The group container (radiogroup element, fieldset, or the closest common ancestor). */
  element: HTMLElement;
  options: ChoiceOption[];
  /** Label of the checked option ('' when none). */
  value: string;
}

/** A custom select: opened like a user opens it, its option chosen by its visible text. */
export interface ComboboxField extends FieldBase {
  kind: 'combobox';
  element: HTMLElement;
  /** role=option items present now (the list may only exist once open). */
  options: ChoiceOption[];
  /** What the closed widget shows as its answer. */
  value: string;
  /** An editable input: typing narrows the list ("typing-to-search"). */
  searchable: boolean;
}

export type CollectedField = TextField | SelectField | ToggleField | GroupField | ComboboxField;
export type ControlKind = CollectedField['kind'];

export function unusableReason(el: HTMLElement): 'disabled' | 'readonly' | undefined {
  if ((el as HTMLInputElement).disabled || el.getAttribute('aria-disabled') === 'true') return 'disabled';
  // A disabled fieldset disables everything in it (happy-dom lacks :disabled for this).
  if (el.closest('fieldset[disabled]')) return 'disabled';
  if ((el as HTMLInputElement).readOnly || el.getAttribute('aria-readonly') === 'true') return 'readonly';
  return undefined;
}
