import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { toFillValues } from '../../utils/popup/fill-values';
import { browser } from 'wxt/browser';
import { validateRegistration, hasBlockingErrors } from '../../utils/registration/validate';
import type { EmployerRecord } from '../../utils/employers/record';
import { numberChoices } from '../../utils/employers/administrations';
import { emptyEmployerDraft, type ValidationIssue } from '../../utils/registration/schema';
import { stageAfterFill, statusAt } from '../../utils/registration/stage';
import { updateRights } from '../../utils/store';
import { text } from '../../utils/i18n/popup';
import { siteOf } from '../../utils/browser/sites';
import { isFillComplete } from '../../utils/popup/fill-outcome';
import { pickOrder } from '../../utils/popup/choose-employer';
import { openNextEmployer } from '../../utils/popup/next-employer';
import { alreadySentLine } from '../../utils/popup/already-sent';
import type { DeadTab } from '../../utils/popup/tab-health';
import { usePopupData } from '../../components/popup/usePopupData';
import type { PopupBoot } from '../../utils/popup/load';
import { ProfileSection } from '../../components/popup/ProfileSection';
import { OpenAsrButton } from '../../components/popup/OpenAsrButton';
import { download } from '../../components/popup/download';
import { TouchContext } from '../../components/shared/touch';
import { EmployerEditorPart, EmployerSwitcherPart, FillPanelPart, ReadySummaryPart, RightsPanelPart } from '../../components/popup/parts';

// Rarely opened: loaded on first use, outside the first-paint bundle.
const DataPanel = lazy(() => import('../../components/popup/DataPanel').then((m) => ({ default: m.DataPanel })));
const EmployerPicker = lazy(() => import('../../components/popup/EmployerPicker').then((m) => ({ default: m.EmployerPicker })));
const DuplicateOffer = lazy(() => import('../../components/popup/DuplicateOffer').then((m) => ({ default: m.DuplicateOffer })));
const PendingCaptures = lazy(() => import('../../components/popup/PendingCaptures').then((m) => ({ default: m.PendingCaptures })));

/** The export, loaded when asked for (load failure, quarantine). */
const exportStored = () => import('../../utils/store/data-control').then((m) => m.exportAll()).then(download);

export function App({ boot }: { boot: PopupBoot }) {
  const {
    data,
    target,
    loadFailed,
    saveError,
    editEmployer,
    editProfile,
    selectEmployer,
    storeChoice,
    removeEmployer,
    restoreEmployer,
    replaceEmployers,
    rememberAsrForm,
    setLang,
    flush,
  } = usePopupData(boot);

  const record = data?.selectedId ? data.records[data.selectedId] : undefined;
  const draft = record?.draft ?? emptyEmployerDraft();
  const profile = data?.profile;
  const lang = data?.settings.lang ?? 'nl';
  const issues = useMemo<ValidationIssue[]>(
    () => (profile ? validateRegistration(profile, draft, numberChoices(record)) : []),
    [profile, draft, record],
  );
  const t = (key: Parameters<typeof text>[0]) => text(key, lang);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [undo, setUndo] = useState<EmployerRecord | null>(null);
  const [deadTabs, setDeadTabs] = useState<DeadTab[]>([]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    // After first paint: it asks every open Loket.nl / a.s.r. tab, which must not delay the popup.
    const timer = setTimeout(
      () => void import('../../utils/popup/tab-health').then((m) => m.findDeadTabs()).then(setDeadTabs, () => undefined),
      50,
    );
    return () => clearTimeout(timer);
  }, []);
  const touch = useCallback((key: string) => setTouched((s) => (s.has(key) ? s : new Set([...s, key]))), []);

  if (loadFailed) {
    return (
      <main className="min-h-[480px] space-y-2 p-3" role="alert">
        <p className="text-sm text-red-800">
          {lang === 'nl'
            ? 'De opgeslagen gegevens konden niet worden gelezen. Exporteer ze om niets kwijt te raken.'
            : 'The stored data could not be read. Export it so nothing is lost.'}
        </p>
        <button type="button" onClick={() => void exportStored()} className="font-semibold underline">
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

  const site = siteOf(target?.url);
  const sentLine = record ? alreadySentLine(draft.status, lang) : null;
  const visibility = { touched, showAll };
  const employerRef = record ? { werkgeverId: draft.werkgeverId, werkgeverNaam: draft.werkgeverNaam } : undefined;
  const values = toFillValues(profile, draft);
  const selectFromSwitcher = (id: string | null) => {
    // What the user reached and tried belongs to the employer they leave.
    setTouched(new Set());
    setShowAll(false);
    void selectEmployer(id);
  };

  const nextAction =
    site === 'asr' && target ? (
      <Suspense fallback={<p className="h-16" />}>
        <FillPanelPart
          key={data.selectedId ?? 'none'}
          target={target}
          values={values}
          employer={{ werkgeverNaam: draft.werkgeverNaam, werkgeverId: values.werkgeverId, loonheffingennummer: values.loonheffingennummer }}
          blocked={hasBlockingErrors(issues)}
          mustPick={data.mustPick}
          lang={lang}
          onAttempt={() => setShowAll(true)}
          onFormFound={rememberAsrForm}
          sent={sentLine}
          known={data.index}
          send={
            record && {
              employerId: record.id,
              name: draft.werkgeverNaam || draft.werkgeverId || t('unnamedEmployer'),
              status: draft.status,
              profile,
              onMarkSent: (at) => editEmployer({ status: statusAt('verstuurd', at) }, record.id),
              onOpenNext: (id) =>
                void openNextEmployer({
                  storeChoice: () => storeChoice(id),
                  openForm: () => import('../../utils/popup/open-form').then((m) => m.openFormInTab(target.id, data.asrFormUrl ?? target.url ?? '')),
                  show: () => selectFromSwitcher(id),
                }),
            }
          }
          onFilled={(report) => {
            // Marks the employer the fill started for, even if the user switched meanwhile; only a
            // complete fill advances the stage (utils/registration/stage.ts).
            if (!record) return;
            const next = stageAfterFill(draft.status, isFillComplete(report), new Date().toISOString());
            if (next !== draft.status) editEmployer({ status: next }, record.id);
          }}
        />
        {data.mustPick && (
          <Suspense fallback={null}>
          <EmployerPicker
            options={pickOrder(profile, data.records)}
            chosenId={data.chosenId}
            lastSeenId={data.lastSeenId}
            lang={lang}
            onPick={selectFromSwitcher}
          />
          </Suspense>
        )}
        {!data.mustPick && <ReadySummaryPart issues={issues} lang={lang} rights={data.rights} employer={employerRef} onlyWhenOpen />}
      </Suspense>
    ) : (
      <section aria-labelledby="next-heading" className="space-y-2 rounded-lg border border-sky-200 bg-white p-2.5">
        <h2 id="next-heading" className="sr-only">
          {t('nextStep')}
        </h2>
        <ReadySummaryPart issues={issues} lang={lang} rights={data.rights} employer={employerRef} />
        <OpenAsrButton lang={lang} formUrl={data.asrFormUrl} />
      </section>
    );

  return (
    <TouchContext.Provider value={touch}>
      <main className="space-y-2 p-2.5 text-slate-900">
        <header className="flex items-center justify-between gap-2">
          <h1 className="text-sm font-semibold leading-tight">{t('title')}</h1>
          <button
            type="button"
            lang={lang === 'nl' ? 'en' : 'nl'}
            onClick={() => void setLang(lang === 'nl' ? 'en' : 'nl')}
            className="rounded px-1.5 py-0.5 text-[11px] text-sky-800 underline outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
          >
            {t('language')}
          </button>
        </header>

        {deadTabs.length > 0 && (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-2 text-xs text-red-900">
            <ul className="space-y-0.5">
              {deadTabs.map((tab) => (
                <li key={tab.id}>
                  {t('reloadLoket')}:{' '}
                  <strong>“{tab.title}”</strong>
                </li>
              ))}
            </ul>
          </div>
        )}
        {data.quarantine.length > 0 && (
          <div role="status" className="rounded-md border border-amber-400 bg-amber-50 p-2 text-xs text-amber-900">
            <p>{t('quarantined')}</p>
            <button type="button" onClick={() => void exportStored()} className="mt-1 font-semibold underline">
              {t('exportJson')}
            </button>
          </div>
        )}
        {saveError && (
          <p role="alert" className="text-xs text-red-700">
            {t('saveFailed')}
          </p>
        )}
        <div role="status" className={undo ? 'flex items-center gap-2 rounded-md border border-slate-300 bg-white p-2 text-xs' : 'sr-only'}>
          {undo && (
            <>
              <span className="flex-1">
                {t('deleted')}: {undo.draft.werkgeverNaam || undo.draft.werkgeverId || t('unnamedEmployer')}
              </span>
              <button
                type="button"
                onClick={() => {
                  void restoreEmployer(undo);
                  setUndo(null);
                }}
                className="rounded border border-sky-700 px-2 py-0.5 font-semibold text-sky-900 outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
              >
                {t('undo')}
              </button>
            </>
          )}
        </div>

        <Suspense fallback={null}>
          <PendingCaptures entries={data.index} lang={lang} />
        </Suspense>
        {sentLine && (
          <p role="status" id="already-sent" className="rounded-md border border-amber-400 bg-amber-50 p-2 text-xs font-semibold text-amber-900">
            {sentLine}
          </p>
        )}
        {nextAction}

        <Suspense fallback={<p className="h-12" />}>
          <EmployerSwitcherPart entries={data.index} selectedId={data.selectedId} lang={lang} onSelect={selectFromSwitcher} />
        </Suspense>

        {record && (
          <Suspense fallback={null}>
            <DuplicateOffer index={data.index} selectedId={record.id} lang={lang} onMerge={replaceEmployers} />
          </Suspense>
        )}

        <Suspense fallback={<p className="h-8" />}>
          <RightsPanelPart
            rights={data.rights}
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
        </Suspense>

        <ProfileSection profile={profile} draft={draft} issues={issues} visibility={visibility} lang={lang} onChange={editProfile} />

        <Suspense fallback={<p className="h-96 text-xs text-slate-500">{t('loading')}</p>}>
          <EmployerEditorPart
            key={data.selectedId ?? 'none'}
            record={record}
            draft={draft}
            profile={profile}
            issues={issues}
            visibility={visibility}
            lang={lang}
            onChange={editEmployer}
          />
        </Suspense>

        {/* The fallback keeps the panel's place but is not shown: the same words in plain text,
            clicked before the panel had loaded, opened nothing (and that click was lost). */}
        <Suspense fallback={<p className="invisible text-xs">{t('data')}</p>}>
          <DataPanel
            lang={lang}
            selectedId={record ? record.id : null}
            onDeleteEmployer={(id) => void removeEmployer(id).then(setUndo)}
            onDelete={(deletion) => void flush().then(deletion).then(() => location.reload())}
          />
        </Suspense>
        {/* The whole portfolio opens in a tab of its own (entrypoints/overview). */}
        <button
          type="button"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/overview.html') })}
          className="rounded px-1.5 py-0.5 text-xs text-sky-800 underline outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
        >
          {t('allEmployers')}
        </button>
      </main>
    </TouchContext.Provider>
  );
}
