// Small DOM helpers shared by the page readers (pairs.ts keeps its own cached variants).

const HIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Hidden by markup visible without layout: `hidden`, inline display:none, script/template. */
export function isHiddenByMarkup(el: Element, root: ParentNode): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (HIDDEN_TAGS.has(cur.tagName.toUpperCase()) || cur.hasAttribute('hidden')) return true;
    if (/display\s*:\s*none/i.test(cur.getAttribute('style') ?? '')) return true;
    if ((cur as Node) === (root as Node)) break;
  }
  return false;
}

/** Headings a person uses to orient: h1–h6, role=heading, legends, captions, selected tabs. */
export const HEADING_SELECTOR =
  'h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption, [role="tab"][aria-selected="true"], [aria-current="page"], .active > a, a.active, li.selected, .tab.active, .tab-active';
