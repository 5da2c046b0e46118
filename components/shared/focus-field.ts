/**
 * Moves focus to the field a "Nog te doen" item names (its `data-field`, the field's touch key),
 * scrolled into view; a radio group gets focus on its chosen (else first) option. A DGA issue
 * without a row (no DGA named yet) goes to the DGA question. False when the field is not shown.
 */
export function focusField(doc: Document, target: string): boolean {
  const field = target.split(':')[0] ?? '';
  const el =
    doc.querySelector<HTMLElement>(`[data-field="${CSS.escape(target)}"]`) ??
    doc.querySelector<HTMLElement>(`[data-field^="${CSS.escape(field)}:"]`) ??
    (field === 'dgas' ? doc.querySelector<HTMLElement>('[data-field="hasDga::"]') : null);
  if (!el) return false;
  const focusable =
    el instanceof HTMLFieldSetElement ? (el.querySelector<HTMLElement>('input:checked') ?? el.querySelector<HTMLElement>('input, select, button')) : el;
  el.scrollIntoView({ block: 'center' });
  focusable?.focus({ preventScroll: true });
  return !!focusable;
}
