// Employee overview with a DGA column (issue 23): the employees marked DGA, as DGA candidates of
// the employer the list belongs to. Only three columns are read (name, personeelsnummer, DGA);
// every other column, a BSN column included, is never touched. Header cells are never values.

import { looksLikeLoonheffingennummer, normalizeLoonheffingennummer } from '../../registration/loonheffingennummer';
import { normalizeWerkgeverId, werkgeverIdKind } from '../../registration/werkgever-id';
import { yesNo } from '../../text/meaning';
import { plausibleName } from '../../text/normalize';
import { isKnownLabel, isLabel, mentionsBsn, type LabelField } from '../labels';
import { findValue, type Pair } from '../pairs';
import { cellsOf, isColumnHeaderRow, tableOf } from '../rows';
import { textOf } from '../values';
import { findHeadingName, findWerkgeverId } from './company';
import { named } from './shared';
import type { EmployeeListCapture } from '../types';

/** Work cap: longer lists are paged in Loket.nl; the background accepts at most 50 DGAs. */
const MAX_LIST_ROWS = 2000;

/** Column index of the field in the header cells, or -1. */
const columnOf = (headers: string[], field: LabelField): number => headers.findIndex((h) => isLabel(field, h));

/** A DGA cell: Ja/Nee or a sign in words, else an icon named "DGA"/"Ja" (aria-label, title, alt). */
function markedDga(cell: Element): boolean {
  const said = yesNo(textOf(cell));
  if (said !== null) return said;
  const icon = cell.querySelector('[aria-label], [title], img[alt]');
  const name = icon && (icon.getAttribute('aria-label') || icon.getAttribute('title') || icon.getAttribute('alt') || '');
  return !!name && (isLabel('dga', name) || yesNo(name) === true);
}

/** The employees marked DGA in the first list that has name, personeelsnummer and DGA columns. */
export function findListDgas(root: ParentNode): EmployeeListCapture['dgas'] | null {
  for (const table of Array.from(root.querySelectorAll('table, [role="grid"], [role="table"], [role="treegrid"]'))) {
    // The header row first: an overview without a DGA column (5,000 rows) costs one row's look.
    const head = table.querySelector('tr, [role="row"]');
    if (!head || tableOf(head) !== table || !isColumnHeaderRow(head)) continue;
    const headers = cellsOf(head).map((c) => textOf(c));
    const [naam, nummer, dga] = (['naam', 'personeelsnummer', 'dga'] as const).map((f) => columnOf(headers, f)) as [number, number, number];
    if (naam < 0 || nummer < 0 || dga < 0) continue;
    const dgas: EmployeeListCapture['dgas'] = [];
    for (const row of Array.from(table.querySelectorAll('tr, [role="row"]')).slice(1, MAX_LIST_ROWS)) {
      if (tableOf(row) !== table) continue;
      const cells = cellsOf(row);
      if (isColumnHeaderRow(row) || !cells[dga] || !markedDga(cells[dga]!)) continue;
      const name = textOf(cells[naam]!);
      const personeelsnummer = textOf(cells[nummer]!);
      // A repeated header row, a BSN or a label is never a DGA's name.
      if (!/^\d{1,12}$/.test(personeelsnummer) || !plausibleName(name) || mentionsBsn(name) || isKnownLabel(name) || headers.includes(name)) continue;
      if (dgas.length < 50 && !dgas.some((d) => d.personeelsnummer === personeelsnummer)) dgas.push({ naam: name, personeelsnummer });
    }
    return dgas;
  }
  return null;
}

/** The employer in the page's address: ".../werkgever(s)/20720/..." or "?werkgeverId=…" (a number or a GUID). */
export function werkgeverIdInUrl(url: string): string | undefined {
  const hit = /werkgevers?(?:id)?[/=]([^/?#&]+)/i.exec(url)?.[1];
  // At most eight digits: a nine-digit number could be a BSN, and the background refuses those.
  return hit && werkgeverIdKind(hit) && !/^\d{9,}$/.test(hit) ? normalizeWerkgeverId(hit) : undefined;
}

/** null when the page shows no employee list with a DGA column. */
export function read(root: ParentNode, pairs: readonly Pair[], headings: readonly Element[], url = ''): EmployeeListCapture | null {
  const dgas = findListDgas(root);
  if (!dgas) return null;
  const capture: EmployeeListCapture = { kind: 'employeeList', dgas };
  const werkgeverId = findWerkgeverId(pairs) ?? werkgeverIdInUrl(url);
  if (werkgeverId) capture.werkgeverId = werkgeverId;
  // The administration selector names the employer or one of its numbers: "Bakkerij B.V. (819000127L01)".
  const selected = findValue(pairs, 'administratie', (p) => p.source === 'label' || p.source === 'aria');
  const number = /\d{4}\.?\d{2}\.?\d{3}\.?L\.?\d{2}/i.exec(selected ?? '')?.[0];
  if (number && looksLikeLoonheffingennummer(number)) capture.loonheffingennummer = normalizeLoonheffingennummer(number);
  const naam = findValue(pairs, 'werkgeverContext', named) ?? findHeadingName(headings);
  if (naam) capture.werkgeverNaam = naam;
  return capture;
}
