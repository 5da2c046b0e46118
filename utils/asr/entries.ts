// One field's plan entry: its report, and the action that makes the control hold our value
// (none when it already does, or when it holds another answer and may not be overwritten).
// Pure: reads only the collected snapshot.

import type { AsrFieldKey, ChoiceFieldKey } from './keys';
import type { ChoiceOption, CollectedField, ComboboxField, GroupField, SelectField, TextField, ToggleField } from './fields';
import { classifyVerloning, optionMeaning } from './meaning';
import { collapseWhitespace } from '../text/normalize';
import { normalizeLoonheffingennummer } from '../registration/loonheffingennummer';
import type { FieldReport, FillOptions, FillValues } from './types';

export type PlanAction =
  | { type: 'set-text'; element: TextField['element']; value: string }
  | {
      type: 'click';
      element: HTMLElement;
      /** State the clicked element should end in. */
      expectChecked: boolean;
      /** The option of the group that was checked before (to put it back on failure). */
      previous?: HTMLElement;
    }
  | { type: 'select-option'; element: HTMLSelectElement; optionIndex: number; optionText: string }
  /** Open a custom select (role=combobox) and choose the option meaning `desired`. */
  | { type: 'pick'; element: HTMLElement; key: ChoiceFieldKey; desired: string; searchable: boolean };

export interface PlanEntry {
  /** The report for this field; for entries with an action, the report once it succeeds. */
  report: FieldReport;
  action?: PlanAction;
  /** The control to highlight when filled. */
  highlight?: HTMLElement;
}

/** Page value equals ours? Whitespace and case never matter; the loonheffingennummer also ignores dots/dashes. */
export function sameValue(field: AsrFieldKey, page: string, ours: string): boolean {
  if (field === 'loonheffingennummer') return normalizeLoonheffingennummer(page) === normalizeLoonheffingennummer(ours);
  return collapseWhitespace(page).toLowerCase() === collapseWhitespace(ours).toLowerCase();
}

/** Effective answer to the DGA question: DGA's listed means yes. */
export function effectiveHasDga(values: FillValues): boolean | null {
  return values.dgas.length > 0 ? true : values.hasDga;
}

const ALREADY = 'al ingevuld';
export const NO_VALUE = 'geen waarde';
const UNUSABLE_DETAIL = { disabled: 'uitgeschakeld', readonly: 'alleen-lezen' } as const;

export function textEntry(
  field: AsrFieldKey,
  index: number | undefined,
  control: TextField,
  label: string,
  value: string,
  options: FillOptions,
): PlanEntry {
  const base: Omit<FieldReport, 'status'> = index === undefined ? { field, label } : { field, index, label };
  const current = control.value;
  if (!collapseWhitespace(value)) return { report: { ...base, status: 'skipped', detail: NO_VALUE } };
  if (collapseWhitespace(current) && sameValue(field, current, value)) {
    return { report: { ...base, status: 'filled', detail: ALREADY }, highlight: control.element };
  }
  if (control.unusable) return { report: { ...base, status: 'skipped', detail: UNUSABLE_DETAIL[control.unusable] } };
  if (collapseWhitespace(current) && !options.overwriteConflicts) {
    return { report: { ...base, status: 'conflict', detail: current } };
  }
  return {
    report: { ...base, status: 'filled' },
    action: { type: 'set-text', element: control.element, value },
    highlight: control.element,
  };
}

function toggleEntry(key: ChoiceFieldKey, control: ToggleField, base: Omit<FieldReport, 'status'>, desired: string, options: FillOptions): PlanEntry {
  // A checkbox/switch means "yes" for its question, or the frequency its label names.
  const want = key === 'verloning' ? classifyVerloning(base.label ?? '') === desired : desired === 'ja';
  // "Maandelijks" alone cannot say "4 weken": not ticking it is no answer either.
  if (key === 'verloning' && !want && !control.checked) {
    return { report: { ...base, status: 'skipped', detail: `geen keuze voor "${desiredText(key, desired)}"` } };
  }
  if (control.checked === want) {
    return { report: { ...base, status: 'filled', detail: ALREADY }, highlight: control.element };
  }
  if (control.unusable) return { report: { ...base, status: 'skipped', detail: UNUSABLE_DETAIL[control.unusable] } };
  // Unchecked is no answer yet; checked while we want it off is the user's answer.
  if (control.checked && !options.overwriteConflicts) {
    return { report: { ...base, status: 'conflict', detail: 'aangevinkt' } };
  }
  return {
    report: { ...base, status: 'filled' },
    action: { type: 'click', element: control.element, expectChecked: want },
    highlight: control.element,
  };
}

export function choiceEntry(
  key: ChoiceFieldKey,
  control: Exclude<CollectedField, TextField>,
  label: string,
  desired: string,
  options: FillOptions,
): PlanEntry {
  const base: Omit<FieldReport, 'status'> = { field: key, label };
  if (!('options' in control)) return toggleEntry(key, control, base, desired, options);
  const idx = control.options.findIndex((o) => !o.disabled && optionMeaning(key, o) === desired);
  const target = control.options[idx];
  // A closed custom select may show its answer only as its own text.
  const shown: ChoiceOption | undefined =
    control.kind === 'combobox' && optionMeaning(key, { label: control.value, value: '' })
      ? { element: control.element, label: control.value, value: '', checked: true, disabled: false }
      : undefined;
  const checked = control.options.find((o) => o.checked && (control.kind !== 'select' || control.value !== '')) ?? shown;
  if (checked && optionMeaning(key, checked) === desired) {
    return { report: { ...base, status: 'filled', detail: ALREADY }, highlight: highlightOf(control, checked) };
  }
  if (control.unusable) return { report: { ...base, status: 'skipped', detail: UNUSABLE_DETAIL[control.unusable] } };
  // Options of a custom select may only exist once its list is open: the filler looks then.
  const pickLater = control.kind === 'combobox' && (!!target || !control.options.length);
  if (!target && !pickLater) {
    return { report: { ...base, status: 'skipped', detail: `geen keuze voor "${desiredText(key, desired)}"` } };
  }
  if (checked && !options.overwriteConflicts) {
    return { report: { ...base, status: 'conflict', detail: checked.label } };
  }
  const filled = { report: { ...base, status: 'filled' as const }, highlight: control.element };
  if (control.kind === 'combobox') {
    return { ...filled, action: { type: 'pick', element: control.element, key, desired, searchable: control.searchable } };
  }
  if (!target) return { report: { ...base, status: 'skipped', detail: `geen keuze voor "${desiredText(key, desired)}"` } };
  if (control.kind === 'select') {
    return { ...filled, action: { type: 'select-option', element: control.element, optionIndex: idx, optionText: target.label } };
  }
  return {
    report: { ...base, status: 'filled' },
    action: { type: 'click', element: target.element, expectChecked: true, ...(checked ? { previous: checked.element } : {}) },
    highlight: highlightOf(control, target),
  };
}

function highlightOf(control: GroupField | SelectField | ComboboxField, opt: ChoiceOption): HTMLElement {
  if (control.kind === 'select' || control.kind === 'combobox') return control.element;
  // A native radio is tiny; outline its label when it has one.
  return (opt.element.closest('label') as HTMLElement | null) ?? opt.element;
}

function desiredText(key: ChoiceFieldKey, desired: string): string {
  if (key === 'verloning') return desired === 'maand' ? 'maand' : '4 weken';
  return desired === 'ja' ? 'Ja' : 'Nee';
}

export function choiceValue(key: ChoiceFieldKey, values: FillValues): string {
  if (key === 'verloning') return values.verloning ?? '';
  const v = key === 'hasDga' ? effectiveHasDga(values) : values.dertiendeMaand;
  return v === null ? '' : v ? 'ja' : 'nee';
}
