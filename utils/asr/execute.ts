// Run one planned action on the page the way a person does (act.ts), recording first how to
// put it back.

import { closeList, comboboxMeans, guardedClick, pickByText, pickOption, press, selectOption, setTextValue, tick, uncheckRadio, winOf } from './act';
import { comboboxShows } from './combobox';
import { looksChecked } from './custom';
import { sameValue, type PlanEntry } from './entries';
import { NOT_TAKEN, shows } from './read-back';
import type { FieldReport } from './types';

const isChecked = looksChecked;

function isRadio(el: HTMLElement): boolean {
  if (el.getAttribute('role') === 'radio' || (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'radio')) return true;
  // A role-less form-associated element with a name and a value is collected as a radio (custom.ts).
  return el.tagName.includes('-') && !el.hasAttribute('role') && el.hasAttribute('name') && el.hasAttribute('value');
}

/** How to put one change back, recorded before it is made. */
export type Undo = () => Promise<void> | void;

/**
 * Run one action; returns its report as far as the control itself tells (the final word is
 * the read-back after the whole fill), and records in `undo` how to put it back.
 */
export async function executeAction(entry: PlanEntry, undo: Undo[] = []): Promise<FieldReport> {
  const action = entry.action;
  const report = entry.report;
  if (!action) return report;
  const win = winOf(action.element);
  switch (action.type) {
    case 'set-text': {
      const el = action.element;
      const was = el.value;
      undo.push(() => setTextValue(el, was));
      setTextValue(el, action.value);
      await tick(win);
      return sameValue(report.field, el.value, action.value) ? report : { ...report, status: 'not-taken', detail: shows(el.value) };
    }
    case 'select-option': {
      const el = action.element;
      const was = el.selectedIndex;
      undo.push(() => selectOption(el, was));
      selectOption(el, action.optionIndex);
      await tick(win);
      return el.selectedIndex === action.optionIndex ? report : { ...report, status: 'not-taken', detail: NOT_TAKEN };
    }
    case 'click': {
      const el = action.element;
      const previous = action.previous;
      undo.push(async () => {
        if (!isRadio(el)) {
          if (isChecked(el) === action.expectChecked) press(el);
        } else if (previous && previous !== el) press(previous);
        else if (!previous && el.tagName === 'INPUT') uncheckRadio(el as HTMLInputElement);
        await tick(win);
      });
      if (isChecked(el) !== action.expectChecked) guardedClick(el);
      await tick(win);
      // Some widgets select on pointer/mouse down; selecting twice is harmless for a radio,
      // so try the full press once. (Not for checkboxes: a second toggle undoes.)
      if (isChecked(el) !== action.expectChecked && isRadio(el)) {
        press(el);
        await tick(win);
      }
      return isChecked(el) === action.expectChecked ? report : { ...report, status: 'not-taken', detail: NOT_TAKEN };
    }
    case 'pick': {
      const { element: el, key, desired } = action;
      const was = comboboxShows(el);
      const typed = el.tagName === 'INPUT' ? (el as HTMLInputElement).value : undefined;
      undo.push(() => (was ? pickByText(el, was) : closeList(el, typed)));
      const ok = await pickOption(el, key, desired, action.searchable);
      if (!ok) closeList(el, typed);
      return ok || comboboxMeans(el, key, desired) ? report : { ...report, status: 'not-taken', detail: shows(comboboxShows(el)) };
    }
  }
}
