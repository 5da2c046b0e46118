import { useMemo } from 'react';
import type { EmployerRecord } from '../../utils/employers/record';
import type { EmployerDraft, Profile } from '../../utils/registration/schema';
import type { Lang } from '../../utils/i18n/table';
import { dataLang } from '../../utils/overview/labels';
import { ot } from '../../utils/i18n/overview';
import { employerIssues } from '../../utils/overview/rows';
import { EmployerEditor } from '../shared/EmployerEditor';
import { MissingSummary } from '../shared/MissingSummary';
import { Modal } from './Modal';

interface EditorProps {
  record: EmployerRecord;
  /** The processor's own details, for "Kopiëren als tekst". */
  profile: Profile;
  lang: Lang;
  onChange: (patch: Partial<EmployerDraft>) => void;
  onDelete: () => void;
  onClose: () => void;
}

/** The overview is where a processor looks for what is missing: every issue shows at once. */
const SHOW_ALL = { touched: new Set<string>(), showAll: true };

/**
 * One employer, edited with the popup's own editor (fields, administration choice, DGAs, stage)
 * and the validation the table's "Ontbreekt nog" uses, in a modal dialog (focus stays inside,
 * Escape closes, focus returns to the row's button).
 */
export function EmployerEditorDialog({ record, profile, lang, onChange, onDelete, onClose }: EditorProps) {
  const { draft } = record;
  const issues = useMemo(() => employerIssues(record), [record]);

  return (
    <Modal titleId="editor-title" onClose={onClose} className="w-[440px] bg-slate-50" bodyClassName="p-3">
      {(close) => (
        <>
          <header className="flex items-center justify-between gap-2">
            <h2 id="editor-title" className="text-base font-semibold">
              {ot('editorTitle', lang)}:{' '}
              {draft.werkgeverNaam ? <span lang={dataLang(lang)}>{draft.werkgeverNaam}</span> : ot('unnamed', lang)}
            </h2>
            <button type="button" onClick={close} className="rounded border border-slate-300 px-2 py-0.5 text-sm">
              {ot('close', lang)}
            </button>
          </header>
          <section className="rounded-lg border border-slate-200 bg-white p-3">
            <MissingSummary issues={issues} lang={lang} />
          </section>
          <EmployerEditor record={record} draft={draft} profile={profile} issues={issues} visibility={SHOW_ALL} lang={lang} onChange={onChange} />
          <button type="button" onClick={onDelete} className="rounded-md border border-red-300 px-2 py-1 text-xs font-medium text-red-800">
            {ot('delete', lang)}
          </button>
        </>
      )}
    </Modal>
  );
}
