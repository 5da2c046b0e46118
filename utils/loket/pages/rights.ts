// Loket.nl user ("Gebruiker AK") details: name, type, status, employers reached, the six rights.

import { PAGE_HEADINGS, isLabel, mentionsBsn } from '../labels';
import { findPairs, scanPage, textOf, type PageScan, type Pair } from '../pairs';
import { HEADING_SELECTOR, isHiddenByMarkup } from '../dom';
import { containsNineDigitRun, normalizeLabel, plausibleName } from '../text';
import { REQUIRED_RIGHTS, type RightName, type RightsCapture } from '../types';
import { parseActive, parseUserType, parseYesNo } from '../values';

const single = (p: Pair): boolean => p.source !== 'column';

/** Exact wording after whitespace/case normalisation: "… loonoutput" ≠ "… loonoutput beperkt". */
const RIGHT_BY_KEY = new Map<string, RightName>(REQUIRED_RIGHTS.map((r) => [normalizeLabel(r), r]));

/** Any Loket.nl right ("Raadplegen …", "Beheren …", "Wijzigen …"): marks a rights list and bounds rows. */
const RIGHT_LIKE = /^(raadplegen|beheren|wijzigen|muteren|invoeren|inzien|aanmaken|verwijderen|accorderen|fiatteren|exporteren|importeren|versturen|bewerken|aanleveren|downloaden)\s/;

const ROW_SELECTOR = 'tr, [role="row"], li, [role="listitem"], [role="option"]';
const CHECK_SELECTOR = 'input[type="checkbox"], input[type="radio"], [role="checkbox"], [role="switch"], [role="radio"]';
const MAX_EMPLOYERS = 500;

function checkedOf(el: Element): boolean | undefined {
  if (el.tagName.toUpperCase() === 'INPUT') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    return type === 'checkbox' || type === 'radio' ? (el as HTMLInputElement).checked : undefined;
  }
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  if (role === 'checkbox' || role === 'switch' || role === 'radio') return el.getAttribute('aria-checked') === 'true';
  return undefined;
}

interface Occurrence {
  right: RightName;
  el: Element;
}

/** Finds every right-like text and aria-label; returns the six rights' occurrences and all right-like elements. */
function findRightElements(page: PageScan): { occurrences: Occurrence[]; rightLike: Element[] } {
  const occurrences: Occurrence[] = [];
  const rightLike: Element[] = [];
  for (const node of page.texts) {
    const el = node.parentElement;
    if (!el) continue;
    const lower = normalizeLabel(node.data);
    if (!lower || lower.length > 80) continue;
    const right = RIGHT_BY_KEY.get(lower);
    if (right || RIGHT_LIKE.test(lower)) rightLike.push(el);
    if (right) occurrences.push({ right, el });
  }
  for (const el of page.aria) {
    const lower = normalizeLabel(el.getAttribute('aria-label') ?? '');
    const right = RIGHT_BY_KEY.get(lower);
    if (right || RIGHT_LIKE.test(lower)) rightLike.push(el);
    if (right) occurrences.push({ right, el });
  }
  return { occurrences, rightLike };
}

/** The row a right's name sits in: table row / list item, else the largest wrapper holding no other right. */
function rowOf(el: Element, rightLike: readonly Element[], root: ParentNode): Element {
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

/** Explicit granted/not-granted indicator for one occurrence; undefined when the right is merely listed. */
function explicitState(occ: Occurrence, rightLike: readonly Element[], root: ParentNode, labelledBy: Map<string, Element>): boolean | undefined {
  const own = checkedOf(occ.el);
  if (own !== undefined) return own;
  const label = occ.el.closest('label');
  if (label) {
    const forId = label.getAttribute('for');
    const control = forId ? (label.ownerDocument?.getElementById(forId) ?? null) : label.querySelector(CHECK_SELECTOR);
    const state = control ? checkedOf(control) : undefined;
    if (state !== undefined) return state;
  }
  for (let cur: Element | null = occ.el, i = 0; cur && i < 2; cur = cur.parentElement, i++) {
    const target = cur.id ? labelledBy.get(cur.id) : undefined;
    const state = target ? checkedOf(target) : undefined;
    if (state !== undefined) return state;
  }
  const row = rowOf(occ.el, rightLike, root);
  if (row === occ.el && !occ.el.firstElementChild) return undefined;
  const controls = Array.from(row.querySelectorAll(CHECK_SELECTOR)).filter((c) => !isHiddenByMarkup(c, root));
  const boxes = controls.filter((c) => (c.getAttribute('type') ?? c.getAttribute('role') ?? '').toLowerCase() !== 'radio');
  if (boxes.length === 1) return checkedOf(boxes[0]!);
  const radios = controls.filter((c) => !boxes.includes(c));
  const checkedRadio = radios.find((c) => checkedOf(c) === true);
  if (checkedRadio) {
    const text = textOf(checkedRadio.closest('label') ?? checkedRadio.parentElement ?? checkedRadio);
    return parseYesNo(text || (checkedRadio.getAttribute('value') ?? '')) ?? undefined;
  }
  // Text indicators: other cells ("Ja"/"Nee"), or icons carrying an aria-label/title.
  const cells = Array.from(row.children).filter((c) => !c.contains(occ.el));
  for (const cell of cells) {
    const state = parseYesNo(textOf(cell)) ?? grantWording(textOf(cell));
    if (state !== null) return state;
  }
  for (const icon of Array.from(row.querySelectorAll('[aria-label], [title]'))) {
    if (icon.contains(occ.el)) continue;
    const text = icon.getAttribute('aria-label') ?? icon.getAttribute('title') ?? '';
    const state = parseYesNo(text) ?? grantWording(text);
    if (state !== null) return state;
  }
  return undefined;
}

function grantWording(text: string): boolean | null {
  const v = text.toLowerCase();
  if (/niet toegekend|geen toegang|geweigerd|ingetrokken/.test(v)) return false;
  if (/^(toegekend|toegestaan|verleend)$/.test(v)) return true;
  return null;
}

export function readRights(root: ParentNode, page: PageScan = scanPage(root)): { shown: boolean; rights: Record<RightName, boolean> } {
  const { occurrences, rightLike } = findRightElements(page);
  const labelledBy = new Map<string, Element>();
  for (const el of page.aria) {
    if (checkedOf(el) === undefined) continue;
    for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/)) if (id) labelledBy.set(id, el);
  }
  const explicit = new Map<RightName, boolean[]>();
  const listed = new Set<RightName>();
  for (const occ of occurrences) {
    const state = explicitState(occ, rightLike, root, labelledBy);
    if (state === undefined) listed.add(occ.right);
    else explicit.set(occ.right, [...(explicit.get(occ.right) ?? []), state]);
  }
  const rights = {} as Record<RightName, boolean>;
  for (const right of REQUIRED_RIGHTS) {
    const states = explicit.get(right);
    // Explicit indicators win; a right listed without any indicator is a list of granted rights.
    rights[right] = states ? states.some(Boolean) : listed.has(right);
  }
  const shown = rightLike.length > 0 || hasHeading(page, PAGE_HEADINGS.rights.filter((h) => /recht|autoris/i.test(h)));
  return { shown, rights };
}

function headingMatches(text: string, variants: readonly string[]): boolean {
  // Allow a count or qualifier after the wording: "Werkgevers (3)", "Rechten – Koppeling".
  const lower = normalizeLabel(text).replace(/\s*\(\d+\)$/, '');
  return variants.some((v) => {
    const k = v.toLowerCase();
    return lower === k || (lower.startsWith(k) && /^[\s:–\-|]/.test(lower.slice(k.length)));
  });
}

function hasHeading(page: PageScan, variants: readonly string[]): boolean {
  return page.headings.some((h) => headingMatches(textOf(h), variants));
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
  const role = (list.getAttribute('role') ?? '').toLowerCase();
  if (tag === 'UL' || tag === 'OL' || role === 'list' || role === 'listbox') {
    for (const item of Array.from(list.querySelectorAll('li, [role="listitem"], [role="option"]'))) {
      if (item.parentElement?.closest(LIST_SELECTOR) === list || item.parentElement === list) push(textOf(item));
    }
    return out;
  }
  const rows = Array.from(list.querySelectorAll('tr, [role="row"]')).filter((r) => r.closest('table, [role="grid"], [role="table"]') === list);
  const cellsOf = (r: Element): Element[] => Array.from(r.children).filter((c) => /^(TD|TH)$/.test(c.tagName.toUpperCase()) || /cell|header/.test(c.getAttribute('role') ?? ''));
  const header = rows[0] && cellsOf(rows[0]).every((c) => c.tagName.toUpperCase() === 'TH' || c.getAttribute('role') === 'columnheader') ? rows[0] : undefined;
  let col = 0;
  if (header) {
    const names = cellsOf(header).map((c) => textOf(c));
    const nameCol = names.findIndex((n) => /^(werkgever|werkgevernaam|naam|naam werkgever|bedrijfsnaam)$/i.test(normalizeLabel(n)));
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
export function readEmployers(root: ParentNode, page: PageScan = scanPage(root)): string[] | null {
  for (const h of page.headings) {
    if (!headingMatches(textOf(h), PAGE_HEADINGS.employers)) continue;
    const list = listAfter(h);
    return list ? listItems(list) : [];
  }
  return null;
}

function findUserName(pairs: readonly Pair[]): string | undefined {
  const named = (p: Pair): boolean => single(p) && plausibleName(p.value);
  const direct = findPairs(pairs, 'userName', named)[0];
  if (direct) return direct.value;
  const achternaam = findPairs(pairs, 'achternaam', named)[0];
  if (achternaam) {
    const voor = findPairs(pairs, 'voornaam', named)[0] ?? findPairs(pairs, 'voorletters', named)[0];
    const tussen = findPairs(pairs, 'tussenvoegsel', named)[0];
    return [voor?.value, tussen?.value, achternaam.value].filter(Boolean).join(' ');
  }
  return findPairs(pairs, 'userLogin', named)[0]?.value;
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
    const lower = normalizeLabel(node.data);
    if (lower === 'via website en sso' || lower === 'sso only/webservice' || lower === 'sso only / webservice') seen.add(parseUserType(lower)!);
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
    const yes = p.checked ?? parseYesNo(p.value);
    if (yes === null) continue;
    if (isLabel('blocked', p.label)) return !yes;
    if (isLabel('active', p.label)) return yes;
  }
  return null;
}

/**
 * null unless the page is one user's rights: it needs the user's name and a rights list (or a
 * rights heading). Without a rights list, RightsCapture.rights would have to say "all missing",
 * which is false information, so such a page (e.g. a user's "Gegevens" tab) yields no capture.
 * Rights not shown on a page with a rights list are not granted.
 */
export function read(root: ParentNode, page: PageScan = scanPage(root)): RightsCapture | null {
  const { shown, rights } = readRights(root, page);
  if (!shown) return null;
  const pairs = page.pairs;
  const userName = findUserName(pairs);
  if (!userName) return null;
  return {
    kind: 'rights',
    userName,
    userType: findUserType(page, pairs),
    active: findActive(pairs),
    employers: readEmployers(root, page),
    rights,
  };
}
