import { useState } from 'react';
import type { EmployerRecord } from '../../utils/employers/record';
import { findDuplicateGroups, mergeGroup, type FieldConflict } from '../../utils/employers/merge';
import { readEmployer, type EmployerIndexEntry } from '../../utils/store';
import { text } from '../../utils/i18n/popup';
import type { Lang } from '../../utils/i18n/table';

/**
 * The popup holds index entries, not every record: duplicates are found on what identifies an
 * employer (its IDs and numbers), which the entry carries. Only findDuplicateGroups' identity
 * fields are filled, hence the cast.
 */
function identityOnly(entry: EmployerIndexEntry): EmployerRecord {
  return {
    id: entry.id,
    draft: { werkgeverId: entry.werkgeverId, loonheffingennummer: '' },
    loket: { werkgeverId: entry.loketWerkgeverId ?? '', loonheffingennummers: entry.loonheffingennummers },
  } as unknown as EmployerRecord;
}

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Offers to merge the shown employer with records of the same employer (same loonheffingennummer,
 * or its number and its GUID). The merge keeps everything (utils/employers/merge.ts); values both
 * records had typed differently are listed afterwards, so the user can check them.
 */
export function DuplicateOffer({
  index,
  selectedId,
  lang,
  onMerge,
}: {
  index: EmployerIndexEntry[];
  selectedId: string;
  lang: Lang;
  onMerge: (removeIds: string[], merged: EmployerRecord) => Promise<void>;
}) {
  const [conflicts, setConflicts] = useState<FieldConflict[] | null>(null);
  const group = findDuplicateGroups(Object.fromEntries(index.map((e) => [e.id, identityOnly(e)]))).find((g) => g.includes(selectedId));
  const entries = new Map(index.map((e) => [e.id, e]));
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
  const ordered = [selectedId, ...group.filter((id) => id !== selectedId)].flatMap((id) => entries.get(id) ?? []);
  return (
    <div role="region" aria-label={text('merge', lang)} className="rounded-md border border-amber-400 bg-amber-50 p-2 text-xs text-amber-950">
      <p>{text('duplicateFound', lang)}</p>
      <ul className="my-1 ml-4 list-disc">
        {ordered.map((r) => (
          <li key={r.id}>
            {r.werkgeverNaam || text('unnamedEmployer', lang)} · {r.werkgeverId || r.loketWerkgeverId || '—'} · {r.loonheffingennummers.join(', ') || '—'}
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() =>
          void Promise.all(ordered.map((e) => readEmployer(e.id))).then(async (read) => {
            const records = read.filter((r): r is EmployerRecord => r !== null);
            if (records.length < 2) return;
            const { merged, conflicts: found } = mergeGroup(records);
            await onMerge(
              records.map((r) => r.id).filter((id) => id !== merged.id),
              merged,
            );
            setConflicts(found);
          })
        }
        className="rounded border border-amber-700 bg-white px-2 py-0.5 font-semibold outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
      >
        {text('merge', lang)}
      </button>
    </div>
  );
}
