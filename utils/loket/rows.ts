// Which rows of a table the page walks enter (the reader's scan in reader.ts and the first stage
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
//   (a right, a Werkgever ID or Personeelsnummer label: a long rights list stays whole) or, for
//   the reader, values read from columns (an employer's administrations, see markup-pairs.ts).
// The rows' text is taken by one native call per row (textContent) instead of walking the rows.

import { roleOf } from '../dom/controls';

/** Collections this large are overviews (employees, payslips): their rows never hold a capture's pairs. */
export const BIG_COLLECTION = 50;
/** Rows of one row group a walk enters at most (the rest of a 5,000-row overview is never visited). */
export const MAX_ROWS_PER_GROUP = 100;
/** Rows of an overview group that are entered: a header row kept in the group, and the first data row. */
export const KEPT_ROWS = 2;

export type RowStep = 'enter' | 'skip-siblings';

/** Whether the rows a walk would leave out can matter, given their text. */
export type GroupMatters = (rowsText: string) => boolean;

/**
 * More than BIG_COLLECTION child elements, counted only that far: Blink's childElementCount
 * walks every child, which on a 5,000-row tbody, once per mutation record, was the
 * extension's largest cost on a busy page (observe.ts).
 */
export function hasManyChildren(el: Element): boolean {
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (++n > BIG_COLLECTION) return true;
  return false;
}

/** The cells of a table or grid row (th/td, ARIA cells and headers). */
export function cellsOf(row: Element): Element[] {
  const cells: Element[] = [];
  for (const c of Array.from(row.children)) {
    const tag = c.tagName.toUpperCase();
    const role = roleOf(c);
    if (tag === 'TH' || tag === 'TD' || role === 'rowheader' || role === 'columnheader' || role === 'cell' || role === 'gridcell') cells.push(c);
  }
  return cells;
}

/** A header cell: th (unless its role says cell), rowheader, columnheader. */
export function isHeaderCell(c: Element): boolean {
  const role = roleOf(c);
  if (role === 'rowheader' || role === 'columnheader') return true;
  if (role === 'cell' || role === 'gridcell') return false;
  return c.tagName.toUpperCase() === 'TH';
}

export function isRowHeaderCell(c: Element): boolean {
  const role = roleOf(c);
  if (role === 'rowheader') return true;
  if (role) return false;
  return c.tagName.toUpperCase() === 'TH' && (c.getAttribute('scope') ?? 'row').toLowerCase() !== 'col';
}

/**
 * A row of column headers: th cells of a thead, role=columnheader, or a row of header cells only
 * (Loket Classic's tables have no thead and no scope): such a row pairs no label with a value,
 * so it can only head columns. One cell saying scope=row or role=rowheader says otherwise.
 */
export function isColumnHeaderRow(row: Element): boolean {
  const cells = cellsOf(row);
  const inHead = row.parentElement?.tagName.toUpperCase() === 'THEAD';
  return cells.length > 1 && (inHead || cells.every((c) => isHeaderCell(c) && roleOf(c) !== 'rowheader' && c.getAttribute('scope') !== 'row'));
}

/** The table or grid a row belongs to. */
export function tableOf(row: Element): Element | null {
  return row.parentElement?.closest('table, [role="grid"], [role="table"], [role="treegrid"]') ?? null;
}

/**
 * The text of `row` and its next siblings, `count` rows in all, a line per cell (child): one
 * native textContent call per cell instead of a walk over each row's nodes. Cells stay apart, so
 * "Verkoper" + "Service" never reads as "…perS…" (the stem of "Pers. nr"). A row whose whole
 * text `cannotMatter` rules out is left out after one read: only the few rows where cells run
 * together into wording are read cell by cell (on an employee overview, 98 rows' cells were
 * the first stage's largest cost, issue 26).
 */
function textFrom(row: Element, count: number, cannotMatter?: (text: string) => boolean): string {
  let text = '';
  for (let cur: Element | null = row, i = 0; cur && i < count; cur = cur.nextElementSibling, i++) {
    if (cannotMatter?.(cur.textContent ?? '')) continue;
    const cells = cur.children;
    for (const cell of cells.length ? Array.from(cells) : [cur]) text += `${cell.textContent}\n`;
  }
  return text;
}

/**
 * One walk's row decisions: call it for every row (in walk order); 'skip-siblings' means the
 * walk leaves the rest of the row's group.
 */
export function rowLimiter(groupMatters: GroupMatters, groupCannotMatter?: (groupText: string) => boolean): (row: Element) => RowStep {
  const seen = new Map<Node | null, number>();
  return (row) => {
    const group = row.parentNode;
    const n = (seen.get(group) ?? 0) + 1;
    seen.set(group, n);
    if (n > MAX_ROWS_PER_GROUP) return 'skip-siblings';
    if (n !== KEPT_ROWS + 1 || !hasManyChildren(group as Element)) return 'enter';
    // First the whole group's text in one native call: when even that (more rows, cells run
    // together) cannot matter, neither can the rows below, and ~100 rows' cells are not read one
    // by one (the first stage's cost on every overview page, issue 26).
    if (groupCannotMatter?.(group!.textContent ?? '')) return 'skip-siblings';
    // The rows this walk would otherwise enter (up to MAX_ROWS_PER_GROUP): do they say anything?
    return groupMatters(textFrom(row, MAX_ROWS_PER_GROUP - KEPT_ROWS, groupCannotMatter)) ? 'enter' : 'skip-siblings';
  };
}
