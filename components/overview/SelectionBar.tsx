import type { Stage } from '../../utils/registration/stage';
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
}

/** What can be done to the selected employers: set a stage, merge (two or more), delete. */
export function SelectionBar({ lang, count, bulkStage, onBulkStage, onApply, onMerge, onDelete }: SelectionBarProps) {
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
      <button type="button" onClick={onDelete} className={button + 'border-red-300 bg-white text-red-800'}>
        {ot('delete', lang)}
      </button>
    </section>
  );
}
