import type { EmployerRecord } from '../../utils/employers/record';
import { loketDifferences, openDgaCandidates } from '../../utils/employers/record';
import type { EmployerDraft, Profile, ValidationIssue } from '../../utils/registration/schema';
import { registrationAsText } from '../../utils/registration/format';
import { dutchIn, text } from '../../utils/i18n/popup';
import type { Lang } from '../../utils/i18n/table';
import { EmployerSection } from './EmployerSection';
import { DgaList } from './DgaList';
import { ChoiceGroup } from './ChoiceGroup';
import { StatusPicker } from './StatusPicker';
import { CopyButton } from './CopyButton';
import { visibleIssues } from '../../utils/popup/issue-visibility';
import { administrationChoices, differingPeriods } from '../../utils/employers/administrations';

/**
 * Everything about one employer below the popup's first screen: its details, DGAs and payroll
 * questions, and where its registration stands. Loaded lazily by the popup; the overview page
 * may render it as its editor.
 */
export function EmployerEditor({
  record,
  draft,
  profile,
  issues: all,
  visibility,
  lang,
  onChange,
}: {
  record: EmployerRecord | undefined;
  draft: EmployerDraft;
  profile: Profile;
  /** Every issue; those shown next to fields follow utils/popup/issue-visibility.ts. */
  issues: ValidationIssue[];
  visibility: { touched: ReadonlySet<string>; showAll: boolean };
  lang: Lang;
  onChange: (patch: Partial<EmployerDraft>) => void;
}) {
  const t = (key: Parameters<typeof text>[0]) => text(key, lang);
  const shown = visibleIssues(all, profile, draft, visibility.touched, visibility.showAll);
  const fieldIssues = (field: ValidationIssue['field']) => shown.filter((i) => i.field === field);
  const periods = differingPeriods(record, draft);
  return (
    <>
          <EmployerSection
            draft={draft}
            options={administrationChoices(record)}
            differences={record ? loketDifferences(record) : []}
            issues={shown}
            lang={lang}
            onChange={onChange}
          />

          <section aria-labelledby="payroll-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
            <h2 id="payroll-heading" className="sr-only">
              {t('payrollSection')}
            </h2>
            <DgaList
              hasDga={draft.hasDga}
              dgas={draft.dgas}
              candidates={record ? openDgaCandidates(record) : []}
              issues={shown.filter((i) => i.field === 'hasDga' || i.field === 'dgas')}
              lang={lang}
              onChange={onChange}
            />
            <ChoiceGroup
              legend={t('verloning')}
              field="verloning::"
              legendLang={dutchIn('verloning', lang)}
              options={[
                { value: 'maand', label: t('perMaand') },
                { value: '4weken', label: t('per4Weken') },
              ]}
              value={draft.verloning === 'week' ? null : draft.verloning}
              onChange={(verloning) => onChange({ verloning })}
              issues={fieldIssues('verloning')}
              lang={lang}
            />
            {periods && (
              <p role="note" className="text-xs text-amber-900">
                {text('periodAsk', lang, { periods: periods.map((p) => (p === 'maand' ? t('perMaand') : p === '4weken' ? t('per4Weken') : p)).join(', ') })}
              </p>
            )}
            <ChoiceGroup
              legend={t('dertiendeMaand')}
              field="dertiendeMaand::"
              legendLang={dutchIn('dertiendeMaand', lang)}
              options={[
                { value: 'ja', label: t('yes') },
                { value: 'nee', label: t('no') },
              ]}
              value={draft.dertiendeMaand === null ? null : draft.dertiendeMaand ? 'ja' : 'nee'}
              onChange={(v) => onChange({ dertiendeMaand: v === 'ja' })}
              issues={fieldIssues('dertiendeMaand')}
              lang={lang}
            />
          </section>

          <section aria-labelledby="status-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
            <h2 id="status-heading" className="text-sm font-semibold">
              {t('statusSection')}
            </h2>
            <StatusPicker status={draft.status} lang={lang} onChange={(status) => onChange({ status })} />
            <CopyButton text={registrationAsText(profile, draft, lang)} lang={lang} />
          </section>
    </>
  );
}
