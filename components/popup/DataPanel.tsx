import { useState } from 'react';
import { text } from '../../utils/i18n/popup';
import type { Lang } from '../../utils/i18n/table';
import { deleteEverything, exportAll } from '../../utils/store/data-control';
import { download } from './download';

const smallButton =
  'rounded-md border px-2 py-1 text-xs font-medium outline-none focus-visible:ring-2 focus-visible:ring-sky-600 ';

export function DataPanel({
  lang,
  selectedId,
  onDelete,
  onDeleteEmployer,
}: {
  lang: Lang;
  selectedId: string | null;
  /** Asked and confirmed; the caller deletes and offers to undo. */
  onDeleteEmployer: (id: string) => void;
  /** Runs a deletion after the popup's unsaved typing is written, so nothing deleted comes back. */
  onDelete: (deletion: () => Promise<void>) => void;
}) {
  const [shown, setShown] = useState<string | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const [confirmOne, setConfirmOne] = useState(false);
  const t = (key: Parameters<typeof text>[0]) => text(key, lang);
  return (
    <details
      aria-label={t('data')}
      className="rounded-md border border-slate-200 bg-white p-2 text-xs"
      onToggle={(e) => {
        if ((e.target as HTMLDetailsElement).open) void exportAll().then(setShown);
      }}
    >
      <summary className="cursor-pointer font-medium text-slate-800 outline-none focus-visible:ring-2 focus-visible:ring-sky-600">
        {t('data')}
      </summary>
      <p className="mt-1 text-slate-600">{t('privacy')}</p>
      {shown !== null && (
        <pre tabIndex={0} aria-label={t('storedData')} className="mt-1 max-h-40 overflow-auto rounded bg-slate-50 p-1 text-[10px] leading-tight">
          {shown}
        </pre>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={smallButton + 'border-slate-300 text-slate-700'} onClick={() => void exportAll().then(download)}>
          {t('exportJson')}
        </button>
        {selectedId && !confirmOne && (
          <button type="button" className={smallButton + 'border-red-300 text-red-800'} onClick={() => setConfirmOne(true)}>
            {t('deleteEmployer')}
          </button>
        )}
        {selectedId && confirmOne && (
          <>
            <button
              type="button"
              className={smallButton + 'border-red-700 bg-red-700 text-white'}
              onClick={() => {
                setConfirmOne(false);
                onDeleteEmployer(selectedId);
              }}
            >
              {t('confirmDeleteEmployer')}
            </button>
            <button type="button" className={smallButton + 'border-slate-300 text-slate-700'} onClick={() => setConfirmOne(false)}>
              {t('cancel')}
            </button>
          </>
        )}
        {!confirmAll ? (
          <button type="button" className={smallButton + 'border-red-300 text-red-800'} onClick={() => setConfirmAll(true)}>
            {t('deleteAll')}
          </button>
        ) : (
          <button
            type="button"
            className={smallButton + 'border-red-700 bg-red-700 text-white'}
            onClick={() => onDelete(deleteEverything)}
          >
            {t('confirmDeleteAll')}
          </button>
        )}
      </div>
    </details>
  );
}

