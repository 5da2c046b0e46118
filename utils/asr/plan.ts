// Decide, without touching the page, which control gets which value.
// Input: the fields collectFields() read from the page (with their current values).
// Output: actions for the executor and the report entries that need no action
// (not-found, conflict, skipped, already filled).

import {
  CHOICE_FIELDS,
  LABELS,
  SPECIFIC_FIELDS,
  TEXT_FIELDS,
  type ChoiceFieldKey,
  type LabelSpec,
  type RowFieldKey,
  type TextFieldKey,
} from './labels';
import { classifyVerloning, classifyYesNo, type ChoiceOption, type CollectedField, type ControlKind, type LabelCandidate, type LabelSource } from './fields';

export { classifyVerloning, classifyYesNo };
import { collapseWhitespace, compact, compactAttr } from './text';
import { normalizeLoonheffingennummer } from '../registration/loonheffingennummer';
import type { AsrFieldKey, FieldReport, FillOptions, FillValues } from './types';

export type PlanAction =
  | { type: 'set-text'; element: HTMLInputElement | HTMLTextAreaElement; value: string }
  | { type: 'click'; element: HTMLElement; /** State the clicked element should end in. */ expectChecked: boolean }
  | { type: 'select-option'; element: HTMLSelectElement; optionIndex: number; optionText: string }
  /** Open a custom select (role=combobox) and choose the option meaning `desired`. */
  | { type: 'pick'; element: HTMLElement; key: ChoiceFieldKey; desired: string };

export interface PlanEntry {
  /** The report for this field; for entries with an action, the report once it succeeds. */
  report: FieldReport;
  action?: PlanAction;
  /** The control to highlight when filled. */
  highlight?: HTMLElement;
}

export interface FillPlan {
  /** One entry per field (per DGA for the row fields), in report order. */
  entries: PlanEntry[];
  /** Indices into values.dgas that have no row on the page yet. */
  missingDgaRows: number[];
  /** DGA rows currently on the page. */
  dgaRowCount: number;
  /** A field specific to the a.s.r. form was found by its visible label. */
  formFound: boolean;
}

const SOURCE_WEIGHT: Record<LabelSource, number> = {
  'aria-labelledby': 10,
  label: 10,
  'aria-label': 9,
  legend: 9,
  'table-cell': 8,
  'column-header': 7,
  'preceding-text': 6,
  'following-text': 4,
  placeholder: 3,
  title: 2,
  attribute: 0,
};

const SCORE_EXACT = 100;
const SCORE_SECTION = 90;
const SCORE_CONTAINS = 60;
const SCORE_CONTAINS_LONG = 35;
const SCORE_ATTRIBUTE = 15;
const SCORE_OPTIONS = 50;
/** Below this a match rests on name/id attributes only. */
const SCORE_READABLE = SCORE_CONTAINS_LONG;

const TEXT_KINDS: ReadonlySet<ControlKind> = new Set(['text']);
const CHOICE_KINDS: ReadonlySet<ControlKind> = new Set([
  'select',
  'radio-group',
  'aria-radio-group',
  'checkbox',
  'aria-checkbox',
  'switch',
  'checkbox-group',
  'combobox',
]);
const TOGGLE_KINDS: ReadonlySet<ControlKind> = new Set(['checkbox', 'aria-checkbox', 'switch']);

interface Scored {
  score: number;
  label: string;
}

function scoreCandidate(spec: LabelSpec, cand: LabelCandidate, inDga: boolean, rowField: boolean): number {
  if (cand.source === 'attribute') {
    const c = compactAttr(cand.text);
    return spec.attr.some((a) => c.includes(a)) ? SCORE_ATTRIBUTE : 0;
  }
  let c = compact(cand.text);
  // Row labels are often numbered: "Naam DGA 2", "Personeelsnummer (1)".
  if (rowField) c = c.replace(/\d+/g, '');
  if (!c) return 0;
  if (spec.exclude?.some((x) => c.includes(x))) return 0;
  let base = 0;
  if (spec.exact.some((e) => compact(e) === c)) base = SCORE_EXACT;
  else if (inDga && spec.dgaSectionOnly?.some((e) => compact(e) === c)) base = SCORE_SECTION;
  else if (spec.contains.some((x) => c.includes(x))) base = c.length <= 60 ? SCORE_CONTAINS : SCORE_CONTAINS_LONG;
  return base ? base + SOURCE_WEIGHT[cand.source] : 0;
}

function scoreField(spec: LabelSpec, field: CollectedField, rowField: boolean): Scored {
  let best: Scored = { score: 0, label: '' };
  for (const cand of field.labels) {
    const s = scoreCandidate(spec, cand, field.inDgaSection, rowField);
    if (s > best.score) best = { score: s, label: cand.source === 'attribute' ? '' : cand.text };
  }
  // Label for the report: the best readable candidate even when an attribute matched.
  if (!best.label) best.label = field.labels.find((l) => l.source !== 'attribute')?.text ?? '';
  return best;
}

function optionMeaning(key: ChoiceFieldKey, opt: ChoiceOption): string {
  const f = key === 'verloning' ? classifyVerloning : classifyYesNo;
  return f(opt.label) || f(opt.value);
}

function scoreChoice(key: ChoiceFieldKey, field: CollectedField): Scored {
  const scored = scoreField(LABELS[key], field, false);
  if (key === 'verloning' && !TOGGLE_KINDS.has(field.kind)) {
    // A group offering month and four weeks is the pay frequency whatever its question says.
    const meanings = new Set(field.options.map((o) => optionMeaning('verloning', o)));
    if (meanings.has('maand') && meanings.has('4weken') && scored.score < SCORE_OPTIONS) {
      return { score: SCORE_OPTIONS, label: scored.label };
    }
  }
  return scored;
}

/** Page value equals ours? Whitespace and case never matter; the loonheffingennummer also ignores dots/dashes. */
export function sameValue(field: AsrFieldKey, page: string, ours: string): boolean {
  if (field === 'loonheffingennummer') return normalizeLoonheffingennummer(page) === normalizeLoonheffingennummer(ours);
  return collapseWhitespace(page).toLowerCase() === collapseWhitespace(ours).toLowerCase();
}

/** Effective answer to the DGA question: DGA's listed means yes. */
export function effectiveHasDga(values: FillValues): boolean | null {
  return values.dgas.length > 0 ? true : values.hasDga;
}

const ALREADY = 'al ingevuld';
const NO_VALUE = 'geen waarde';
const UNUSABLE_DETAIL = { disabled: 'uitgeschakeld', readonly: 'alleen-lezen' } as const;

function textEntry(
  field: AsrFieldKey,
  index: number | undefined,
  control: CollectedField,
  label: string,
  value: string,
  options: FillOptions,
): PlanEntry {
  const base: Omit<FieldReport, 'status'> = index === undefined ? { field, label } : { field, index, label };
  const current = control.value;
  if (!collapseWhitespace(value)) return { report: { ...base, status: 'skipped', detail: NO_VALUE } };
  if (collapseWhitespace(current) && sameValue(field, current, value)) {
    return { report: { ...base, status: 'filled', detail: ALREADY }, highlight: control.element };
  }
  if (control.unusable) return { report: { ...base, status: 'skipped', detail: UNUSABLE_DETAIL[control.unusable] } };
  if (collapseWhitespace(current) && !options.overwriteConflicts) {
    return { report: { ...base, status: 'conflict', detail: current } };
  }
  return {
    report: { ...base, status: 'filled' },
    action: { type: 'set-text', element: control.element as HTMLInputElement, value },
    highlight: control.element,
  };
}

function choiceEntry(
  key: ChoiceFieldKey,
  control: CollectedField,
  label: string,
  desired: string,
  options: FillOptions,
): PlanEntry {
  const base: Omit<FieldReport, 'status'> = { field: key, label };
  if (TOGGLE_KINDS.has(control.kind)) {
    // A checkbox/switch means "yes" for its question, or the frequency its label names.
    const meaning = key === 'verloning' ? classifyVerloning(label) : 'ja';
    const want = key === 'verloning' ? meaning === desired : desired === 'ja';
    // "Maandelijks" alone cannot say "4 weken": not ticking it is no answer either.
    if (key === 'verloning' && !want && !control.checked) {
      return { report: { ...base, status: 'skipped', detail: `geen keuze voor "${desiredText(key, desired)}"` } };
    }
    if (control.checked === want) {
      return { report: { ...base, status: 'filled', detail: ALREADY }, highlight: control.element };
    }
    if (control.unusable) return { report: { ...base, status: 'skipped', detail: UNUSABLE_DETAIL[control.unusable] } };
    // Unchecked is no answer yet; checked while we want it off is the user's answer.
    if (control.checked && !options.overwriteConflicts) {
      return { report: { ...base, status: 'conflict', detail: 'aangevinkt' } };
    }
    return {
      report: { ...base, status: 'filled' },
      action: { type: 'click', element: control.element, expectChecked: want },
      highlight: control.element,
    };
  }
  const idx = control.options.findIndex((o) => !o.disabled && optionMeaning(key, o) === desired);
  const target = control.options[idx];
  // A closed custom select may show its answer only as its own text.
  const shown: ChoiceOption | undefined =
    control.kind === 'combobox' && optionMeaning(key, { label: control.value, value: '' } as ChoiceOption)
      ? { element: control.element, label: control.value, value: '', checked: true, disabled: false }
      : undefined;
  const checked = control.options.find((o) => o.checked && (control.kind !== 'select' || control.value !== '')) ?? shown;
  if (checked && optionMeaning(key, checked) === desired) {
    return { report: { ...base, status: 'filled', detail: ALREADY }, highlight: highlightOf(control, checked) };
  }
  if (control.unusable) return { report: { ...base, status: 'skipped', detail: UNUSABLE_DETAIL[control.unusable] } };
  // Options of a custom select may only exist once its list is open: the executor looks then.
  const pickLater = control.kind === 'combobox' && (!!target || !control.options.length);
  if (!target && !pickLater) {
    return { report: { ...base, status: 'skipped', detail: `geen keuze voor "${desiredText(key, desired)}"` } };
  }
  if (checked && !options.overwriteConflicts) {
    return { report: { ...base, status: 'conflict', detail: checked.label } };
  }
  if (pickLater || !target) {
    return {
      report: { ...base, status: 'filled' },
      action: { type: 'pick', element: control.element, key, desired },
      highlight: control.element,
    };
  }
  if (control.kind === 'select') {
    return {
      report: { ...base, status: 'filled' },
      action: { type: 'select-option', element: control.element as HTMLSelectElement, optionIndex: idx, optionText: target.label },
      highlight: control.element,
    };
  }
  return {
    report: { ...base, status: 'filled' },
    action: { type: 'click', element: target.element, expectChecked: true },
    highlight: highlightOf(control, target),
  };
}

function highlightOf(control: CollectedField, opt: ChoiceOption): HTMLElement {
  if (control.kind === 'select' || control.kind === 'combobox') return control.element;
  // A native radio is tiny; outline its label when it has one.
  return (opt.element.closest('label') as HTMLElement | null) ?? opt.element;
}

function desiredText(key: ChoiceFieldKey, desired: string): string {
  if (key === 'verloning') return desired === 'maand' ? 'maand' : '4 weken';
  return desired === 'ja' ? 'Ja' : 'Nee';
}

function choiceValue(key: ChoiceFieldKey, values: FillValues): string {
  if (key === 'verloning') return values.verloning ?? '';
  const v = key === 'hasDga' ? effectiveHasDga(values) : values.dertiendeMaand;
  return v === null ? '' : v ? 'ja' : 'nee';
}

/**
 * Pick the form to fill: among forms (and "no form"), the one with most a.s.r.-specific
 * fields found by their visible labels. A newsletter form elsewhere on the page is ignored.
 */
function chooseScope(fields: CollectedField[]): { scope: HTMLFormElement | null; found: boolean } {
  const counts = new Map<HTMLFormElement | null, number>();
  for (const f of fields) {
    let hit = false;
    for (const key of SPECIFIC_FIELDS) {
      const spec = LABELS[key as TextFieldKey | ChoiceFieldKey];
      const isChoice = (CHOICE_FIELDS as readonly string[]).includes(key);
      if (isChoice ? !CHOICE_KINDS.has(f.kind) : !TEXT_KINDS.has(f.kind)) continue;
      const s = isChoice ? scoreChoice(key as ChoiceFieldKey, f).score : scoreField(spec, f, false).score;
      if (s >= SCORE_READABLE) hit = true;
    }
    if (hit) counts.set(f.form, (counts.get(f.form) ?? 0) + 1);
  }
  let best: HTMLFormElement | null = null;
  let bestCount = 0;
  for (const [form, n] of counts) {
    if (n > bestCount) {
      best = form;
      bestCount = n;
    }
  }
  return { scope: best, found: bestCount > 0 };
}

interface Assignment {
  field: CollectedField;
  label: string;
}

/**
 * Plan the fill. Pure: reads only the collected snapshot, never the live DOM.
 * Each field key gets at most one control (the best-scoring, exact label before contains,
 * usable before disabled at equal score), each control at most one key.
 */
export function planFill(allFields: CollectedField[], values: FillValues, options: FillOptions): FillPlan {
  const { scope, found } = chooseScope(allFields);
  const fields = found ? allFields.filter((f) => f.form === scope) : [];
  const singleKeys: (TextFieldKey | ChoiceFieldKey)[] = [...TEXT_FIELDS, ...CHOICE_FIELDS];

  // Greedy assignment over all (key, control) pairs, best score first.
  const pairs: { key: TextFieldKey | ChoiceFieldKey; field: CollectedField; score: number; label: string }[] = [];
  for (const field of fields) {
    for (const key of singleKeys) {
      const isChoice = (CHOICE_FIELDS as readonly string[]).includes(key);
      if (isChoice ? !CHOICE_KINDS.has(field.kind) : !TEXT_KINDS.has(field.kind)) continue;
      const s = isChoice ? scoreChoice(key as ChoiceFieldKey, field) : scoreField(LABELS[key], field, false);
      if (s.score > 0) pairs.push({ key, field, score: s.score, label: s.label });
    }
  }
  pairs.sort(
    (a, b) => b.score - a.score || Number(!!a.field.unusable) - Number(!!b.field.unusable) || a.field.order - b.field.order,
  );
  const assigned = new Map<string, Assignment>();
  const used = new Set<CollectedField>();
  for (const p of pairs) {
    if (assigned.has(p.key) || used.has(p.field)) continue;
    assigned.set(p.key, { field: p.field, label: p.label });
    used.add(p.field);
  }

  const entries: PlanEntry[] = [];
  for (const key of TEXT_FIELDS) {
    const a = assigned.get(key);
    const value = values[key];
    if (!a) {
      entries.push({ report: { field: key, status: collapseWhitespace(value) ? 'not-found' : 'skipped', ...(collapseWhitespace(value) ? {} : { detail: NO_VALUE }) } });
      continue;
    }
    entries.push(textEntry(key, undefined, a.field, a.label, value, options));
  }
  for (const key of CHOICE_FIELDS) {
    const a = assigned.get(key);
    const desired = choiceValue(key, values);
    if (!desired) {
      entries.push({ report: { field: key, ...(a ? { label: a.label } : {}), status: 'skipped', detail: NO_VALUE } });
      continue;
    }
    if (!a) {
      entries.push({ report: { field: key, status: 'not-found' } });
      continue;
    }
    entries.push(choiceEntry(key, a.field, a.label, desired, options));
  }

  // DGA rows: the remaining text controls labelled as DGA name / personeelsnummer.
  const rowKeys: RowFieldKey[] = ['dgaNaam', 'dgaPersoneelsnummer'];
  const rowHits: { key: RowFieldKey; field: CollectedField; label: string }[] = [];
  for (const field of fields) {
    if (used.has(field) || !TEXT_KINDS.has(field.kind)) continue;
    let best: { key: RowFieldKey; score: number; label: string } | undefined;
    for (const key of rowKeys) {
      const s = scoreField(LABELS[key], field, true);
      if (s.score > 0 && (!best || s.score > best.score)) best = { key, score: s.score, label: s.label };
    }
    if (best) rowHits.push({ key: best.key, field, label: best.label });
  }
  // With a DGA section on the page, row fields outside it (a contact's "Naam") are not rows.
  const inSection = rowHits.filter((h) => h.field.inDgaSection);
  const hits = inSection.length > 0 ? inSection : rowHits;
  const names = hits.filter((h) => h.key === 'dgaNaam');
  const numbers = hits.filter((h) => h.key === 'dgaPersoneelsnummer');
  const rowCount = Math.max(names.length, numbers.length);
  const missingDgaRows: number[] = [];

  const dgas = effectiveHasDga(values) ? values.dgas : [];
  if (dgas.length > 0) {
    const rowOf = new Map<number, number>(); // dga index -> row index
    const taken = new Set<number>();
    const state = (row: number, d: number): 'same' | 'compatible' | 'empty' | 'different' => {
      const dga = dgas[d]!;
      const pairs: [CollectedField | undefined, AsrFieldKey, string][] = [
        [names[row]?.field, 'dgaNaam', dga.naam],
        [numbers[row]?.field, 'dgaPersoneelsnummer', dga.personeelsnummer],
      ];
      let filled = 0;
      let equal = 0;
      for (const [f, k, v] of pairs) {
        if (!f || !collapseWhitespace(f.value)) continue;
        filled++;
        if (sameValue(k, f.value, v)) equal++;
        else return 'different';
      }
      if (filled === 0) return 'empty';
      const present = pairs.filter(([f]) => f).length;
      return equal === present ? 'same' : 'compatible';
    };
    // Pass 1: a row already holding this DGA (in any position) is this DGA's row.
    for (const wanted of ['same', 'compatible'] as const) {
      for (let d = 0; d < dgas.length; d++) {
        if (rowOf.has(d)) continue;
        for (let r = 0; r < rowCount; r++) {
          if (!taken.has(r) && state(r, d) === wanted) {
            rowOf.set(d, r);
            taken.add(r);
            break;
          }
        }
      }
    }
    // Pass 2: the remaining DGA's take the remaining rows in document order.
    let r = 0;
    for (let d = 0; d < dgas.length; d++) {
      if (rowOf.has(d)) continue;
      while (r < rowCount && taken.has(r)) r++;
      if (r < rowCount) {
        rowOf.set(d, r);
        taken.add(r);
      } else missingDgaRows.push(d);
    }
    for (let d = 0; d < dgas.length; d++) {
      const dga = dgas[d]!;
      const row = rowOf.get(d);
      if (row === undefined) {
        entries.push({ report: { field: 'dgaNaam', index: d, status: 'not-found' } });
        entries.push({ report: { field: 'dgaPersoneelsnummer', index: d, status: 'not-found' } });
        continue;
      }
      const rowState = state(row, d);
      const parts: [RowFieldKey, { field: CollectedField; label: string } | undefined, string][] = [
        ['dgaNaam', names[row], dga.naam],
        ['dgaPersoneelsnummer', numbers[row], dga.personeelsnummer],
      ];
      for (const [key, hit, value] of parts) {
        if (!hit) {
          entries.push({ report: { field: key, index: d, status: 'not-found' } });
          continue;
        }
        if (rowState === 'different' && !options.overwriteConflicts) {
          // The row holds another DGA: leave the whole row as the user entered it.
          const holds = collapseWhitespace(hit.field.value);
          entries.push({
            report: holds && !sameValue(key, holds, value)
              ? { field: key, index: d, label: hit.label, status: 'conflict', detail: hit.field.value }
              : { field: key, index: d, label: hit.label, status: 'skipped', detail: 'rij bevat een andere DGA' },
          });
          continue;
        }
        entries.push(textEntry(key, d, hit.field, hit.label, value, options));
      }
    }
  }

  return { entries, missingDgaRows, dgaRowCount: rowCount, formFound: found };
}

/** Fields of the a.s.r. form that are present on the page (for waitForForm). */
export function formPresent(fields: CollectedField[]): boolean {
  return chooseScope(fields).found;
}
