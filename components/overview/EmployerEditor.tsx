import { useMemo } from 'react';
import type { EmployerRecord } from '@/utils/employer-record';
import { loketDifferences, openDgaCandidates } from '@/utils/employer-record';
import type { EmployerDraft } from '@/utils/registration/schema';
import { validateEmployer } from '@/utils/registration/validate';
import { text, type Lang } from '@/utils/i18n';
import { ot } from '@/utils/overview/text';
import { EmployerSection } from '@/components/EmployerSection';
import { DgaList } from '@/components/DgaList';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { StatusPicker } from '@/components/StatusPicker';
import { MissingSummary } from '@/components/MissingSummary';
import { Modal } from './Modal';

interface EditorProps {
  record: EmployerRecord;
  lang: Lang;
  onChange: (patch: Partial<EmployerDraft>) => void;
  onDelete: () => void;
  onClose: () => void;
}

/**
 * One employer, edited with the popup's own field components and validation, in a modal
 * dialog (focus stays inside, Escape closes, focus returns to the row's button).
 */
export function EmployerEditor({ record, lang, onChange, onDelete, onClose }: EditorProps) {
  const { draft } = record;
  // The overview is where a processor looks for what is missing: every issue shows at once.
  const issues = useMemo(() => validateEmployer(draft), [draft]);
  const of = (field: string) => issues.filter((i) => i.field === field);
  const t = (key: Parameters<typeof text>[0]) => text(key, lang);

  return (
    <Modal titleId="editor-title" onClose={onClose} className="w-[440px] bg-slate-50" bodyClassName="p-3">
      {(close) => (
        <>
          <header className="flex items-center justify-between gap-2">
            <h2 id="editor-title" className="text-base font-semibold">
              {ot('editorTitle', lang)}: {draft.werkgeverNaam || ot('unnamed', lang)}
            </h2>
            <button type="button" onClick={close} className="rounded border border-slate-300 px-2 py-0.5 text-sm">
              {ot('close', lang)}
            </button>
          </header>
          <EmployerSection
            draft={draft}
            options={record.loket?.loonheffingennummers ?? []}
            differences={loketDifferences(record)}
            issues={issues}
            lang={lang}
            onChange={onChange}
          />
          <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
            <DgaList
              hasDga={draft.hasDga}
              dgas={draft.dgas}
              candidates={openDgaCandidates(record)}
              issues={issues.filter((i) => i.field === 'hasDga' || i.field === 'dgas')}
              lang={lang}
              onChange={onChange}
            />
            <ChoiceGroup
              legend={t('verloning')}
              options={[
                { value: 'maand', label: t('perMaand') },
                { value: '4weken', label: t('per4Weken') },
              ]}
              value={draft.verloning === 'week' ? null : draft.verloning}
              onChange={(verloning) => onChange({ verloning })}
              issues={of('verloning')}
              lang={lang}
            />
            <ChoiceGroup
              legend={t('dertiendeMaand')}
              options={[
                { value: 'ja', label: t('yes') },
                { value: 'nee', label: t('no') },
              ]}
              value={draft.dertiendeMaand === null ? null : draft.dertiendeMaand ? 'ja' : 'nee'}
              onChange={(v) => onChange({ dertiendeMaand: v === 'ja' })}
              issues={of('dertiendeMaand')}
              lang={lang}
            />
          </section>
          <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
            <MissingSummary issues={issues} lang={lang} />
            <StatusPicker status={draft.status} lang={lang} onChange={(status) => onChange({ status })} />
          </section>
          <button type="button" onClick={onDelete} className="rounded-md border border-red-300 px-2 py-1 text-xs font-medium text-red-800">
            {ot('delete', lang)}
          </button>
        </>
      )}
    </Modal>
  );
}
