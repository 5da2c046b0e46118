import { takeOther, type FieldConflict } from '../../utils/employers/merge';
import type { Lang } from '../../utils/i18n/table';
import { ot } from '../../utils/i18n/overview';
import { changeEmployer } from '../../utils/overview/store';
import { UseOther } from './Phrase';
import { button } from './styles';

/** What an action tells: done (with undo when it can be undone), merged (with the other values to choose), or failed. */
export type Notice =
  | { kind: 'info'; text: string; undo?: () => Promise<unknown> }
  | { kind: 'merged'; text: string; id: string; conflicts: FieldConflict[]; undo: () => Promise<unknown> }
  | { kind: 'error'; text: string };

/** The notice line under the toolbar: its text, "Gebruik …" per merge conflict, undo and close. */
export function NoticeBanner({ notice, lang, onClose }: { notice: Notice; lang: Lang; onClose: () => void }) {
  return (
    <div
      role={notice.kind === 'error' ? 'alert' : 'status'}
      className={'flex flex-wrap items-center gap-2 rounded-md p-2 text-sm ' + (notice.kind === 'error' ? 'bg-red-50 text-red-900' : 'bg-emerald-50 text-emerald-950')}
    >
      <span>{notice.text}</span>
      {notice.kind === 'merged' &&
        notice.conflicts.map((c, i) => (
          <button
            key={`${c.field}-${i}`}
            type="button"
            onClick={() => void changeEmployer(notice.id, (r) => (r ? takeOther(r, c) : r))}
            className={button + 'border-slate-400 bg-white py-0.5 text-xs'}
          >
            <UseOther field={c.field} other={c.other} lang={lang} />
          </button>
        ))}
      {notice.kind !== 'error' && notice.undo && (
        <button
          type="button"
          onClick={() => {
            void notice.undo!();
            onClose();
          }}
          className={button + 'border-slate-500 bg-white py-0.5'}
        >
          {ot('undo', lang)}
        </button>
      )}
      <button type="button" aria-label={ot('close', lang)} onClick={onClose} className="ml-auto px-1 text-slate-500">
        ✕
      </button>
    </div>
  );
}
