// Loket.nl user ("Gebruiker AK") details: name, type, status, employers reached, the six rights.

import { checkedState as checkedOf, roleOf } from '../../dom/controls';
import { HEADING_SELECTOR } from '../../dom/text';
import { isHiddenByMarkup } from '../../dom/visibility';
import { yesNo } from '../../text/meaning';
import { compact, containsNineDigitRun } from '../../text/normalize';
import {
  grantWording,
  headingKind,
  isLabel,
  isRightLike,
  isRightsListHeading,
  mentionsBsn,
  parseActive,
  parseUserType,
  teamHeading,
  userKindBadge,
  TEAM_HEADINGS,
} from '../labels';
import { findPairs, findValue, type Pair } from '../pairs';
import { scanPage, type PageScan } from '../page-scan';
import { textOf } from '../values';
import { cellsOf, isHeaderCell } from '../rows';
import { composedName, named, single } from './shared';
import { REQUIRED_RIGHTS, type RightName, type RightState, type RightsCapture, type TeamCapture } from '../types';


/** Exact wording (case and spacing aside): "… loonoutput" ≠ "… loonoutput beperkt". */
const RIGHT_BY_KEY = new Map<string, RightName>(REQUIRED_RIGHTS.map((r) => [compact(r), r]));

/** Several of the six rights shown WITH a state: evidence of a rights list without a heading. */
const MIN_RIGHTS_WITH_STATE = 2;
/** Right-like rows looked at to learn whether a list shows states: a list shows them on every row. */
const MAX_STATE_PROBES = 20;

const ROW_SELECTOR = 'tr, [role="row"], li, [role="listitem"], [role="option"]';
const CHECK_SELECTOR = 'input[type="checkbox"], input[type="radio"], [role="checkbox"], [role="switch"], [role="radio"]';
const MAX_EMPLOYERS = 500;


export interface Occurrence {
  right: RightName;
  el: Element;
}

/** Finds every right-like text and aria-label; returns the six rights' occurrences and all right-like elements. */
export function findRightElements(page: PageScan): { occurrences: Occurrence[]; rightLike: Element[] } {
  const occurrences: Occurrence[] = [];
  const rightLike: Element[] = [];
  for (const node of page.texts) {
    const el = node.parentElement;
    if (!el) continue;
    const text = node.data;
    if (text.length > 80) continue;
    const right = RIGHT_BY_KEY.get(compact(text));
    if (right || isRightLike(text)) rightLike.push(el);
    if (right) occurrences.push({ right, el });
  }
  for (const el of page.aria) {
    const text = el.getAttribute('aria-label') ?? '';
    const right = RIGHT_BY_KEY.get(compact(text));
    if (right || isRightLike(text)) rightLike.push(el);
    if (right) occurrences.push({ right, el });
  }
  return { occurrences, rightLike };
}

/** The row a right's name sits in: table row / list item, else the largest wrapper holding no other right. */
export function rowOf(el: Element, rightLike: readonly Element[], root: ParentNode): Element {
  const row = el.closest(ROW_SELECTOR);
  if (row && !rightLike.some((o) => o !== el && !el.contains(o) && row.contains(o))) return row;
  let best = el;
  for (let cur = el.parentElement, depth = 0; cur && depth < 3; cur = cur.parentElement, depth++) {
    if ((cur as Node) === (root as Node)) break;
    if (rightLike.some((o) => o !== el && !el.contains(o) && !o.contains(el) && cur!.contains(o))) break;
    if (cur.querySelectorAll(CHECK_SELECTOR).length > 1) break;
    best = cur;
  }
  return best;
}

/** Explicit granted/not-granted indicator beside a right's element; undefined when the right is merely listed. */
function explicitState(el: Element, rightLike: readonly Element[], root: ParentNode, labelledBy: Map<string, Element>): boolean | undefined {
  const own = checkedOf(el);
  if (own !== undefined) return own;
  const label = el.closest('label');
  if (label) {
    const forId = label.getAttribute('for');
    const control = forId ? (label.ownerDocument?.getElementById(forId) ?? null) : label.querySelector(CHECK_SELECTOR);
    const state = control ? checkedOf(control) : undefined;
    if (state !== undefined) return state;
  }
  for (let cur: Element | null = el, i = 0; cur && i < 2; cur = cur.parentElement, i++) {
    const target = cur.id ? labelledBy.get(cur.id) : undefined;
    const state = target ? checkedOf(target) : undefined;
    if (state !== undefined) return state;
  }
  const row = rowOf(el, rightLike, root);
  if (row === el && !el.firstElementChild) return undefined;
  const controls = Array.from(row.querySelectorAll(CHECK_SELECTOR)).filter((c) => !isHiddenByMarkup(c, root));
  const boxes = controls.filter((c) => (c.getAttribute('type') ?? c.getAttribute('role') ?? '').toLowerCase() !== 'radio');
  if (boxes.length === 1) return checkedOf(boxes[0]!);
  const radios = controls.filter((c) => !boxes.includes(c));
  const checkedRadio = radios.find((c) => checkedOf(c) === true);
  if (checkedRadio) {
    const text = textOf(checkedRadio.closest('label') ?? checkedRadio.parentElement ?? checkedRadio);
    return yesNo(text || (checkedRadio.getAttribute('value') ?? '')) ?? undefined;
  }
  // Text indicators: other cells ("Ja"/"Nee"), or icons carrying an aria-label/title.
  const cells = Array.from(row.children).filter((c) => !c.contains(el));
  for (const cell of cells) {
    const text = textOf(cell);
    const state = yesNo(text) ?? grantWording(text);
    if (state !== null) return state;
  }
  for (const icon of Array.from(row.querySelectorAll('[aria-label], [title]'))) {
    if (icon.contains(el)) continue;
    const text = icon.getAttribute('aria-label') ?? icon.getAttribute('title') ?? '';
    const state = yesNo(text) ?? grantWording(text);
    if (state !== null) return state;
  }
  return undefined;
}

/**
 * The six rights as the page shows them, and whether the page really is a rights list:
 * a rights heading ("Rechten", "Autorisatieset AK"), or several of the six named with a state
 * beside them. Right-like texts alone are no evidence: navigation links start with the same
 * verbs ("Exporteren gegevens", "Raadplegen loonstroken").
 * Per right: an explicit state wins (granted when any occurrence says so); a right listed
 * without a visible state is 'unknown' (its state may be a CSS icon only); a right not listed
 * is not granted when the list shows states, else 'unknown'.
 */
export function readRights(root: ParentNode, page: PageScan = scanPage(root)): { shown: boolean; rights: Record<RightName, RightState> } {
  const { occurrences, rightLike } = findRightElements(page);
  const labelledBy = new Map<string, Element>();
  for (const el of page.aria) {
    if (checkedOf(el) === undefined) continue;
    for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/)) if (id) labelledBy.set(id, el);
  }
  const explicit = new Map<RightName, boolean[]>();
  const listed = new Set<RightName>();
  for (const occ of occurrences) {
    const state = explicitState(occ.el, rightLike, root, labelledBy);
    if (state === undefined) listed.add(occ.right);
    else explicit.set(occ.right, [...(explicit.get(occ.right) ?? []), state]);
  }
  // Does the list show states at all? Other rights ("Raadplegen loonoutput") count too.
  const statesShown =
    explicit.size > 0 ||
    rightLike.slice(0, MAX_STATE_PROBES).some((el) => explicitState(el, rightLike, root, labelledBy) !== undefined);
  const rights = {} as Record<RightName, RightState>;
  for (const right of REQUIRED_RIGHTS) {
    const states = explicit.get(right);
    rights[right] = states ? states.some(Boolean) : listed.has(right) || !statesShown ? 'unknown' : false;
  }
  const shown = explicit.size >= MIN_RIGHTS_WITH_STATE || page.headings.some((h) => isRightsListHeading(textOf(h)));
  return { shown, rights };
}

type ListKind = 'employers' | keyof typeof TEAM_HEADINGS;
function hasHeading(page: PageScan, kind: ListKind): Element | undefined {
  return page.headings.find((h) => (kind === 'employers' ? headingKind(textOf(h), kind) : teamHeading(textOf(h), kind)));
}

const LIST_SELECTOR = 'ul, ol, table, [role="list"], [role="grid"], [role="table"], [role="listbox"]';

function listAfter(heading: Element): Element | null {
  const tag = heading.tagName.toUpperCase();
  if (tag === 'CAPTION') return heading.closest('table');
  if (tag === 'LEGEND') return heading.parentElement?.querySelector(LIST_SELECTOR) ?? null;
  for (let cur: Element | null = heading, depth = 0; cur && depth < 3; cur = cur.parentElement, depth++) {
    for (let sib = cur.nextElementSibling, n = 0; sib && n < 4; sib = sib.nextElementSibling, n++) {
      if (sib.matches(LIST_SELECTOR)) return sib;
      const inner = sib.querySelector(LIST_SELECTOR);
      if (inner) return inner;
      if (sib.matches(HEADING_SELECTOR) || sib.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]')) return null;
    }
  }
  return null;
}

function listItems(list: Element): string[] {
  const out: string[] = [];
  const push = (text: string): void => {
    // A nine-digit number could be a BSN: never pass one on, whatever list it stands in.
    if (text && text.length <= 300 && !containsNineDigitRun(text) && !mentionsBsn(text) && !out.includes(text) && out.length < MAX_EMPLOYERS) out.push(text);
  };
  const tag = list.tagName.toUpperCase();
  const role = roleOf(list);
  if (tag === 'UL' || tag === 'OL' || role === 'list' || role === 'listbox') {
    for (const item of Array.from(list.querySelectorAll('li, [role="listitem"], [role="option"]'))) {
      if (item.parentElement?.closest(LIST_SELECTOR) === list || item.parentElement === list) push(textOf(item));
    }
    return out;
  }
  const rows = Array.from(list.querySelectorAll('tr, [role="row"]')).filter((r) => r.closest('table, [role="grid"], [role="table"]') === list);
  const header = rows[0] && cellsOf(rows[0]).every(isHeaderCell) ? rows[0] : undefined;
  let col = 0;
  if (header) {
    const names = cellsOf(header).map((c) => textOf(c));
    const nameCol = names.findIndex((n) => isLabel('werkgeverContext', n) || isLabel('werkgeverNaamPlain', n));
    if (nameCol >= 0) col = nameCol;
  }
  for (const row of rows) {
    if (row === header) continue;
    const cell = cellsOf(row)[col];
    if (cell) push(textOf(cell));
    if (out.length >= MAX_EMPLOYERS) break;
  }
  return out;
}

/** Employers under a heading like "Werkgevers" / "Toegang tot werkgevers"; null when there is no such heading. */
export function readEmployers(root: ParentNode, page: PageScan = scanPage(root), kind: ListKind = 'employers'): string[] | null {
  const h = hasHeading(page, kind);
  if (!h) return null;
  const list = listAfter(h);
  return list ? listItems(list) : [];
}

function findUserName(pairs: readonly Pair[]): string | undefined {
  return findValue(pairs, 'userName', named) ?? composedName(pairs) ?? findValue(pairs, 'userLogin', named);
}

function findUserType(page: PageScan, pairs: readonly Pair[]): 'standard' | 'webservice' | null {
  for (const p of findPairs(pairs, 'userType', single)) {
    const t = parseUserType(p.value);
    if (t) return t;
  }
  // A radio group whose options are the two wordings: the checked option is the type.
  for (const p of pairs) {
    if (p.checked !== true) continue;
    const t = parseUserType(p.label);
    if (t) return t;
  }
  // A badge with only the wording: usable when exactly one of the two kinds is shown.
  const seen = new Set<'standard' | 'webservice'>();
  for (const node of page.texts) {
    const kind = node.data.length <= 40 ? userKindBadge(node.data) : null;
    if (kind) seen.add(kind);
  }
  return seen.size === 1 ? [...seen][0]! : null;
}

function findActive(pairs: readonly Pair[]): boolean | null {
  for (const p of findPairs(pairs, 'status', single)) {
    const a = parseActive(p.value);
    if (a !== null) return a;
  }
  for (const p of pairs) {
    if (!single(p)) continue;
    const yes = p.checked ?? yesNo(p.value);
    if (yes === null) continue;
    if (isLabel('blocked', p.label)) return !yes;
    if (isLabel('active', p.label)) return yes;
  }
  return null;
}

/**
 * null unless the page is one user's rights: it needs the user's name and evidence of a rights
 * list (see readRights). Without one, RightsCapture.rights would say "all missing", which is
 * false information, so such a page (a user's "Gegevens" tab, a company page whose menu links
 * start with "Raadplegen …") yields no rights capture.
 */
export function read(root: ParentNode, page: PageScan = scanPage(root)): RightsCapture | TeamCapture | null {
  const { shown, rights } = readRights(root, page);
  if (!shown) return null;
  const pairs = page.pairs;
  const employers = readEmployers(root, page);
  const userName = findUserName(pairs);
  // A team's page: its name label, or a team heading. "Team Koppelingen" names the team, and a
  // "Naam" beside it must say the same (else it is a user's page with a section on their team);
  // a heading with no name of its own ("Teamgegevens") takes the "Naam". A bare "Team" is no
  // evidence: a user's page may head its one team so.
  const heading = hasHeading(page, 'team');
  const headed = heading ? textOf(heading).replace(/^\S+\s*/, '') : '';
  const teamName =
    findValue(pairs, 'teamName', named) ??
    (heading && (headed ? (!userName || compact(userName) === compact(headed) ? headed : '') : compact(textOf(heading)) !== 'team' && userName));
  if (teamName) return { kind: 'team', teamName, members: readEmployers(root, page, 'members'), employers, rights };
  if (!userName) return null;
  return {
    kind: 'rights',
    userName,
    userType: findUserType(page, pairs),
    active: findActive(pairs),
    employers,
    rights,
    // Left out when the page shows no teams, as in captures from before teams were read.
    teams: readEmployers(root, page, 'teams') || undefined,
  };
}
