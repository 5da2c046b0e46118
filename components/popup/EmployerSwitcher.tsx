import type { EmployerIndexEntry } from '../../utils/store';
import { text } from '../../utils/i18n/popup';
import type { Lang } from '../../utils/i18n/table';

const STAGE_KEY = {
  concept: 'stageConcept',
  ingevuld: 'stageIngevuld',
  verstuurd: 'stageVerstuurd',
  'wacht-op-keylane': 'stageKeylane',
  bevestigd: 'stageBevestigd',
} as const;

export function EmployerSwitcher({
  entries,
  selectedId,
  lang,
  onSelect,
}: {
  entries: EmployerIndexEntry[];
  selectedId: string | null;
  lang: Lang;
  onSelect: (id: string | null) => void;
}) {
  // ISO timestamps order as plain strings; localeCompare would set up ICU's collator on the popup's first paint.
  const sorted = [...entries].sort((a, b) => (b.updatedAt > a.updatedAt ? 1 : b.updatedAt < a.updatedAt ? -1 : 0));
  const known = new Set(entries.map((e) => e.id));
  return (
    <div className="flex items-end gap-2">
      <div className="flex-1">
        <label htmlFor="employer-switcher" className="block text-xs font-medium text-slate-700">
          {text('employer', lang)}
        </label>
        <select
          id="employer-switcher"
          value={selectedId ?? ''}
          onChange={(e) => {
            if (known.has(e.target.value)) onSelect(e.target.value);
          }}
          className="mt-0.5 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
        >
          {sorted.length === 0 && !selectedId && <option value="">{text('noEmployers', lang)}</option>}
          {/* A new employer exists only in the popup until something is typed. */}
          {selectedId && !known.has(selectedId) && <option value={selectedId}>{text('unsavedEmployer', lang)}</option>}
          {sorted.map((r) => (
            <option key={r.id} value={r.id}>
              {(r.werkgeverNaam || text('unnamedEmployer', lang)) +
                (r.werkgeverId ? ` · ${r.werkgeverId}` : '') +
                ` · ${text(STAGE_KEY[r.stage], lang)}`}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        onClick={() => onSelect(null)}
        className="rounded-md border border-slate-300 px-2.5 py-1.5 text-xs font-medium text-slate-700 hover:bg-slate-50 outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
      >
        <span aria-hidden="true">+ </span>
        {text('newEmployer', lang)}
      </button>
    </div>
  );
}
