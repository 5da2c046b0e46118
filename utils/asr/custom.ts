// Form-associated custom elements (md-radio and the like) keep their role and state in
// ElementInternals and in page-side properties, which a content script's isolated world cannot
// read. What it can read is what the browser and a person see: the form lists the element
// (form.elements, label.control), and the element shows its state (aria-* on it or on its
// shadow content, :checked / :state(checked), a "checked" look in its shadow root).

import { deepQueryAll } from '../dom/walk';

const isCustom = (el: Element): boolean => el.tagName.includes('-');

/** Custom elements the page's forms and labels list as their controls (form-associated). */
export function formAssociated(all: Element[]): Set<Element> {
  const out = new Set<Element>();
  for (const el of all) {
    if (el.tagName === 'FORM') for (const c of Array.from((el as HTMLFormElement).elements)) if (isCustom(c)) out.add(c);
    if (el.tagName === 'LABEL') {
      const c = (el as HTMLLabelElement).control;
      if (c && isCustom(c)) out.add(c);
    }
  }
  return out;
}

/** A control of its own inside the element's shadow root (md-switch's input): that one is collected instead. */
function hostsNativeControl(el: Element): boolean {
  return !!el.shadowRoot && deepQueryAll(el.shadowRoot, 'input, select, textarea, [role=radio], [role=checkbox], [role=switch]').length > 0;
}

/**
 * Role-less form-associated elements that answer one question together: two or more sharing a
 * `name`, each with its own `value` (the radio idiom), grouped by that name. A lone one is not
 * guessed at.
 */
export function customRadioGroups(face: Set<Element>): HTMLElement[][] {
  const byName = new Map<string, HTMLElement[]>();
  for (const el of face) {
    const name = el.getAttribute('name');
    if (!name || el.hasAttribute('role') || !el.hasAttribute('value') || hostsNativeControl(el)) continue;
    byName.set(name, [...(byName.get(name) ?? []), el as HTMLElement]);
  }
  return [...byName.values()].filter((g) => g.length > 1 && new Set(g.map((e) => e.getAttribute('value'))).size === g.length);
}

function matchesSafe(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false; // a browser without :state()
  }
}

const ON_CLASS = /^(checked|selected|is-checked|is-selected)$/;

/**
 * Whether a control shows itself checked: its own aria-checked/aria-pressed or native state,
 * else (a custom element) :checked / :state(checked) or the aria-checked or "checked" class its
 * open shadow root shows.
 */
export function looksChecked(el: HTMLElement): boolean {
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).checked;
  if (el.hasAttribute('aria-pressed')) return el.getAttribute('aria-pressed') === 'true';
  if (el.hasAttribute('aria-checked') || !isCustom(el)) return el.getAttribute('aria-checked') === 'true';
  if (matchesSafe(el, ':checked') || matchesSafe(el, ':state(checked)')) return true;
  const inner = el.shadowRoot ? Array.from(el.shadowRoot.querySelectorAll('*')) : [];
  return inner.some((e) => e.getAttribute('aria-checked') === 'true' || Array.from(e.classList).some((c) => ON_CLASS.test(c)));
}
