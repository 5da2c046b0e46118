// Recognises which kind of Loket.nl page is shown, by its content, and returns one capture.

import { headingKind, type PageKind } from './labels';
import { scanPage, type PageScan } from './page-scan';
import { textOf } from './values';
import type { LoketCapture } from './types';
import { read as readCompany } from './pages/company';
import { read as readEmployee } from './pages/employee';
import { read as readEmployeeList } from './pages/employee-list';
import { read as readRights } from './pages/rights';

type Reader = (root: ParentNode, page: PageScan) => LoketCapture | null;
const READERS: Record<Exclude<PageKind, 'employers'>, Reader> = {
  rights: readRights,
  employee: (root, page) => readEmployee(root, page.pairs),
  company: (root, page) => readCompany(root, page.pairs, page.headings),
};

/**
 * Page kinds the headings / selected tabs point at, most specific first. A page can name
 * several (an employee page shows its employer's tabs), so this only orders the readers.
 */
export function headingKinds(page: PageScan): Array<Exclude<PageKind, 'employers'>> {
  const found = new Set<Exclude<PageKind, 'employers'>>();
  for (const h of page.headings.slice(0, 200)) {
    const text = textOf(h);
    if (!text || text.length > 120) continue;
    for (const kind of ['rights', 'employee', 'company'] as const) if (headingKind(text, kind)) found.add(kind);
  }
  return [...found];
}

/**
 * One capture for the page, or null. Decisions for missing parts:
 * - company page without a Werkgever ID (number or GUID) → null;
 * - employee page without personeelsnummer or name → null (DGA may be unknown: isDga null);
 * - user page without the user's name → null; without a rights list → rightsShown false.
 * When headings name no kind, readers are tried rights → employee → company: the more specific
 * kinds first, because employee and user pages may also show an employer's Werkgever ID.
 * Before them all, an employee list with a DGA column (pages/employee-list.ts): its header row
 * is its own evidence, and the company reader would otherwise take the employer's name from a
 * page whose point is the DGAs listed on it.
 */
export function capturePage(root: Document | Element): LoketCapture | null {
  const scope: ParentNode = 'body' in root && root.body ? root.body : root;
  const page = scanPage(scope);
  const list = readEmployeeList(scope, page.pairs, page.headings, ('URL' in root ? root : root.ownerDocument).URL);
  if (list) return list;
  const order = headingKinds(page);
  for (const kind of ['rights', 'employee', 'company'] as const) if (!order.includes(kind)) order.push(kind);
  for (const kind of order) {
    const capture = READERS[kind](scope, page);
    if (capture) return capture;
  }
  return null;
}

