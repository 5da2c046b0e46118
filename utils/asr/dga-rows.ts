// The DGA section's rows: the button that adds one, and on "Toch overschrijven" removing the
// rows left from another employer through each row's own remove control.

import { ADD_ROW_WORDS, NEVER_PRESS_WORDS, REMOVE_MORE_WORDS, REMOVE_ROW_WORDS } from './labels';
import { isDgaContext } from './candidates';
import { buttonText, findButtons } from './buttons';
import { collectFields, sectionContext } from './collect';
import type { CollectedField } from './fields';
import { planFill, type ExtraDgaRow } from './plan';
import { EMPTY_ROW, EXTRA_ROW, REMOVED_ROW } from './keys';
import { effectiveHasDga } from './entries';
import { press } from './act';
import { hasStem } from './text';
import { containsDeep, renderedParent } from './dom';
import { keyOf, NOT_TAKEN } from './read-back';
import { waitFor } from './wait';
import type { FieldReport, FillOptions, FillValues } from './types';

/** The DGA section's add-row button ("DGA toevoegen", "+ Toevoegen", "Nog een DGA toevoegen"). */
export function findAddRowButton(doc: Document): HTMLElement | undefined {
  const candidates: { el: HTMLElement; rank: number }[] = [];
  for (const b of findButtons(doc)) {
    const text = buttonText(b);
    if (!hasStem(text, ADD_ROW_WORDS) || hasStem(text, NEVER_PRESS_WORDS)) continue;
    if (isDgaContext([buttonText(b)])) candidates.push({ el: b, rank: 0 });
    else if (isDgaContext(sectionContext(b, doc))) candidates.push({ el: b, rank: 1 });
  }
  candidates.sort((a, b) => a.rank - b.rank);
  return candidates[0]?.el;
}

/**
 * The remove control of one DGA row, only when what a person reads ties it to that row: the
 * single button saying "verwijder" in the smallest group around the row's controls that holds
 * no other field of the form. A section-wide or ambiguous button is never pressed.
 */
export function findRemoveButton(row: ExtraDgaRow, fields: CollectedField[]): HTMLElement | undefined {
  const own = new Set<Element>(row.controls);
  const others = fields.flatMap((f) => [f.element, ...('options' in f ? f.options.map((o) => o.element) : [])]).filter((e) => !own.has(e));
  const first = row.controls[0];
  for (let group = first ? renderedParent(first) : null; group; group = renderedParent(group)) {
    if (!row.controls.every((c) => containsDeep(group!, c))) continue;
    if (others.some((o) => containsDeep(group!, o))) return undefined;
    const buttons = findButtons(group).filter((b) => hasStem(buttonText(b), REMOVE_ROW_WORDS) && !hasStem(buttonText(b), ADD_ROW_WORDS));
    // The row's own control is found in a smaller group first; one for several rows is never it.
    if (buttons.length > 0) return buttons.length === 1 && !hasStem(buttonText(buttons[0]!), REMOVE_MORE_WORDS) ? buttons[0] : undefined;
  }
  return undefined;
}

/**
 * On "Toch overschrijven": press the remove control of each DGA row left from another employer
 * and read back that one row fewer holds that name. Rows without such a control stay reported
 * as conflicts ("verwijder deze zelf"), so the fill is not complete.
 */
export async function removeExtraRows(doc: Document, values: FillValues, options: FillOptions, rowWait: number, reports: Map<string, FieldReport>): Promise<void> {
  const extrasNow = () => {
    const fields = collectFields(doc);
    return { fields, extras: planFill(fields, values, options).extraDgaRows };
  };
  const holding = (extras: ExtraDgaRow[], holds: string) => extras.filter((r) => r.holds === holds).length;
  const removed: string[] = [];
  const pressed = new Set<HTMLElement>();
  for (let i = 0; i < MAX_ROW_REMOVALS; i++) {
    const { fields, extras } = extrasNow();
    const next = extras.map((row) => ({ row, button: findRemoveButton(row, fields) })).find((t) => t.button && !pressed.has(t.button));
    if (!next?.button) break;
    pressed.add(next.button);
    const before = holding(extras, next.row.holds);
    press(next.button);
    if (await waitFor(doc, () => holding(extrasNow().extras, next.row.holds) < before, rowWait)) removed.push(next.row.holds);
  }
  if (pressed.size === 0) return;
  for (const [key, r] of reports) if (r.detail?.startsWith(EXTRA_ROW)) reports.delete(key);
  const left = planFill(collectFields(doc), values, options).entries.filter((e) => e.report.detail?.startsWith(EXTRA_ROW));
  for (const e of left) reports.set(keyOf(e.report), e.report);
  removed.forEach((holds, k) => {
    const index = values.dgas.length + left.length + k;
    reports.set(`dgaNaam#${index}`, { field: 'dgaNaam', index, status: 'filled', detail: REMOVED_ROW + holds });
  });
}

const MAX_ROW_REMOVALS = 20;

/**
 * Remove the empty DGA rows no DGA takes (a starting row, a row added once too often) through
 * each row's own remove control: an empty required row can block sending, and is no answer.
 * Only empty rows: nothing a person typed is removed here.
 */
export async function removeEmptyRows(doc: Document, values: FillValues, options: FillOptions, rowWait: number): Promise<void> {
  const now = () => {
    const fields = collectFields(doc);
    return { fields, empty: planFill(fields, values, options).emptyDgaRows };
  };
  const pressed = new Set<HTMLElement>();
  for (let i = 0; i < MAX_ROW_REMOVALS; i++) {
    const { fields, empty } = now();
    const button = empty.map((row) => findRemoveButton(row, fields)).find((b) => b && !pressed.has(b));
    if (!button) return;
    pressed.add(button);
    press(button);
    await waitFor(doc, () => now().empty.length < empty.length, rowWait);
  }
}

/** Said of a DGA whose row was filled but is no longer on the form while other DGA rows are. */
export const ROW_GONE = 'rij staat niet meer op het formulier';

/**
 * The DGA rows read back as a whole before the report may say "Klaar": every DGA of the
 * registration in a row that holds it (count and contents), and no empty row left over. A row
 * reported filled that the form no longer holds becomes "niet overgenomen"; an empty row that
 * could not be removed is reported, so the fill is not complete.
 */
export function checkDgaRows(doc: Document, values: FillValues, options: FillOptions, reports: Map<string, FieldReport>): void {
  if (!values.dgas.length || effectiveHasDga(values) !== true) return;
  const plan = planFill(collectFields(doc), values, options);
  for (const { report: now } of plan.entries) {
    if (now.index === undefined || now.index >= values.dgas.length || now.field === 'hasDga') continue;
    const key = keyOf(now);
    const mine = reports.get(key);
    if (mine?.status !== 'filled' || now.status === 'filled') continue;
    // With no DGA row left at all the form moved on (a step): the earlier read stands.
    if (now.status === 'not-found' && plan.dgaRowCount === 0) continue;
    reports.set(key, { ...mine, status: 'not-taken', detail: now.status === 'not-found' ? ROW_GONE : NOT_TAKEN });
  }
  const first = values.dgas.length + plan.extraDgaRows.length;
  plan.emptyDgaRows.forEach((_, k) => {
    const index = first + k;
    reports.set(`dgaNaam#${index}`, { field: 'dgaNaam', index, status: 'conflict', detail: EMPTY_ROW });
  });
}
