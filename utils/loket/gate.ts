// First stage of the Loket.nl content script: decides, without reading, whether a page or a
// change to it can hold anything the reader (capture.ts) would capture. Most Loket.nl pages
// (overviews, journals, reports, settings) hold none of it; on those the reader never runs.
//
// Why a word test is enough: every capture needs wording on the page. A company capture needs
// a "Werkgever ID" label, an employee capture a "Personeelsnummer" label, a rights capture a
// right ("Raadplegen …", "Beheren …", …) or a rights/authorisation heading (see pages/*.ts).
// Labels are text nodes (th, dt, label, a span beside the value, an aria-labelledby target) or
// aria-label attributes, so a page whose text nodes and aria-labels show none of the stems
// below yields no capture. The stems are loose on purpose: a false "maybe" costs one read,
// a false "no" would lose a capture (tests/unit/loket/gate.test.ts runs every Loket.nl page
// variant through both the gate and the reader to keep them in step).
//
// The walk skips what the reader's scan skips (markup-hidden parts, script/style/template, and
// the rows of a row group beyond the first MAX_ROWS_PER_GROUP) and stops at the first hit.

/** Stems of the wording a capture needs, matched case-insensitively anywhere in a text. */
export const CAPTURE_WORDING =
  /werk\s*-?\s*gever|personeel|pers\W{0,3}nr|recht|autoris|(?:^|[^\p{L}])(?:raadplegen|beheren|wijzigen|muteren|invoeren|inzien|aanmaken|verwijderen|accorderen|fiatteren|exporteren|importeren|versturen|bewerken|aanleveren|downloaden)(?:[^\p{L}]|$)/iu;

/** The reader's scan enters this many rows of one row group (pairs.ts MAX_ROWS_PER_TABLE). */
const MAX_ROWS_PER_GROUP = 100;
const HIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const DISPLAY_NONE = /display\s*:\s*none/i;

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
  return !!text && CAPTURE_WORDING.test(text);
}

function hiddenByMarkup(el: Element, tag: string): boolean {
  return HIDDEN_TAGS.has(tag) || el.hasAttribute('hidden') || DISPLAY_NONE.test(el.getAttribute('style') ?? '');
}

/**
 * Whether the page under `root` can hold a capture: one walk over its visible markup that
 * stops at the first text node or aria-label carrying capture wording.
 */
export function pageMayHoldCapture(root: Document | Element, work?: GateWork): boolean {
  const start: Node | null = 'body' in root ? (root.body ?? root.documentElement) : root;
  if (!start) return false;
  if (work) work.walks++;
  const rowsPerGroup = new Map<Node | null, number>();
  let visited = 0;
  let found = false;
  let node: Node | null = start.firstChild;
  while (node) {
    visited++;
    let descend = true;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (hiddenByMarkup(el, tag)) {
        descend = false;
      } else if (tag === 'TR' || el.getAttribute('role') === 'row') {
        const n = (rowsPerGroup.get(el.parentNode) ?? 0) + 1;
        rowsPerGroup.set(el.parentNode, n);
        if (n > MAX_ROWS_PER_GROUP) {
          // The rest of this row group is an overview the reader does not enter either.
          node = el.parentNode && el.parentNode !== start ? el.parentNode : el;
          descend = false;
        }
      }
      if (descend && hasCaptureWording(el.getAttribute('aria-label'))) found = true;
    } else if (node.nodeType === 3 && hasCaptureWording((node as Text).data)) {
      found = true;
    }
    if (found) break;
    let next: Node | null = descend ? node.firstChild : null;
    for (let cur: Node | null = node; !next && cur && cur !== start; cur = cur.parentNode) next = cur.nextSibling;
    node = next;
  }
  if (work) work.nodes += visited;
  return found;
}

/** Added or revealed markup: its text and aria-labels, tested by native calls (no walk from script). */
export function subtreeMayHoldCapture(node: Node): boolean {
  if (node.nodeType === 3) return hasCaptureWording((node as Text).data);
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (hasCaptureWording(el.textContent) || hasCaptureWording(el.getAttribute('aria-label'))) return true;
  for (const labelled of Array.from(el.querySelectorAll('[aria-label]'))) {
    if (hasCaptureWording(labelled.getAttribute('aria-label'))) return true;
  }
  return false;
}
