import { useCallback, useEffect, useMemo, useState } from 'react';
import { toFillValues } from '@/utils/popup/fill-request';
import { validateRegistration, hasBlockingErrors } from '@/utils/registration/validate';
import { registrationAsText } from '@/utils/registration/format';
import { loketDifferences, openDgaCandidates } from '@/utils/employer-record';
import { emptyEmployerDraft, type ValidationIssue } from '@/utils/registration/schema';
import { checkForEmployer } from '@/utils/rights/checklist';
import { updateRights } from '@/utils/storage';
import { text } from '@/utils/i18n';
import { usePopupData, type PopupBoot } from '@/components/usePopupData';
import { EmployerSwitcher } from '@/components/EmployerSwitcher';
import { ProfileSection } from '@/components/ProfileSection';
import { EmployerSection } from '@/components/EmployerSection';
import { DgaList } from '@/components/DgaList';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { StatusPicker } from '@/components/StatusPicker';
import { FillPanel } from '@/components/FillPanel';
import { RightsPanel } from '@/components/RightsPanel';
import { DataPanel, download } from '@/components/DataPanel';
import { MissingSummary } from '@/components/MissingSummary';
import { CopyButton } from '@/components/CopyButton';
import { exportAll } from '@/utils/data-control';
import { visibleIssues } from '@/utils/popup/issue-visibility';
import { TouchContext } from '@/components/touch';

export function App({ boot }: { boot: PopupBoot }) {
  const { data, target, loadFailed, saveError, editEmployer, editProfile, selectEmployer, setLang, flush } = usePopupData(boot);

  const record = data?.selectedId ? data.records[data.selectedId] : undefined;
  const draft = record?.draft ?? emptyEmployerDraft();
  const profile = data?.profile;
  const lang = data?.settings.lang ?? 'nl';
  const issues = useMemo<ValidationIssue[]>(
    () => (profile ? validateRegistration(profile, draft) : []),
    [profile, draft],
  );
  const t = (key: Parameters<typeof text>[0]) => text(key, lang);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const touch = useCallback((key: string) => setTouched((s) => (s.has(key) ? s : new Set([...s, key]))), []);

  if (loadFailed) {
    return (
      <main className="min-h-[480px] space-y-2 p-3" role="alert">
        <p className="text-sm text-red-800">
          {lang === 'nl'
            ? 'De opgeslagen gegevens konden niet worden gelezen. Exporteer ze om niets kwijt te raken.'
            : 'The stored data could not be read. Export it so nothing is lost.'}
        </p>
        <button type="button" onClick={() => void exportAll().then(download)} className="font-semibold underline">
          {t('exportJson')}
        </button>
      </main>
    );
  }

  if (!data || !profile) {
    // Same outer size as the loaded popup, so nothing jumps when data arrives.
    return (
      <main className="min-h-[480px] p-3" aria-busy="true">
        <p className="text-sm text-slate-500">{t('loading')}</p>
      </main>
    );
  }

  const shown = visibleIssues(issues, profile, draft, touched, showAll);
  const fieldIssues = (field: ValidationIssue['field']) => shown.filter((i) => i.field === field);
  const employerRef = record ? { werkgeverId: draft.werkgeverId, werkgeverNaam: draft.werkgeverNaam } : undefined;
  const rightsCheck = checkForEmployer(Object.values(data.rights), employerRef);

  return (
    <TouchContext.Provider value={touch}>
      <main className="space-y-3 p-3 text-slate-900">
        <header className="flex items-start justify-between gap-2">
          <div>
            <h1 className="text-base font-semibold leading-tight">{t('title')}</h1>
            <p className="text-[11px] text-slate-500">{t('subtitle')}</p>
          </div>
          <button
            type="button"
            lang={lang === 'nl' ? 'en' : 'nl'}
            onClick={() => void setLang(lang === 'nl' ? 'en' : 'nl')}
            className="rounded px-1.5 py-0.5 text-[11px] text-sky-800 underline outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
          >
            {t('language')}
          </button>
        </header>

        {data.quarantine.length > 0 && (
          <div role="status" className="rounded-md border border-amber-400 bg-amber-50 p-2 text-xs text-amber-900">
            <p>{t('quarantined')}</p>
            <button type="button" onClick={() => void exportAll().then(download)} className="mt-1 font-semibold underline">
              {t('exportJson')}
            </button>
          </div>
        )}
        {saveError && (
          <p role="alert" className="text-xs text-red-700">
            {t('saveFailed')}
          </p>
        )}

        <RightsPanel
          check={rightsCheck}
          employer={employerRef}
          lang={lang}
          now={new Date()}
          onConfirmDedicated={(userName, confirmed) =>
            void updateRights((records) => {
              const existing = records[userName];
              return existing ? { ...records, [userName]: { ...existing, dedicatedConfirmed: confirmed } } : records;
            })
          }
        />

        <EmployerSwitcher
          entries={data.index}
          selectedId={data.selectedId}
          lang={lang}
          onSelect={(id) => {
            // What the user reached and tried belongs to the employer they leave.
            setTouched(new Set());
            setShowAll(false);
            void selectEmployer(id || null);
          }}
        />

        <EmployerSection
          key={data.selectedId ?? 'none'}
          draft={draft}
          options={record?.loket?.loonheffingennummers ?? []}
          differences={record ? loketDifferences(record) : []}
          issues={shown}
          lang={lang}
          onChange={editEmployer}
        />

        <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
          <DgaList
            hasDga={draft.hasDga}
            dgas={draft.dgas}
            candidates={record ? openDgaCandidates(record) : []}
            issues={shown.filter((i) => i.field === 'hasDga' || i.field === 'dgas')}
            lang={lang}
            onChange={editEmployer}
          />
          <ChoiceGroup
            legend={t('verloning')}
            options={[
              { value: 'maand', label: t('perMaand') },
              { value: '4weken', label: t('per4Weken') },
            ]}
            value={draft.verloning === 'week' ? null : draft.verloning}
            onChange={(verloning) => editEmployer({ verloning })}
            issues={fieldIssues('verloning')}
            lang={lang}
          />
          <ChoiceGroup
            legend={t('dertiendeMaand')}
            options={[
              { value: 'ja', label: t('yes') },
              { value: 'nee', label: t('no') },
            ]}
            value={draft.dertiendeMaand === null ? null : draft.dertiendeMaand ? 'ja' : 'nee'}
            onChange={(v) => editEmployer({ dertiendeMaand: v === 'ja' })}
            issues={fieldIssues('dertiendeMaand')}
            lang={lang}
          />
        </section>

        <ProfileSection profile={profile} issues={shown} lang={lang} onChange={editProfile} />

        <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
          <MissingSummary issues={issues} lang={lang} />
          <FillPanel
            key={data.selectedId ?? 'none'}
            target={target ?? null}
            values={toFillValues(profile, draft)}
            blocked={hasBlockingErrors(issues)}
            lang={lang}
            onAttempt={() => setShowAll(true)}
            onFilled={(report) => {
              // Marks the employer the fill started for, even if the user switched meanwhile.
              if (record && report.formFound && report.fields.some((f) => f.status === 'filled') && draft.status.stage === 'concept')
                editEmployer({ status: { stage: 'ingevuld', filledAt: new Date().toISOString() } }, record.id);
            }}
          />
          <div className="flex items-center justify-between gap-2 border-t border-slate-100 pt-2">
            <CopyButton text={registrationAsText(profile, draft, lang)} lang={lang} />
          </div>
          <StatusPicker status={draft.status} lang={lang} onChange={(status) => editEmployer({ status })} />
        </section>

        <DataPanel
          lang={lang}
          selectedId={data.selectedId}
          onDelete={(deletion) => void flush().then(deletion).then(() => location.reload())}
        />
      </main>
    </TouchContext.Provider>
  );
}
