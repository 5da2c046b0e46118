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
import { ASCII_WITH_SPACES, fold, ZERO_WIDTH } from '../text/normalize';
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

/**
 * Whether the character at `at` of folded text is a letter: a-z (folding left no other ASCII
 * letter), or any character with a case. A letter without case (CJK, Arabic) counts as a word
 * boundary, a false "maybe" at worst.
 */
function letterAt(folded: string, at: number): boolean {
  const code = folded.charCodeAt(at);
  if (!(code >= 128)) return code >= 97 && code <= 122; // NaN (before the start, past the end) is no letter
  const char = folded[at]!;
  return char.toLowerCase() !== char.toUpperCase();
}

/** `word` in folded text with no letter on either side. */
function hasWholeWord(folded: string, word: string): boolean {
  for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
    if (!letterAt(folded, at - 1) && !letterAt(folded, at + word.length)) return true;
  }
  return false;
}

/** Characters the reader's words() drops (zero-width) or reads as a break (soft hyphen) inside a label. */
const HIDDEN_IN_WORDS = /[\u00ad\u200b-\u200d\ufeff]/;

/**
 * The text as the gate searches it: folded as the reader folds it (utils/text/normalize.ts
 * fold(): lower case, no diacritics, "ſ" as "s"), zero-width characters dropped as the reader's
 * words() drops them, and a soft hyphen both dropped ("Personeels­nummer", which the reader's
 * compact comparison reads whole) and read as a break ("Raadplegen­loon", whose first word the
 * reader reads as a right): either form may hold what the reader finds.
 */
function searchForms(text: string): string[] {
  const folded = fold(text);
  if (!HIDDEN_IN_WORDS.test(folded)) return [folded];
  const joined = folded.replace(ZERO_WIDTH, '');
  return joined.includes('\u00ad') ? [joined.replaceAll('\u00ad', ''), joined.replaceAll('\u00ad', ' ')] : [joined];
}

/**
 * Why string search and not one case-insensitive expression over both lists: this runs on every
 * Loket.nl page load, and compiling that expression cost V8 about a millisecond per page, its
 * Unicode twin as much again (a fresh isolated world keeps no compiled expression).
 * tests/unit/loket/gate.test.ts holds that no such expression runs.
 */
const formHasCaptureWording = (form: string): boolean =>
  LOOSE_WORDS.some((word) => form.includes(word)) || WHOLE_WORDS.some((word) => hasWholeWord(form, word));

const formHeadsDgaColumn = (form: string): boolean => form.includes('grootaandeelhouder') || hasWholeWord(form, 'dga');

/**
 * Every word of either list anywhere, whole words too: matches a superset of what
 * hasCaptureWording matches in any part of a text, so where it finds nothing in text whose cells
 * run together ("RaadplegenJa"), hasCaptureWording finds nothing in any one cell either. Only
 * for ASCII text (and the spaces pages use): folding the whole text of a large row group with
 * one "Müller" in it cost more than the row reads it saves, so other text is never ruled out here.
 */
const surelyNoCaptureWording = (text: string): boolean => {
  if (!ASCII_WITH_SPACES.test(text)) return false;
  // As fold() and searchForms() would leave it, for text of these characters.
  const lower = text.toLowerCase().replace(ZERO_WIDTH, '');
  return !LOOSE_WORDS.some((word) => lower.includes(word)) && !WHOLE_WORDS.some((word) => lower.includes(word));
};

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
  return !!text && searchForms(text).some(formHasCaptureWording);
}

/**
 * Whether a column header may head an employee list's DGA column (issue 23: an employee list's
 * DGAs, pages/employee-list.ts): the one column-header wording that is evidence. The DGA labels'
 * words, derived from labels.ts again by tests/unit/loket/gate.test.ts; "dga" as a whole word only.
 */
export function headsDgaColumn(text: string | null): boolean {
  return !!text && searchForms(text).some(formHeadsDgaColumn);
}

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
  // The added text folded once for both tests: it may be a large part of the page.
  const forms = searchForms(el.textContent ?? '');
  if (forms.some((form) => formHasCaptureWording(form) || formHeadsDgaColumn(form)) || hasCaptureWording(el.getAttribute('aria-label'))) return true;
  for (const labelled of Array.from(el.querySelectorAll('[aria-label]'))) {
    if (hasCaptureWording(labelled.getAttribute('aria-label'))) return true;
  }
  return false;
}
