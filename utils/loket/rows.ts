// Which rows of a table the page walks enter (the reader's scan in pairs.ts and the first stage
// in gate.ts use the same rule, so the first stage never misses what the reader would read).
//
// Why: Loket.nl overviews (employees, journals, payslips) are tables of hundreds or thousands of
// rows. Entering each row costs the page: on the benchmark's heavy page, the first 100 rows of
// its employee overview were half of the extension's cost. Such rows never hold a label → value
// pair the reader needs: observe.ts already ignores every change inside a collection of more
// than BIG_COLLECTION children for the same reason.
//
// The rule, per row group (tbody, role=rowgroup, or the table itself):
// - never more than MAX_ROWS_PER_GROUP rows;
// - a group of more than BIG_COLLECTION rows is an overview, entered only for its first
//   KEPT_ROWS rows (a header row kept in the group and the first data row), unless the rows it
//   would leave out (up to MAX_ROWS_PER_GROUP) can matter: their text carries capture wording
//   (a right, a Werkgever ID or Personeelsnummer label: a long rights list stays whole) or the
//   table's header names a field read from columns (an employer's administrations).
// The rows' text is taken by one native call per row (textContent) instead of walking the rows.

import { roleOf } from '../dom/controls';

/** Collections this large are overviews (employees, payslips): their rows never hold a capture's pairs. */
export const BIG_COLLECTION = 50;
/** Rows of one row group a walk enters at most (the rest of a 5,000-row overview is never visited). */
export const MAX_ROWS_PER_GROUP = 100;
/** Rows of an overview group that are entered: a header row kept in the group, and the first data row. */
export const KEPT_ROWS = 2;

export type RowStep = 'enter' | 'skip-siblings';

/** Whether the rows a walk would leave out can matter: given their table and their text. */
export type GroupMatters = (table: Element | null, rowsText: string) => boolean;

/** A table row: <tr> or role=row. */
export const isRow = (el: Element, tag = el.tagName.toUpperCase(), role = roleOf(el)): boolean => tag === 'TR' || role === 'row';

/** The table or grid a row belongs to. */
export function tableOf(row: Element): Element | null {
  return row.parentElement?.closest('table, [role="grid"], [role="table"], [role="treegrid"]') ?? null;
}

/**
 * The text of `row` and its next siblings, `count` elements in all: one native textContent
 * call per row instead of a walk over each row's cells and texts.
 */
function textFrom(row: Element, count: number): string {
  const texts: string[] = [];
  for (let cur: Element | null = row; cur && texts.length < count; cur = cur.nextElementSibling) texts.push(cur.textContent ?? '');
  return texts.join('\n');
}

/**
 * One walk's row decisions: call it for every row (in walk order); 'skip-siblings' means the
 * walk leaves the rest of the row's group. `work.groupsLeft` counts overview groups left early.
 */
export function rowLimiter(groupMatters: GroupMatters, work?: { groupsLeft: number }): (row: Element) => RowStep {
  const seen = new Map<Node | null, number>();
  return (row) => {
    const group = row.parentNode;
    const n = (seen.get(group) ?? 0) + 1;
    seen.set(group, n);
    if (n > MAX_ROWS_PER_GROUP) return 'skip-siblings';
    if (n !== KEPT_ROWS + 1 || !group || ((group as Element).childElementCount ?? 0) <= BIG_COLLECTION) return 'enter';
    // The rows this walk would otherwise enter (up to MAX_ROWS_PER_GROUP): do they say anything?
    if (groupMatters(tableOf(row), textFrom(row, MAX_ROWS_PER_GROUP - KEPT_ROWS))) return 'enter';
    if (work) work.groupsLeft++;
    return 'skip-siblings';
  };
}
