// Which control answers which field: every (key, control) pair scored by the label a person
// reads (exact wording before contains, a <label> before nearby text, attributes last), and the
// form to fill. Pure: reads only the collected snapshot.

import { LABELS, SPECIFIC_FIELDS, type LabelSpec } from './labels';
import { CHOICE_FIELDS, TEXT_FIELDS, type AsrFieldKey, type ChoiceFieldKey, type TextFieldKey } from './keys';
import type { LabelCandidate, LabelSource } from './candidates';
import type { CollectedField, TextField } from './fields';
import { optionMeaning } from './meaning';
import { compactAttr, hasStem } from './text';
import { compact } from '../text/normalize';

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

export function scoreField(spec: LabelSpec, field: CollectedField, rowField: boolean): Scored {
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

export type ChoiceControl = Exclude<CollectedField, TextField>;
type Pair =
  | { type: 'text'; key: TextFieldKey; field: TextField; score: number; label: string }
  | { type: 'choice'; key: ChoiceFieldKey; field: ChoiceControl; score: number; label: string };

/** Every (key, control) pair with a readable or attribute match, best first. */
export function scorePairs(fields: CollectedField[]): Pair[] {
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
export function chooseScope(fields: CollectedField[]): { scope: HTMLFormElement | null; found: boolean } {
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

/** Fields of the a.s.r. form that are present on the page (for waitForForm). */
export function formPresent(fields: CollectedField[]): boolean {
  return chooseScope(fields).found;
}
