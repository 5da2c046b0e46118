// Pairs the markup states outright, in order of how explicit it is: table rows (th→td,
// role=rowheader→cell), column-header tables, dt/dd, <label> + control, aria-labelledby /
// aria-label.

import { roleOf } from '../dom/controls';
import { cleanLabel } from '../text/normalize';
import { isLabel, mentionsBsn, type LabelField } from './labels';
import { MAX_ROWS_PER_GROUP, cellsOf, isColumnHeaderRow, isHeaderCell, isRowHeaderCell, tableOf } from './rows';
import type { Reader } from './reader';
import { textOf } from './values';

/** Work cap: Loket.nl overviews can hold thousands of rows; label/value tables never do (rows.ts). */
const MAX_COLUMN_ROWS = 2 * MAX_ROWS_PER_GROUP;

/** aria-labelledby on these labels a region, not a value. */
const CONTAINER_ROLES = new Set(['region', 'dialog', 'tabpanel', 'grid', 'table', 'list', 'navigation', 'form', 'main', 'tablist', 'tree', 'treegrid', 'menu', 'rowgroup', 'row']);
const CONTAINER_TAGS = new Set(['SECTION', 'FORM', 'FIELDSET', 'DIALOG', 'NAV', 'TABLE', 'UL', 'OL', 'MAIN', 'ARTICLE', 'ASIDE', 'BODY', 'HTML', 'DL', 'TBODY', 'THEAD', 'TR']);

/** th → td and rowheader → cell within one row. */
export function readRows(r: Reader): void {
  for (const row of r.scan.rows) {
    if (row.parentElement?.tagName.toUpperCase() === 'THEAD') continue;
    const cells = cellsOf(row);
    for (let i = 0; i + 1 < cells.length; i++) {
      const head = cells[i]!;
      const next = cells[i + 1]!;
      if (isRowHeaderCell(head) && !isHeaderCell(next)) {
        r.add(textOf(head), next, head, 'row');
        i++;
      }
    }
  }
}

/**
 * Fields read from table columns: an employer's administrations (one row each, with its
 * loonheffingennummer and pay period). Other columns (an overview's Naam, Personeelsnummer,
 * BSN) describe many people, never this page's subject, so those tables cost nothing.
 */
const COLUMN_FIELDS: readonly LabelField[] = ['loonheffingennummer', 'verloning', 'administratie', 'administratieColumn'];

/** A column header's label when it names a field read from columns (never a BSN's), else null. */
function columnLabel(header: Element): string | null {
  const text = cleanLabel(textOf(header));
  return COLUMN_FIELDS.some((field) => isLabel(field, text)) && !mentionsBsn(text) ? text : null;
}

/** Tables with a header row: each body row gives header → cell, for COLUMN_FIELDS only. */
export function readColumns(r: Reader): void {
  const rowsByTable = new Map<Element, Element[]>();
  for (const row of r.scan.rows) {
    const table = tableOf(row);
    if (!table) continue;
    const list = rowsByTable.get(table) ?? [];
    if (list.length <= MAX_COLUMN_ROWS + 2) list.push(row);
    rowsByTable.set(table, list);
  }
  for (const table of r.scan.tables) {
    const rows = rowsByTable.get(table);
    if (!rows) continue;
    const headerIndex = rows.findIndex(isColumnHeaderRow);
    if (headerIndex < 0) continue;
    const headers = cellsOf(rows[headerIndex]!);
    const known = headers.map(columnLabel);
    if (!known.some((k) => k !== null)) continue;
    for (const h of headers) r.used.add(h);
    for (const row of rows.slice(headerIndex + 1, headerIndex + 1 + MAX_COLUMN_ROWS)) {
      const cells = cellsOf(row);
      cells.forEach((cell, i) => {
        const label = known[i];
        if (label) r.add(label, cell, headers[i]!, 'column');
      });
    }
  }
}

export function readDefinitionLists(r: Reader): void {
  for (const dt of r.scan.dts) {
    const label = textOf(dt);
    for (let sib = dt.nextElementSibling; sib && sib.tagName.toUpperCase() !== 'DT'; sib = sib.nextElementSibling) {
      if (sib.tagName.toUpperCase() === 'DD') r.add(label, sib, dt, 'dl');
    }
    r.used.add(dt);
  }
}

export function readLabels(r: Reader): void {
  for (const label of r.scan.labels) {
    const forId = label.getAttribute('for');
    const control = forId ? r.byId(forId) : label.querySelector('input, select, textarea');
    if (!control) continue;
    r.add(textOf(label), control, label, 'label');
  }
}

export function readAria(r: Reader): void {
  for (const el of r.scan.aria) {
    if (CONTAINER_TAGS.has(el.tagName.toUpperCase()) || CONTAINER_ROLES.has(roleOf(el))) continue;
    const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    let label = '';
    let labelEl: Element | null = null;
    if (ids.length) {
      const parts: string[] = [];
      for (const id of ids) {
        const target = r.byId(id);
        if (!target || target === el) continue;
        labelEl ??= target;
        parts.push(textOf(target));
      }
      label = parts.join(' ');
    }
    if (!label) label = el.getAttribute('aria-label') ?? '';
    r.add(label, el, labelEl, 'aria');
  }
}
