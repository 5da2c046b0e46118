import { useState } from 'react';
import type { EmployerRecord } from '@/utils/employer-record';
import { findDuplicateGroups, mergeGroup, type FieldConflict } from '@/utils/employer-merge';
import { text, type Lang } from '@/utils/i18n';

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Offers to merge the shown employer with records of the same employer (same loonheffingennummer,
 * or its number and its GUID). The merge keeps everything (utils/employer-merge.ts); values both
 * records had typed differently are listed afterwards, so the user can check them.
 */
export function DuplicateOffer({
  records,
  selectedId,
  lang,
  onMerge,
}: {
  records: Record<string, EmployerRecord>;
  selectedId: string;
  lang: Lang;
  onMerge: (removeIds: string[], merged: EmployerRecord) => Promise<void>;
}) {
  const [conflicts, setConflicts] = useState<FieldConflict[] | null>(null);
  const group = findDuplicateGroups(records).find((g) => g.includes(selectedId));
  if (conflicts) {
    return (
      <div role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-2 text-xs text-emerald-950">
        <p>{text('merged', lang)}</p>
        {conflicts.length > 0 && (
          <ul className="ml-4 list-disc">
            {conflicts.map((c) => (
              <li key={c.field}>
                {c.field}: {text('mergeKept', lang)} {show(c.kept)} ({show(c.other)})
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  if (!group) return null;
  // The shown record first: its id is kept, so the popup stays on it.
  const ordered = [selectedId, ...group.filter((id) => id !== selectedId)].map((id) => records[id]!);
  return (
    <div role="region" aria-label={text('merge', lang)} className="rounded-md border border-amber-400 bg-amber-50 p-2 text-xs text-amber-950">
      <p>{text('duplicateFound', lang)}</p>
      <ul className="my-1 ml-4 list-disc">
        {ordered.map((r) => (
          <li key={r.id}>
            {r.draft.werkgeverNaam || text('unnamedEmployer', lang)} · {r.draft.werkgeverId || '—'} · {r.draft.loonheffingennummer || '—'}
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          const { merged, conflicts: found } = mergeGroup(ordered);
          void onMerge(
            ordered.map((r) => r.id).filter((id) => id !== merged.id),
            merged,
          ).then(() => setConflicts(found));
        }}
        className="rounded border border-amber-700 bg-white px-2 py-0.5 font-semibold outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
      >
        {text('merge', lang)}
      </button>
    </div>
  );
}
