// Small DOM helpers shared by the page readers (pairs.ts keeps its own cached variants).

import { normalizeLabel } from './text';

const HIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const SHOW_TEXT = 0x4;

/** Hidden by markup visible without layout: `hidden`, inline display:none, script/template. */
export function isHiddenByMarkup(el: Element, root: ParentNode): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (HIDDEN_TAGS.has(cur.tagName.toUpperCase()) || cur.hasAttribute('hidden')) return true;
    if (/display\s*:\s*none/i.test(cur.getAttribute('style') ?? '')) return true;
    if ((cur as Node) === (root as Node)) break;
  }
  return false;
}

/** Calls visit(textNode, normalisedLowerText) for each short, non-empty text node: one linear pass. */
export function forEachShortText(root: ParentNode, maxLength: number, visit: (node: Text, lower: string) => void): void {
  const node = root as Node;
  const doc = (node.ownerDocument ?? node) as Document;
  if (typeof doc.createTreeWalker !== 'function') return;
  const walker = doc.createTreeWalker(node, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (data.length > maxLength * 3) continue;
    const lower = normalizeLabel(data);
    if (lower && lower.length <= maxLength) visit(n as Text, lower);
  }
}

/** Headings a person uses to orient: h1–h6, role=heading, legends, captions, selected tabs. */
export const HEADING_SELECTOR =
  'h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption, [role="tab"][aria-selected="true"], [aria-current="page"], .active > a, a.active, li.selected, .tab.active, .tab-active';
