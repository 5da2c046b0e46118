import { useState } from 'react';
import type { Stage } from '../../utils/registration/stage';
import { guardText } from '../../utils/i18n/guard';
import type { Lang } from '../../utils/i18n/table';
import { ot } from '../../utils/i18n/overview';
import { Field, StageOptions } from './Field';
import { button } from './styles';

interface SelectionBarProps {
  lang: Lang;
  count: number;
  bulkStage: Stage;
  onBulkStage: (stage: Stage) => void;
  onApply: () => void;
  onMerge: () => void;
  onDelete: () => void;
  /** The delete question naming the count and the first names (utils/overview/actions.ts deleteQuestion). */
  deleteQuestion: string;
}

/**
 * What can be done to the selected employers (only rows shown can be selected): set a stage,
 * merge (two or more), delete after a question naming how many and which.
 */
export function SelectionBar({ lang, count, bulkStage, onBulkStage, onApply, onMerge, onDelete, deleteQuestion }: SelectionBarProps) {
  const [asking, setAsking] = useState(false);
  if (asking)
    return (
      <section role="alertdialog" aria-labelledby="overview-delete-question" className="flex flex-wrap items-center gap-2 rounded-md border border-red-300 bg-red-50 p-2 text-sm">
        <span id="overview-delete-question" className="font-medium text-red-900">
          {deleteQuestion}
        </span>
        <button
          type="button"
          onClick={() => {
            setAsking(false);
            onDelete();
          }}
          className={button + 'border-red-700 bg-white text-red-800'}
        >
          {guardText('deleteYes', lang)}
        </button>
        <button type="button" autoFocus onClick={() => setAsking(false)} className={button + 'border-slate-400 bg-white'}>
          {ot('cancel', lang)}
        </button>
      </section>
    );
  return (
    <section aria-label={ot('selectedCount', lang, { n: count })} className="flex flex-wrap items-end gap-2 rounded-md bg-sky-50 p-2 text-sm">
      <span className="pb-1 font-medium">{ot('selectedCount', lang, { n: count })}</span>
      <Field id="overview-bulk-stage" label={ot('setStage', lang)}>
        <select id="overview-bulk-stage" value={bulkStage} onChange={(e) => onBulkStage(e.target.value as Stage)} className="rounded-md border border-slate-300 bg-white px-2 py-1">
          <StageOptions lang={lang} />
        </select>
      </Field>
      <button type="button" onClick={onApply} className={button + 'border-sky-700 bg-white text-sky-900'}>
        {ot('apply', lang)}
      </button>
      {count > 1 && (
        <button type="button" onClick={onMerge} className={button + 'border-slate-400 bg-white'}>
          {ot('mergeSelected', lang)}
        </button>
      )}
      <button type="button" onClick={() => setAsking(true)} className={button + 'border-red-300 bg-white text-red-800'}>
        {ot('delete', lang)}
      </button>
    </section>
  );
}
