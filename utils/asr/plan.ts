// Decide, without touching the page, which control gets which value.
// Input: the fields collectFields() read from the page (with their current values).
// Output: actions for the executor and the report entries that need no action
// (not-found, conflict, skipped, already filled).

import { LABELS } from './labels';
import { CHOICE_FIELDS, ROW_FIELDS, TEXT_FIELDS, type AsrFieldKey, type ChoiceFieldKey, type RowFieldKey, type TextFieldKey } from './keys';
import type { CollectedField, TextField } from './fields';
import { NO_VALUE, choiceEntry, choiceValue, effectiveHasDga, sameValue, textEntry, type PlanEntry } from './entries';
import { chooseScope, scoreField, scorePairs, type ChoiceControl } from './score';
import { classifyVerloning, classifyYesNo } from './meaning';
import { collapseWhitespace } from '../text/normalize';
import type { FillOptions, FillValues } from './types';
import { EXTRA_ROW } from './keys';

export { classifyVerloning, classifyYesNo };

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
  /**
   * Empty DGA rows no DGA of this employer takes (a starting row too many, a row added twice):
   * an empty required row can block sending, so the filler removes them through their own control.
   */
  emptyDgaRows: ExtraDgaRow[];
  /** Indices into values.dgas that have no row on the page yet. */
  missingDgaRows: number[];
  /** DGA rows currently on the page. */
  dgaRowCount: number;
  /** A field specific to the a.s.r. form was found by its visible label. */
  formFound: boolean;
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
  const emptyDgaRows: ExtraDgaRow[] = [];
  if (effectiveHasDga(values) !== null) {
    for (let row = 0; row < rowCount; row++) {
      if (taken.has(row)) continue;
      const parts = [names[row]?.field, numbers[row]?.field].filter((f): f is TextField => !!f);
      const holds = parts.map((f) => collapseWhitespace(f.value)).find(Boolean);
      if (!holds) {
        if (dgas.length > 0) emptyDgaRows.push({ controls: parts.map((f) => f.element), holds: '' });
        continue;
      }
      entries.push({
        report: { field: 'dgaNaam', index: dgas.length + extraDgaRows.length, status: 'conflict', detail: `${EXTRA_ROW}${holds}` },
      });
      extraDgaRows.push({ controls: parts.map((f) => f.element), holds });
    }
  }

  return { entries, extraDgaRows, emptyDgaRows, missingDgaRows, dgaRowCount: rowCount, formFound: found };
}
