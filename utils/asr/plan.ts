// Decide, without touching the page, which control gets which value.
// Input: the fields collectFields() read from the page (with their current values).
// Output: actions for the executor and the report entries that need no action
// (not-found, conflict, skipped, already filled).

import { LABELS, SPECIFIC_FIELDS, type LabelSpec } from './labels';
import { CHOICE_FIELDS, ROW_FIELDS, TEXT_FIELDS, type AsrFieldKey, type ChoiceFieldKey, type RowFieldKey, type TextFieldKey } from './keys';
import type { LabelCandidate, LabelSource } from './candidates';
import type { ChoiceOption, CollectedField, ComboboxField, ControlKind, GroupField, SelectField, TextField, ToggleField } from './fields';
import { classifyVerloning, classifyYesNo, optionMeaning } from './meaning';
import { compactAttr, hasStem } from './text';
import { collapseWhitespace, compact } from '../text/normalize';
import { normalizeLoonheffingennummer } from '../registration/loonheffingennummer';
import type { FieldReport, FillOptions, FillValues } from './types';
import { EXTRA_ROW } from './keys';

export { classifyVerloning, classifyYesNo };

export type PlanAction =
  | { type: 'set-text'; element: TextField['element']; value: string }
  | {
      type: 'click';
      element: HTMLElement;
      /** State the clicked element should end in. */
      expectChecked: boolean;
      /** The option of the group that was checked before (to put it back on failure). */
      previous?: HTMLElement;
    }
  | { type: 'select-option'; element: HTMLSelectElement; optionIndex: number; optionText: string }
  /** Open a custom select (role=combobox) and choose the option meaning `desired`. */
  | { type: 'pick'; element: HTMLElement; key: ChoiceFieldKey; desired: string; searchable: boolean };

export interface PlanEntry {
  /** The report for this field; for entries with an action, the report once it succeeds. */
  report: FieldReport;
  action?: PlanAction;
  /** The control to highlight when filled. */
  highlight?: HTMLElement;
}

/** A DGA row on the form that none of the employer's DGA's takes, holding someone's data. */
export interface ExtraDgaRow {
  /** The row's name and personeelsnummer controls (one of them may be missing). */
  controls: TextField['element'][];
  /** What the row holds as a person reads it: the name, else the personeelsnummer. */
  holds: string;
}

export interface FillPlan {
  /** One entry per field (per DGA for the row fields), in report order. */
  entries: PlanEntry[];
  /**
   * Rows left from another employer (the form has more filled rows than this employer has
   * DGA's): each is also a conflict entry (dgaNaam, index dgas.length + k, EXTRA_ROW detail),
   * so no fill counts as complete while one is on the form.
   */
  extraDgaRows: ExtraDgaRow[];
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
  const text = rowField ? cand.text.replace(/\d+/g, ' ') : cand.text;
  if (spec.exclude && hasStem(text, spec.exclude)) return 0;
  let base = 0;
  if (spec.exact.some((e) => compact(e) === c)) base = SCORE_EXACT;
  else if (inDga && spec.dgaSectionOnly?.some((e) => compact(e) === c)) base = SCORE_SECTION;
  else if (hasStem(text, spec.contains)) base = c.length <= 60 ? SCORE_CONTAINS : SCORE_CONTAINS_LONG;
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

function scoreChoice(key: ChoiceFieldKey, field: CollectedField): Scored {
  const scored = scoreField(LABELS[key], field, false);
  if (key === 'verloning' && 'options' in field) {
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
  control: TextField,
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
    action: { type: 'set-text', element: control.element, value },
    highlight: control.element,
  };
}

function toggleEntry(key: ChoiceFieldKey, control: ToggleField, base: Omit<FieldReport, 'status'>, desired: string, options: FillOptions): PlanEntry {
  // A checkbox/switch means "yes" for its question, or the frequency its label names.
  const want = key === 'verloning' ? classifyVerloning(base.label ?? '') === desired : desired === 'ja';
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

function choiceEntry(
  key: ChoiceFieldKey,
  control: Exclude<CollectedField, TextField>,
  label: string,
  desired: string,
  options: FillOptions,
): PlanEntry {
  const base: Omit<FieldReport, 'status'> = { field: key, label };
  if (!('options' in control)) return toggleEntry(key, control, base, desired, options);
  const idx = control.options.findIndex((o) => !o.disabled && optionMeaning(key, o) === desired);
  const target = control.options[idx];
  // A closed custom select may show its answer only as its own text.
  const shown: ChoiceOption | undefined =
    control.kind === 'combobox' && optionMeaning(key, { label: control.value, value: '' })
      ? { element: control.element, label: control.value, value: '', checked: true, disabled: false }
      : undefined;
  const checked = control.options.find((o) => o.checked && (control.kind !== 'select' || control.value !== '')) ?? shown;
  if (checked && optionMeaning(key, checked) === desired) {
    return { report: { ...base, status: 'filled', detail: ALREADY }, highlight: highlightOf(control, checked) };
  }
  if (control.unusable) return { report: { ...base, status: 'skipped', detail: UNUSABLE_DETAIL[control.unusable] } };
  // Options of a custom select may only exist once its list is open: the filler looks then.
  const pickLater = control.kind === 'combobox' && (!!target || !control.options.length);
  if (!target && !pickLater) {
    return { report: { ...base, status: 'skipped', detail: `geen keuze voor "${desiredText(key, desired)}"` } };
  }
  if (checked && !options.overwriteConflicts) {
    return { report: { ...base, status: 'conflict', detail: checked.label } };
  }
  const filled = { report: { ...base, status: 'filled' as const }, highlight: control.element };
  if (control.kind === 'combobox') {
    return { ...filled, action: { type: 'pick', element: control.element, key, desired, searchable: control.searchable } };
  }
  if (!target) return { report: { ...base, status: 'skipped', detail: `geen keuze voor "${desiredText(key, desired)}"` } };
  if (control.kind === 'select') {
    return { ...filled, action: { type: 'select-option', element: control.element, optionIndex: idx, optionText: target.label } };
  }
  return {
    report: { ...base, status: 'filled' },
    action: { type: 'click', element: target.element, expectChecked: true, ...(checked ? { previous: checked.element } : {}) },
    highlight: highlightOf(control, target),
  };
}

function highlightOf(control: GroupField | SelectField | ComboboxField, opt: ChoiceOption): HTMLElement {
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

type ChoiceControl = Exclude<CollectedField, TextField>;
type Pair =
  | { type: 'text'; key: TextFieldKey; field: TextField; score: number; label: string }
  | { type: 'choice'; key: ChoiceFieldKey; field: ChoiceControl; score: number; label: string };

/** Every (key, control) pair with a readable or attribute match, best first. */
function scorePairs(fields: CollectedField[]): Pair[] {
  const pairs: Pair[] = [];
  for (const field of fields) {
    if (field.kind === 'text') {
      for (const key of TEXT_FIELDS) {
        const s = scoreField(LABELS[key], field, false);
        if (s.score > 0) pairs.push({ type: 'text', key, field, ...s });
      }
      continue;
    }
    for (const key of CHOICE_FIELDS) {
      const s = scoreChoice(key, field);
      // A question is answered only when text a person reads ties it to the control: a
      // name/id attribute alone ("dga") is no such text.
      if (s.score > SCORE_ATTRIBUTE) pairs.push({ type: 'choice', key, field, ...s });
    }
  }
  return pairs.sort(
    (a, b) => b.score - a.score || Number(!!a.field.unusable) - Number(!!b.field.unusable) || a.field.order - b.field.order,
  );
}

/**
 * Pick the form to fill: among forms (and "no form"), the one with most a.s.r.-specific
 * fields found by their visible labels. A newsletter form elsewhere on the page is ignored.
 */
function chooseScope(fields: CollectedField[]): { scope: HTMLFormElement | null; found: boolean } {
  const hits = new Map<HTMLFormElement | null, Set<CollectedField>>();
  for (const p of scorePairs(fields)) {
    if (p.score < SCORE_READABLE || !(SPECIFIC_FIELDS as readonly AsrFieldKey[]).includes(p.key)) continue;
    const set = hits.get(p.field.form) ?? new Set<CollectedField>();
    set.add(p.field);
    hits.set(p.field.form, set);
  }
  let best: HTMLFormElement | null = null;
  let bestCount = 0;
  for (const [form, set] of hits) {
    if (set.size > bestCount) {
      best = form;
      bestCount = set.size;
    }
  }
  return { scope: best, found: bestCount > 0 };
}

/** Why a wanted field has no control (the report's "niet gevonden" detail). */
export const NOT_FOUND = {
  absent: 'niet op deze pagina',
  ambiguous: 'meer dan één vraag past; niets gekozen',
  unlabelled: 'een keuzevraag zonder leesbare vraagtekst staat op de pagina; niets gekozen',
} as const;

/** A yes/no question on the page that no wording ties to any key: maybe ours, but not for sure. */
function unlabelledChoice(fields: CollectedField[], used: Set<CollectedField>): boolean {
  return fields.some(
    (f) =>
      !used.has(f) &&
      'options' in f &&
      f.labels.every((l) => l.source === 'attribute') &&
      f.options.some((o) => classifyYesNo(o.label) !== ''),
  );
}

/**
 * Plan the fill. Pure: reads only the collected snapshot, never the live DOM.
 * Each field key gets at most one control (the best-scoring, exact label before contains,
 * usable before disabled at equal score), each control at most one key. A question two
 * controls answer equally well is left alone: a wrong answer is worse than none.
 */
export function planFill(allFields: CollectedField[], values: FillValues, options: FillOptions): FillPlan {
  const { scope, found } = chooseScope(allFields);
  const fields = found ? allFields.filter((f) => f.form === scope) : [];

  // Greedy assignment over all (key, control) pairs, best score first.
  const pairs = scorePairs(fields);
  const texts = new Map<TextFieldKey, { field: TextField; label: string }>();
  const choices = new Map<ChoiceFieldKey, { field: ChoiceControl; label: string }>();
  const ambiguous = new Set<ChoiceFieldKey>();
  const used = new Set<CollectedField>();
  for (const p of pairs) {
    if (used.has(p.field)) continue;
    if (p.type === 'text') {
      if (texts.has(p.key)) continue;
      texts.set(p.key, { field: p.field, label: p.label });
    } else {
      if (choices.has(p.key) || ambiguous.has(p.key)) continue;
      const rival = pairs.find(
        (q) => q.key === p.key && q.field !== p.field && !used.has(q.field) && q.score === p.score && !q.field.unusable,
      );
      if (rival) {
        ambiguous.add(p.key);
        continue;
      }
      choices.set(p.key, { field: p.field, label: p.label });
    }
    used.add(p.field);
  }
  const unlabelled = unlabelledChoice(fields, used);

  const entries: PlanEntry[] = [];
  for (const key of TEXT_FIELDS) {
    const a = texts.get(key);
    const value = values[key];
    if (!a) {
      entries.push({
        report: collapseWhitespace(value)
          ? { field: key, status: 'not-found', detail: NOT_FOUND.absent }
          : { field: key, status: 'skipped', detail: NO_VALUE },
      });
      continue;
    }
    entries.push(textEntry(key, undefined, a.field, a.label, value, options));
  }
  for (const key of CHOICE_FIELDS) {
    const a = choices.get(key);
    const desired = choiceValue(key, values);
    if (!desired) {
      entries.push({ report: { field: key, ...(a ? { label: a.label } : {}), status: 'skipped', detail: NO_VALUE } });
      continue;
    }
    if (!a) {
      const why = ambiguous.has(key) ? NOT_FOUND.ambiguous : unlabelled && key !== 'verloning' ? NOT_FOUND.unlabelled : NOT_FOUND.absent;
      entries.push({ report: { field: key, status: 'not-found', detail: why } });
      continue;
    }
    entries.push(choiceEntry(key, a.field, a.label, desired, options));
  }

  // DGA rows: the remaining text controls labelled as DGA name / personeelsnummer.
  const rowHits: { key: RowFieldKey; field: TextField; label: string }[] = [];
  for (const field of fields) {
    if (used.has(field) || field.kind !== 'text') continue;
    let best: { key: RowFieldKey; score: number; label: string } | undefined;
    for (const key of ROW_FIELDS) {
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
  const taken = new Set<number>(); // rows a DGA of this employer takes

  const dgas = effectiveHasDga(values) ? values.dgas : [];
  if (dgas.length > 0) {
    const rowOf = new Map<number, number>(); // dga index -> row index
    const state = (row: number, d: number): 'same' | 'compatible' | 'empty' | 'different' => {
      const dga = dgas[d]!;
      const pairs: [TextField | undefined, AsrFieldKey, string][] = [
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
        entries.push({ report: { field: 'dgaNaam', index: d, status: 'not-found', detail: NOT_FOUND.absent } });
        entries.push({ report: { field: 'dgaPersoneelsnummer', index: d, status: 'not-found', detail: NOT_FOUND.absent } });
        continue;
      }
      const rowState = state(row, d);
      const parts: [RowFieldKey, { field: TextField; label: string } | undefined, string][] = [
        ['dgaNaam', names[row], dga.naam],
        ['dgaPersoneelsnummer', numbers[row], dga.personeelsnummer],
      ];
      for (const [key, hit, value] of parts) {
        if (!hit) {
          entries.push({ report: { field: key, index: d, status: 'not-found', detail: NOT_FOUND.absent } });
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

  // Only when the employer's answer is known: with no answer yet, the rows may be this
  // employer's own, typed on the form by hand.
  const extraDgaRows: ExtraDgaRow[] = [];
  if (effectiveHasDga(values) !== null) {
    for (let row = 0; row < rowCount; row++) {
      if (taken.has(row)) continue;
      const parts = [names[row]?.field, numbers[row]?.field].filter((f): f is TextField => !!f);
      const holds = parts.map((f) => collapseWhitespace(f.value)).find(Boolean);
      if (!holds) continue;
      entries.push({
        report: { field: 'dgaNaam', index: dgas.length + extraDgaRows.length, status: 'conflict', detail: `${EXTRA_ROW}${holds}` },
      });
      extraDgaRows.push({ controls: parts.map((f) => f.element), holds });
    }
  }

  return { entries, extraDgaRows, missingDgaRows, dgaRowCount: rowCount, formFound: found };
}


/** Fields of the a.s.r. form that are present on the page (for waitForForm). */
export function formPresent(fields: CollectedField[]): boolean {
  return chooseScope(fields).found;
}
