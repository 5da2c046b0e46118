// First stage of the Loket.nl content script: decides, without reading, whether a page or a
// change to it can hold anything the reader (capture.ts) would capture. Most Loket.nl pages
// (overviews, journals, reports, settings) hold none of it; on those the reader never runs.
//
// Why a word test is enough: every capture needs wording on the page. A company capture needs
// a "Werkgever ID" label, an employee capture a "Personeelsnummer" label, a rights capture a
// right ("Raadplegen …", "Beheren …", …) or a rights-list heading (see pages/*.ts); the words
// are taken from labels.ts, the one table of Loket.nl wording.
// Labels are text nodes (th, dt, label, a span beside the value, an aria-labelledby target) or
// aria-label attributes, so a page whose text nodes and aria-labels show none of the stems
// below yields no capture. The stems are loose on purpose: a false "maybe" loads the reader,
// a false "no" would lose a capture (tests/unit/loket/gate.test.ts runs every Loket.nl page
// variant through both the gate and the reader to keep them in step).
//
// The walk skips what the reader's scan skips (markup-hidden parts, script/style/template, and
// the rows of a row group beyond the first MAX_ROWS_PER_GROUP) and stops at the first hit.

import { roleOf } from '../dom/controls';
import { hiddenByOwnMarkup } from '../dom/visibility';
import { walkTree } from '../dom/walk';
import { ASCII_WITH_SPACES } from '../text/normalize';
import { rowLimiter } from './rows';

/**
 * The wording a capture needs, derived from labels.ts (the one table of Loket.nl wording): the
 * longest word of each Werkgever ID and Personeelsnummer label, the first word of each
 * rights-list heading, matched anywhere in a text (case-insensitively); a right's verb, and a
 * label's longest word shorter than six letters, only as a whole word ("pers" of "Pers. nr"
 * inside any word would open the gate on nearly every Loket.nl page, whose navigation shows
 * "Contactpersonen"); such a label is also matched in its compact form ("Persnr", which the
 * reader's compact label comparison accepts too).
 *
 * Why literals: this runs on every Loket.nl page load (first-stage.ts), and deriving the lists
 * there meant carrying and folding the whole label table first. tests/unit/loket/gate.test.ts
 * derives them from labels.ts again and fails when these copies drift.
 */
export const LOOSE_WORDS = ['werkgever', 'werkgevers', 'werkgeversnummer', 'personeelsnummer', 'personeelsnr', 'rechten', 'autorisaties', 'autorisatieset', 'gebruikersrechten', 'persnr'];
export const WHOLE_WORDS = ['pers', 'raadplegen', 'beheren', 'wijzigen', 'muteren', 'invoeren', 'inzien', 'aanmaken', 'verwijderen', 'accorderen', 'fiatteren', 'exporteren', 'importeren', 'versturen', 'bewerken', 'aanleveren', 'downloaden'];
// Letters only: nothing to escape.
const captureWording = (notLetter: string, flags: string): RegExp =>
  new RegExp(`${LOOSE_WORDS.join('|')}|(?:^|${notLetter})(?:${WHOLE_WORDS.join('|')})(?:${notLetter}|$)`, flags);
const ASCII_WORDING = captureWording('[^A-Za-z]', 'i');
/** Built on the first non-ASCII text only: parsing \p{L} costs V8 about a millisecond (normalize.ts). */
let unicodeWording: RegExp | null = null;
/** The expression for a text (an ASCII one for ASCII text: utils/text/normalize.ts isAscii says why). */
export const CAPTURE_WORDING = (text: string): RegExp => {
  const re = ASCII_WITH_SPACES.test(text) ? ASCII_WORDING : (unicodeWording ??= captureWording('[^\\p{L}]', 'iu'));
  re.lastIndex = 0;
  return re;
};

/**
 * Every word of either list anywhere, whole words too: matches a superset of what
 * CAPTURE_WORDING matches in any part of a text, so where it finds nothing in text whose cells
 * run together ("RaadplegenJa"), CAPTURE_WORDING finds nothing in any one cell either.
 */
const ANY_CAPTURE_WORD = new RegExp([...LOOSE_WORDS, ...WHOLE_WORDS].join('|'), 'i');
/** Case-insensitive for ASCII letters only, hence the ASCII test: other text is never ruled out here. */
const surelyNoCaptureWording = (text: string): boolean => ASCII_WITH_SPACES.test(text) && !ANY_CAPTURE_WORD.test(text);

/** Work counters, for tests and diagnostics: the gate's cost is counted, never timed. */
export interface GateWork {
  /** Nodes the page walk visited. */
  nodes: number;
  /** Page walks made. */
  walks: number;
}

export const newGateWork = (): GateWork => ({ nodes: 0, walks: 0 });

/** Whether a text (a text node's data, an aria-label) carries wording a capture needs. */
export function hasCaptureWording(text: string | null | undefined): boolean {
  return !!text && CAPTURE_WORDING(text).test(text);
}

/**
 * A DGA column's header (issue 23: an employee list's DGAs, pages/employee-list.ts): the one
 * column-header wording that is evidence. The DGA labels' words, derived from labels.ts again by
 * tests/unit/loket/gate.test.ts; "dga" as a whole word only.
 */
export const LIST_WORDING = /(?:^|[^a-z])dga(?:[^a-z]|$)|grootaandeelhouder/i;

/** Whether a column header may head an employee list's DGA column. */
const headsDgaColumn = (text: string | null): boolean => !!text && LIST_WORDING.test(text);

/**
 * Other wording in a column header is no evidence: "Personeelsnummer" there heads a table of
 * employees, which the employee reader never reads (it reads one employee's fields), and the
 * readers take no Werkgever ID or right from a column header either.
 */
function isEvidence(text: string | null, el: Element | null): boolean {
  const header = el?.closest('thead, th, [role="columnheader"]');
  return header ? headsDgaColumn(text) || (hasCaptureWording(text) && !el!.closest('thead, th[scope="col"], [role="columnheader"]')) : hasCaptureWording(text);
}

/**
 * Whether the page under `root` can hold a capture: one walk over its visible markup, the
 * reader's walk (utils/dom walkTree, open shadow roots included), that stops at the first text
 * node or aria-label carrying capture wording.
 */
export function pageMayHoldCapture(root: Document | Element, work?: GateWork): boolean {
  const start: Node | null = 'body' in root ? (root.body ?? root.documentElement) : root;
  if (!start) return false;
  if (work) work.walks++;
  const rowStep = rowLimiter(hasCaptureWording, surelyNoCaptureWording);
  let visited = 0;
  let found = false;
  walkTree(start, (node) => {
    // Once found, every step leaves its siblings: the walk unwinds at once.
    if (found) return 'skip-siblings';
    visited++;
    if (node.nodeType === 3) {
      found = isEvidence((node as Text).data, node.parentElement);
      return 'enter';
    }
    if (node.nodeType !== 1) return 'skip';
    const el = node as Element;
    if (hiddenByOwnMarkup(el)) return 'skip';
    // The rest of this row group is an overview the reader does not enter either.
    if ((el.tagName.toUpperCase() === 'TR' || roleOf(el) === 'row') && rowStep(el) === 'skip-siblings') return 'skip-siblings';
    found = isEvidence(el.getAttribute('aria-label'), el);
    return 'enter';
  });
  if (work) work.nodes += visited;
  return found;
}

/** Added or revealed markup: its text and aria-labels, tested by native calls (no walk from script). */
export function subtreeMayHoldCapture(node: Node): boolean {
  if (node.nodeType === 3) return hasCaptureWording((node as Text).data);
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (hasCaptureWording(el.textContent) || hasCaptureWording(el.getAttribute('aria-label')) || headsDgaColumn(el.textContent)) return true;
  for (const labelled of Array.from(el.querySelectorAll('[aria-label]'))) {
    if (hasCaptureWording(labelled.getAttribute('aria-label'))) return true;
  }
  return false;
}
