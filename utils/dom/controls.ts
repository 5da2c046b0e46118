// Form controls as both sites meet them: native inputs and ARIA widgets alike.

/** The element's ARIA role, lowercased ('' when none). */
export function roleOf(el: Element): string {
  return (el.getAttribute('role') ?? '').toLowerCase();
}

/**
 * On/off state of a checkbox, radio or switch: a native <input type=checkbox|radio> (whatever
 * its role, so <input type=checkbox role=switch> counts) or an ARIA checkbox/switch/radio by
 * aria-checked. undefined for anything else.
 */
export function checkedState(el: Element): boolean | undefined {
  if (el.tagName.toUpperCase() === 'INPUT') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    return type === 'checkbox' || type === 'radio' ? (el as HTMLInputElement).checked : undefined;
  }
  const role = roleOf(el);
  if (role === 'checkbox' || role === 'switch' || role === 'radio') return el.getAttribute('aria-checked') === 'true';
  return undefined;
}
