// Collect the form's controls, one collector per kind of control, each with what a person
// reads as its label (candidates.ts) and its current state as a person sees it. Open shadow
// roots are read too. Nothing here changes the page: plan.ts turns these plain
// descriptions into actions.

import {
  attributeLabels,
  buildLabelIndex,
  contextOf,
  controlLabels,
  groupQuestion,
  isDgaContext,
  labelsFor,
  optionLabel,
  readableText,
  type LabelCandidate,
  type LabelIndex,
} from './candidates';
import { comboboxShows, comboOptions } from './combobox';
import { closestRendered, containsDeep, deepElements, isTiny, rankOf } from './dom';
import { customRadioGroups, formAssociated, looksChecked } from './custom';
import { unusableReason, type ChoiceOption, type CollectedField, type FieldBase, type GroupField, type ToggleField } from './fields';
import { classifyVerloning, classifyYesNo } from './meaning';
import { composedParent } from '../dom/walk';
import { isHidden } from '../dom/visibility';
import { collapseWhitespace } from '../text/normalize';

const TEXT_INPUT_TYPES = new Set(['', 'text', 'email', 'tel', 'number', 'search', 'url']);
const COLLECT_SELECTOR =
  'input, textarea, select, [role=radio], [role=checkbox], [role=switch], [role=combobox], button[aria-pressed], button[aria-haspopup=listbox]';
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, legend, [role=heading]';

function inputType(el: Element): string {
  return el.tagName === 'INPUT' ? (el.getAttribute('type') ?? '').toLowerCase() : '';
}

function rootElement(root: Document | Element): Element {
  return root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
}

interface Ctx {
  rootEl: Element;
  index: LabelIndex;
  headings: Element[];
  rank: Map<Element, number>;
}

function base(ctx: Ctx, el: HTMLElement, labels: LabelCandidate[]): FieldBase {
  const context = contextOf(el, ctx.rootEl, ctx.headings, ctx.rank);
  return { labels, context, inDgaSection: isDgaContext(context), form: formOf(el), unusable: unusableReason(el), order: 0 };
}

/** The form a control belongs to, across the shadow root of the component it sits in. */
function formOf(el: Element): HTMLFormElement | null {
  return (closestRendered(el, 'form') as HTMLFormElement | null) ?? null;
}

function labelledToggle(el: HTMLElement, index: LabelIndex): boolean {
  return labelsFor(index, el).some((l) => !isHidden(l)) || (!!el.closest('label') && !isHidden(el.closest('label')!));
}

function groupContainer(first: Element, members: Element[]): HTMLElement {
  const rg = closestRendered(first, '[role=radiogroup]');
  if (rg && members.every((m) => closestRendered(m, '[role=radiogroup]') === rg)) return rg as HTMLElement;
  if (members.length < 2) return (first.parentElement ?? first) as HTMLElement;
  let anc: Element | null = first.parentElement;
  while (anc && !members.every((e) => anc!.contains(e))) anc = anc.parentElement;
  return (anc ?? first) as HTMLElement;
}

/**
 * All fillable controls under `root` (open shadow roots included) with their readable labels.
 * Hidden controls are left out; disabled and read-only ones are included but marked
 * `unusable` so the report can say why a field was not filled. Controls inside iframes are
 * not collected: the filler looks for the frame that holds the form.
 */
export function collectFields(root: Document | Element): CollectedField[] {
  const rootEl = rootElement(root);
  const everything = deepElements(rootEl);
  const rank = rootEl === rootEl.ownerDocument.documentElement ? new Map(everything.map((e, i) => [e, i])) : rankOf(rootEl.ownerDocument);
  const index = buildLabelIndex(everything);
  const headings = everything.filter((h) => h.matches(HEADING_SELECTOR) && !isHidden(h));
  const ctx: Ctx = { rootEl, index, headings, rank };
  let fields: CollectedField[] = [];
  // Radios grouped by form + name, unnamed ones and role=radio by their container.
  const groups = new Map<unknown, HTMLElement[]>();
  const pressed: HTMLElement[] = [];
  const anonContainers: Element[] = [];

  for (const node of everything) {
    if (!node.matches(COLLECT_SELECTOR)) continue;
    const el = node as HTMLElement;
    const type = inputType(el);
    const role = el.getAttribute('role');
    const toggle = type === 'radio' || type === 'checkbox';
    // A native radio/checkbox visually replaced by a styled label is still answered through
    // that label; an aria-hidden stand-in (Radix's bubble input) is not what a person uses.
    if (isHidden(el) && !(toggle && labelledToggle(el, index))) continue;
    if (el.getAttribute('aria-hidden') === 'true' && !(toggle && labelledToggle(el, index))) continue;
    if (type === 'radio' || (role === 'radio' && el.tagName !== 'INPUT')) {
      const input = el as HTMLInputElement;
      let key: unknown;
      if (type === 'radio' && input.name) key = `${input.form ? rank.get(input.form) : 'nf'}:${el.getRootNode() === el.ownerDocument ? '' : rank.get((el.getRootNode() as ShadowRoot).host)}:${input.name}`;
      else {
        const c = closestRendered(el, 'fieldset, [role=radiogroup], [role=group]') ?? el.parentElement ?? el;
        if (!anonContainers.includes(c)) anonContainers.push(c);
        key = c;
      }
      const g = groups.get(key) ?? [];
      g.push(el);
      groups.set(key, g);
      continue;
    }
    if (type === 'checkbox' || role === 'checkbox' || role === 'switch') {
      const labels = controlLabels(el, rootEl, index);
      attributeLabels(el, labels);
      const checked = type === 'checkbox' ? (el as HTMLInputElement).checked : el.getAttribute('aria-checked') === 'true';
      const kind = role === 'switch' ? 'switch' : type === 'checkbox' ? 'checkbox' : 'aria-checkbox';
      fields.push({ kind, element: el, checked, ...base(ctx, el, labels) });
      continue;
    }
    if (el.tagName === 'BUTTON' && el.hasAttribute('aria-pressed')) {
      pressed.push(el);
      continue;
    }
    // A select may be a read-only <input aria-haspopup=listbox> with no combobox role (Mantine,
    // PrimeReact): a box showing the choice, not a text box.
    const popup = el.getAttribute('aria-haspopup') === 'listbox';
    if (role === 'combobox' || (popup && (el.tagName === 'BUTTON' || el.tagName === 'INPUT'))) {
      const editable = el.tagName === 'INPUT' && !(el as HTMLInputElement).readOnly;
      if (el.tagName === 'INPUT' && !TEXT_INPUT_TYPES.has(type)) continue;
      const options: ChoiceOption[] = comboOptions(el).map((o) => ({
        element: o,
        label: o.getAttribute('aria-label') ?? readableText(o),
        value: '',
        checked: o.getAttribute('aria-selected') === 'true',
        disabled: !!unusableReason(o),
      }));
      const labels = controlLabels(el, rootEl, index);
      attributeLabels(el, labels);
      const b = base(ctx, el, labels);
      // A read-only input is how such selects show their choice, not a text box you cannot use.
      if (el.tagName === 'INPUT' && b.unusable === 'readonly') delete b.unusable;
      if (editable && !el.getAttribute('aria-autocomplete') && !options.length && !el.getAttribute('aria-controls')) {
        // An input that merely calls itself combobox (browser suggestions) is a text box.
        fields.push({ kind: 'text', element: el as HTMLInputElement, value: (el as HTMLInputElement).value, ...b });
        continue;
      }
      fields.push({ kind: 'combobox', element: el, options, value: comboboxShows(el), searchable: editable, ...b });
      continue;
    }
    if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') {
      if (el.tagName === 'INPUT' && !TEXT_INPUT_TYPES.has(type)) continue;
      if (role && role !== 'textbox' && role !== 'searchbox') continue;
      const labels = controlLabels(el, rootEl, index);
      attributeLabels(el, labels);
      const input = el as HTMLInputElement | HTMLTextAreaElement;
      fields.push({ kind: 'text', element: input, value: input.value, ...base(ctx, el, labels) });
      continue;
    }
    if (el.tagName === 'SELECT') {
      const select = el as HTMLSelectElement;
      // A copy out of a person's reach (1px, not focusable) mirrors a custom select (PrimeReact).
      if (select.multiple || (select.tabIndex < 0 && isTiny(select))) continue;
      const labels = controlLabels(el, rootEl, index);
      attributeLabels(el, labels);
      const options: ChoiceOption[] = Array.from(select.options).map((o) => ({
        element: o,
        label: collapseWhitespace(o.text || o.label || ''),
        value: o.value,
        checked: o.selected,
        disabled: o.disabled,
      }));
      const sel = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
      // A placeholder option ("Maak een keuze", value "") is no answer.
      const value = sel && sel.value !== '' && !sel.disabled ? collapseWhitespace(sel.text) : '';
      fields.push({ kind: 'select', element: select, options, value, ...base(ctx, el, labels) });
    }
  }

  // Form-associated custom elements sharing a name (md-radio): their radio role lives in
  // ElementInternals, out of this script's reach; the form lists them, their look says checked.
  for (const members of customRadioGroups(formAssociated(everything))) {
    if (!members.some((m) => isHidden(m))) groups.set(members[0], members);
  }
  for (const members of groups.values()) {
    const first = members[0]!;
    const container = groupContainer(first, members);
    fields.push(groupField(ctx, first.tagName === 'INPUT' ? 'radio-group' : 'aria-radio-group', container, members, looksChecked));
  }
  fields.push(...pressedButtons(ctx, pressed));
  fields = checkboxGroups(ctx, fields);

  // Document order across kinds (groups were appended last); a container before its content.
  fields.sort((a, b) => (rank.get(a.element) ?? 0) - (rank.get(b.element) ?? 0));
  fields.forEach((f, i) => (f.order = i));
  return fields;
}

function groupField(
  ctx: Ctx,
  kind: GroupField['kind'],
  container: HTMLElement,
  members: HTMLElement[],
  isOn: (m: HTMLElement) => boolean,
  labelOf: (m: HTMLElement) => string = (m) => optionLabel(m, ctx.index),
): GroupField {
  const options: ChoiceOption[] = members.map((m) => ({
    element: m,
    label: labelOf(m),
    value: m.getAttribute('value') ?? '',
    checked: isOn(m),
    disabled: !!unusableReason(m),
  }));
  const labels = groupQuestion(container, members, ctx.rootEl, ctx.index);
  if (kind === 'radio-group') attributeLabels(members[0]!, labels);
  const b = base(ctx, container, labels);
  const unusable = options.every((o) => o.disabled) ? 'disabled' : container.getAttribute('aria-readonly') === 'true' ? 'readonly' : undefined;
  return { ...b, kind, element: container, options, value: options.find((o) => o.checked)?.label ?? '', form: formOf(members[0]!), unusable };
}

/** aria-pressed buttons: several side by side answer one question ("Ja" / "Nee"); one alone is a toggle. */
function pressedButtons(ctx: Ctx, buttons: HTMLElement[]): CollectedField[] {
  const byParent = new Map<Element, HTMLElement[]>();
  for (const b of buttons) {
    const c = closestRendered(b, '[role=group], [role=toolbar], fieldset') ?? b.parentElement ?? b;
    byParent.set(c, [...(byParent.get(c) ?? []), b]);
  }
  const out: CollectedField[] = [];
  for (const [container, members] of byParent) {
    const on = (m: HTMLElement) => m.getAttribute('aria-pressed') === 'true';
    if (members.length > 1) out.push(groupField(ctx, 'button-group', container as HTMLElement, members, on));
    else {
      const el = members[0]!;
      const labels = controlLabels(el, ctx.rootEl, ctx.index);
      out.push({ kind: 'toggle-button', element: el, checked: on(el), ...base(ctx, el, labels) });
    }
  }
  return out;
}

/**
 * Checkboxes that together answer one question ("Maandelijks" / "4-wekelijks", "Ja" /
 * "Nee") are one choice, asked by the text around them (legend, preceding text).
 */
function checkboxGroups(ctx: Ctx, fields: CollectedField[]): CollectedField[] {
  const boxes = fields.filter((f): f is ToggleField => f.kind === 'checkbox' || f.kind === 'aria-checkbox');
  const grouped = new Set<CollectedField>();
  let out = fields;
  for (const f of boxes) {
    if (grouped.has(f)) continue;
    let members: ToggleField[] = [];
    let a = composedParent(f.element);
    for (; a && a !== ctx.rootEl; a = composedParent(a)) {
      const anc = a;
      members = boxes.filter((b) => containsDeep(anc, b.element));
      if (members.length > 1) break;
    }
    if (!a || members.length < 2) continue;
    const labelOf = (m: HTMLElement) => members.find((x) => x.element === m)?.labels.find((l) => l.source !== 'attribute')?.text ?? '';
    const texts = members.map((m) => labelOf(m.element));
    const v = new Set(texts.map(classifyVerloning));
    const y = new Set(texts.map(classifyYesNo));
    if (!((v.has('maand') && v.has('4weken')) || (y.has('ja') && y.has('nee')))) continue;
    members.forEach((m) => grouped.add(m));
    const byEl = new Map(members.map((m) => [m.element, m]));
    out = out.filter((x) => !grouped.has(x));
    out.push(
      groupField(ctx, 'checkbox-group', a as HTMLElement, members.map((m) => m.element), (m) => byEl.get(m)!.checked, labelOf),
    );
  }
  return out;
}

/** Legends and headings around an element (a button's section). */
export function sectionContext(el: Element, root: Document | Element): string[] {
  const rootEl = rootElement(root);
  const everything = deepElements(rootEl);
  const rank = rankOf(rootEl.ownerDocument);
  const headings = everything.filter((h) => h.matches(HEADING_SELECTOR) && !isHidden(h));
  return contextOf(el, rootEl, headings, rank);
}
