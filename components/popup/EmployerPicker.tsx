import { useId } from 'react';
import type { EmployerRecord } from '../../utils/employers/record';
import { text } from '../../utils/i18n/popup';
import type { Lang } from '../../utils/i18n/table';

/**
 * Shown on an a.s.r. tab when the employer chosen in the popup and the one last seen in Loket.nl
 * differ: the user says which one to fill before the fill button is enabled. Employers ready to
 * fill come first; the two in question are marked.
 */
export function EmployerPicker({
  options,
  chosenId,
  lastSeenId,
  lang,
  onPick,
}: {
  options: { record: EmployerRecord; ready: boolean }[];
  chosenId: string | null;
  lastSeenId: string | null;
  lang: Lang;
  onPick: (id: string) => void;
}) {
  const id = useId();
  const t = (key: Parameters<typeof text>[0]) => text(key, lang);
  return (
    <section aria-labelledby={`${id}-h`} className="rounded-lg border border-amber-400 bg-amber-50 p-2.5">
      <h2 id={`${id}-h`} className="text-sm font-semibold text-amber-950">
        {t('pickHeading')}
      </h2>
      <p className="mb-1 text-[11px] text-amber-900">{t('pickHint')}</p>
      <ul className="max-h-48 space-y-1 overflow-auto">
        {options.map(({ record, ready }) => {
          const note = [
            record.id === chosenId ? t('pickChosen') : '',
            record.id === lastSeenId ? t('pickLastSeen') : '',
            ready ? t('pickReady') : t('pickIncomplete'),
          ]
            .filter(Boolean)
            .join(' · ');
          return (
            <li key={record.id}>
              <button
                type="button"
                onClick={() => onPick(record.id)}
                className="block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-left text-xs outline-none hover:bg-sky-50 focus-visible:ring-2 focus-visible:ring-sky-600"
              >
                <span className="font-semibold">{record.draft.werkgeverNaam || t('unnamedEmployer')}</span>
                <span className="font-mono text-slate-600"> · {record.draft.werkgeverId || '—'} · {record.draft.loonheffingennummer || '—'}</span>
                <span className={'block text-[11px] ' + (ready ? 'text-emerald-800' : 'text-slate-500')}>{note}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
