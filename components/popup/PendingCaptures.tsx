import { useEffect, useState } from 'react';
import { readPending, resolvePending, type PendingCapture } from '../../utils/store/pending';
import type { EmployerIndexEntry } from '../../utils/store';
import { guardText } from '../../utils/i18n/guard';
import { text } from '../../utils/i18n/popup';
import type { Lang } from '../../utils/i18n/table';
import { buttonClass } from './button';

/**
 * Captures of an employer that could not be told (utils/store/pending.ts), each with the question
 * "Bij welke werkgever hoort dit?". No employer is chosen in advance: the last one chosen is
 * exactly the guess that must not be made for the user.
 */
export function PendingCaptures({ entries, lang }: { entries: readonly EmployerIndexEntry[]; lang: Lang }) {
  const [pending, setPending] = useState<PendingCapture[]>([]);
  const [choice, setChoice] = useState<Record<string, string>>({});
  const reload = () => void readPending().then(setPending, () => undefined);
  useEffect(reload, []);
  if (!pending.length) return null;
  const answer = (at: string, id: string | null) => void resolvePending(at, id).then(reload, reload);
  return (
    <section aria-labelledby="pending-heading" className="space-y-1.5 rounded-md border border-amber-400 bg-amber-50 p-2 text-xs text-amber-950">
      <h2 id="pending-heading" className="font-semibold">
        {guardText('pendingQuestion', lang)}
      </h2>
      <p>{guardText('pendingWhy', lang)}</p>
      <ul className="space-y-1.5">
        {pending.map(({ capture, at }) => {
          const selectId = `pending-${at}`;
          return (
            <li key={at} className="space-y-1" data-pending={capture.personeelsnummer}>
              <label htmlFor={selectId} className="block font-medium">
                {guardText('pendingEmployee', lang, { naam: capture.naam, nummer: capture.personeelsnummer })} ·{' '}
                {guardText(capture.isDga ? 'pendingDga' : 'pendingNotDga', lang)}
              </label>
              <div className="flex gap-1">
                <select
                  id={selectId}
                  value={choice[at] ?? ''}
                  onChange={(e) => setChoice((c) => ({ ...c, [at]: e.target.value }))}
                  className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-1 py-0.5"
                >
                  <option value="">{guardText('pendingChoose', lang)}</option>
                  {entries.map((e) => (
                    <option key={e.id} value={e.id}>
                      {(e.werkgeverNaam || text('unnamedEmployer', lang)) + (e.werkgeverId ? ` · ${e.werkgeverId}` : '')}
                    </option>
                  ))}
                </select>
                <button type="button" disabled={!choice[at]} onClick={() => answer(at, choice[at] ?? null)} className={buttonClass + 'bg-sky-800 text-white disabled:bg-slate-300 disabled:text-slate-600'}>
                  {guardText('pendingAttach', lang)}
                </button>
                <button type="button" onClick={() => answer(at, null)} className={buttonClass + 'border border-slate-300 text-slate-700'}>
                  {guardText('pendingDiscard', lang)}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
