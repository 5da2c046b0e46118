import { applyUserEdit, type EmployerRecord } from '../employers/record';
import type { EmployerDraft } from '../registration/schema';
import { statusAt, type Stage } from '../registration/stage';
import { mergeGroup, type MergeResult } from '../employers/merge';
import { DEFAULT_KEYLANE_DAYS } from './rows';
import type { Records } from './store';
import { guardText } from '../i18n/guard';
import type { Lang } from '../i18n/table';

/**
 * What the overview's actions do to the stored employers and to its own small state (pure; the
 * page's components/overview/usePortfolio.ts and usePortfolioActions.ts write the results).
 */

/** Typing in the editor not yet saved, for one employer. */
export interface PendingEdit {
  id: string;
  patch: Partial<EmployerDraft>;
}

/** Records just read with the typing not yet saved laid over them. */
export function withPending(records: Records, pending: PendingEdit | null, at: string): Records {
  const base = pending ? records[pending.id] : undefined;
  return pending && base ? { ...records, [pending.id]: applyUserEdit(base, pending.patch, at) } : records;
}

/** Another edit of `id` added to the pending one; an edit of another employer starts afresh. */
export const addPending = (pending: PendingEdit | null, id: string, patch: Partial<EmployerDraft>): PendingEdit => ({
  id,
  patch: { ...(pending?.id === id ? pending.patch : {}), ...patch },
});

/** Deleted records put back (undo); one written meanwhile under the same id is kept. */
export const restoreRemoved = (records: Records, removed: readonly EmployerRecord[]): Records => ({
  ...Object.fromEntries(removed.map((r) => [r.id, r])),
  ...records,
});

/** The employers of `ids` set to `stage` at `at`; one already in that stage keeps the day it got there. */
export function setStageOf(records: Records, ids: ReadonlySet<string>, stage: Stage, at: string): Records {
  return Object.fromEntries(
    Object.entries(records).map(([id, record]) => {
      if (!ids.has(id) || record.draft.status.stage === stage) return [id, record];
      return [id, { ...record, draft: { ...record.draft, status: statusAt(stage, at) }, updatedAt: at }];
    }),
  );
}

/** The employers of `ids` merged into one (nothing lost); null when fewer than two of them are stored. */
export function mergeRecords(
  records: Records,
  ids: readonly string[],
): { records: Records; originals: EmployerRecord[]; result: MergeResult } | null {
  const originals = ids.map((id) => records[id]).filter((r): r is EmployerRecord => !!r);
  if (originals.length < 2) return null;
  const result = mergeGroup(originals);
  const rest = Object.fromEntries(Object.entries(records).filter(([id]) => !ids.includes(id)));
  return { records: { ...rest, [result.merged.id]: result.merged }, originals, result };
}

/** A merge undone: the merged employer out, the originals back. */
export function unmerge(records: Records, mergedId: string, originals: readonly EmployerRecord[]): Records {
  const { [mergedId]: _merged, ...rest } = records;
  return { ...rest, ...Object.fromEntries(originals.map((r) => [r.id, r])) };
}

/**
 * The selection kept to the rows shown: a search, a filter or a stage change that hides a row
 * unselects it, so a bulk action acts only on what the user sees (issue 23: three ticked
 * visible rows deleted 203). The same set comes back when nothing changed.
 */
export function keepShown(selection: ReadonlySet<string>, shownIds: readonly string[]): ReadonlySet<string> {
  const shown = new Set(shownIds);
  const kept = [...selection].filter((id) => shown.has(id));
  return kept.length === selection.size ? selection : new Set(kept);
}

/** The delete question: how many, and the first three by name (else Werkgever ID), then "en nog N". */
export function deleteQuestion(ids: readonly string[], records: Records | undefined, lang: Lang): string {
  const first = groupNames(ids.slice(0, 3), records);
  const names = ids.length > 3 ? guardText('namesMore', lang, { names: first, n: ids.length - 3 }) : first;
  return guardText('deleteQuestion', lang, { n: ids.length, names });
}

/** A selection with `ids` added (`on`) or taken out. */
export function toggleSelection(selection: ReadonlySet<string>, ids: readonly string[], on: boolean): Set<string> {
  const next = new Set(selection);
  for (const id of ids) if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** A duplicate group as the merge offer names it: each by name, else Werkgever ID, else id. */
export const groupNames = (group: readonly string[], records: Records | undefined): string =>
  group.map((id) => records?.[id]?.draft.werkgeverNaam || records?.[id]?.draft.werkgeverId || id).join(' · ');

/** The stored "Wacht op Keylane langer dan" days; the default when unset or not a whole number above 0. */
export function parseKeylaneDays(stored: string | null): number {
  const n = Number(stored);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_KEYLANE_DAYS;
}

/** A typed number of days the filter takes (and keeps). */
export const acceptsKeylaneDays = (value: number): boolean => Number.isInteger(value) && value >= 1;
