import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { FillReport, FillValues } from '../../utils/asr/types';
import { text } from '../../utils/i18n/popup';
import type { Lang } from '../../utils/i18n/table';
import type { TargetTab } from '../../utils/popup/target-tab';
import { probeAsrTab, requestFill, type ProbeResult } from '../../utils/popup/fill-request';
import { fillSummary } from '../../utils/popup/fill-outcome';
import { lastFillFor, rememberFill } from '../../utils/asr-button/last-fill';
import { buttonClass } from './button';
import { guardText } from '../../utils/i18n/guard';
import { describeFormOwner, type KnownEmployer } from '../../utils/popup/other-employer';
import { SendStep, type SendStepProps } from './SendStep';

// Only after a fill: outside the first-paint bundle.
const FillReportView = lazy(() => import('./FillReportView').then((m) => ({ default: m.FillReportView })));

export interface EmployerIdentity {
  werkgeverNaam: string;
  werkgeverId: string;
  loonheffingennummer: string;
}

interface FillPanelProps {
  /** An a.s.r. tab (the panel is shown only there). */
  target: TargetTab;
  values: FillValues;
  /** The employer whose data is filled: shown right beside the button. */
  employer: EmployerIdentity;
  blocked: boolean;
  /** The user must first say which employer (see utils/popup/choose-employer.ts). */
  mustPick: boolean;
  lang: Lang;
  onFilled: (report: FillReport) => void;
  /** The user pressed the fill button: every open problem is shown from now on. */
  onAttempt: () => void;
  /** The probe found the form here: "open a.s.r." comes back to this address. */
  onFormFound?: (url: string) => void;
  /** The registration was sent already (utils/popup/already-sent.ts): filling takes a second press. */
  sent?: string | null;
  /** The stored employers, to name the one whose data a form holds. */
  known?: readonly KnownEmployer[];
  /** The step after a fill (./SendStep.tsx), for the employer shown; absent for an unsaved one. */
  send?: Omit<SendStepProps, 'tabId' | 'filled' | 'lang'>;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'confirm' }
  | { kind: 'confirm-sent' }
  | { kind: 'filling' }
  | { kind: 'done'; report: FillReport }
  | { kind: 'reload-needed' };


/** Props changed (issue 14): `target` is required, `employer`, `mustPick`, `onFormFound` added. */
export function FillPanel({ target, values, employer, blocked, mustPick, lang, onFilled, onAttempt, onFormFound, sent, known = [], send }: FillPanelProps) {
  const t = (key: Parameters<typeof text>[0]) => text(key, lang);
  const [probe, setProbe] = useState<ProbeResult | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  // What the status line says, kept as what happened, not as words: switching the language
  // afterwards says it again in the new language.
  const [announcement, setAnnouncement] = useState<{ kind: 'none' | 'filling' | 'reload' } | { kind: 'summary'; report: FillReport }>({ kind: 'none' });
  // Stable: an inline ref callback runs again on every render and would pull focus back to the
  // report each time the popup re-renders (a stage saved, "Verstuurd" pressed).
  const focusOnShow = useCallback((el: HTMLElement | null) => el?.focus(), []);

  useEffect(() => {
    let cancelled = false;
    // A tab still loading has no content script yet: ask a few times before calling it orphaned.
    const ask = async () => {
      for (let attempt = 0; attempt < 4 && !cancelled; attempt++) {
        const result = await probeAsrTab(target.id);
        if (result.kind !== 'reload-needed' || attempt === 3) {
          if (cancelled) return;
          setProbe(result);
          if (result.kind === 'form' && target.url) onFormFound?.(target.url);
          // A fill made on this very page load (by the button on the page, or an earlier popup)
          // with these values: its full report is shown as the popup opens.
          if (result.kind !== 'reload-needed' && result.page !== undefined) {
            const report = await lastFillFor(target.id, values, result.page);
            if (report && !cancelled) setPhase((p) => (p.kind === 'idle' ? { kind: 'done', report } : p));
          }
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    };
    void ask();
    return () => {
      cancelled = true;
    };
    // onFormFound is a fresh closure each render; the probe runs once per tab, with the values
    // shown as the popup opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target]);

  const fill = async (overwriteConflicts: boolean) => {
    setPhase({ kind: 'filling' });
    setAnnouncement({ kind: 'filling' });
    const outcome = await requestFill(target.id, values, { overwriteConflicts });
    if (outcome.kind === 'reload-needed') {
      setPhase({ kind: 'reload-needed' });
      setAnnouncement({ kind: 'reload' });
      return;
    }
    // Remembered before the report shows: the user's send that follows is tied to this fill.
    await rememberFill(target.id, values, outcome.report, send?.employerId, target.url);
    setPhase({ kind: 'done', report: outcome.report });
    setAnnouncement({ kind: 'summary', report: outcome.report });
    onFilled(outcome.report);
  };

  // A probe that found no form still allows a try: the form may render after the probe.
  const reason = mustPick
    ? t('pickFirst')
    : probe?.kind === 'reload-needed'
      ? t('reloadPage')
      : probe?.kind === 'no-form'
        ? t('fillNoForm')
        : null;
  const enabled = !mustPick && probe !== null && probe.kind !== 'reload-needed' && phase.kind !== 'filling';
  const conflicts = phase.kind === 'done' ? phase.report.fields.filter((f) => f.status === 'conflict').length : 0;
  const dutch = lang === 'en' ? 'nl' : undefined;
  const filled = phase.kind === 'done' && phase.report.formFound && !phase.report.otherEmployer;
  // After a fill (or a send) the next step leads; filling again is the lesser action.
  const secondary = filled || !!sent;

  return (
    <section aria-labelledby="fill-heading" className="space-y-2 rounded-lg border border-sky-200 bg-white p-2.5">
      <h2 id="fill-heading" className="sr-only">
        {t('fillSection')}
      </h2>
      {send && !mustPick && <SendStep {...send} tabId={target.id} filled={filled} lang={lang} />}
      <div className="flex items-center gap-2">
        <button
          type="button"
          disabled={!enabled}
          aria-busy={phase.kind === 'filling'}
          aria-describedby={['fill-employer', phase.kind === 'confirm' || phase.kind === 'confirm-sent' ? 'fill-confirm' : reason ? 'fill-reason' : ''].filter(Boolean).join(' ')}
          onClick={() => {
            onAttempt();
            // A registration sent already, or an incomplete one, takes a second, deliberate press.
            if (sent && phase.kind !== 'confirm-sent' && phase.kind !== 'confirm') setPhase({ kind: 'confirm-sent' });
            else if (blocked && phase.kind !== 'confirm') setPhase({ kind: 'confirm' });
            else void fill(false);
          }}
          className={
            buttonClass +
            'shrink-0 ' +
            (phase.kind === 'confirm' || phase.kind === 'confirm-sent'
              ? 'bg-amber-700 text-white hover:bg-amber-800'
              : secondary
                ? 'border border-sky-700 text-sky-900 hover:bg-sky-50 disabled:text-slate-600'
                : 'bg-sky-800 text-white hover:bg-sky-900 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-600')
          }
        >
          {phase.kind === 'confirm' ? t('fillAnyway') : phase.kind === 'confirm-sent' ? guardText('fillAgain', lang) : t('fill')}
        </button>
        <dl id="fill-employer" className="min-w-0 flex-1 text-[11px] leading-tight text-slate-700">
          <dt className="sr-only">{t('werkgeverNaam')}</dt>
          <dd className="truncate text-xs font-semibold text-slate-900">{employer.werkgeverNaam || t('unnamedEmployer')}</dd>
          <dt className="sr-only" lang={dutch}>
            {t('werkgeverId')}
          </dt>
          <dd className="truncate font-mono">
            <span aria-hidden="true" lang={dutch}>ID </span>
            {employer.werkgeverId || '—'}
          </dd>
          <dt className="sr-only" lang={dutch}>
            {t('loonheffingennummer')}
          </dt>
          <dd className="truncate font-mono">
            <span aria-hidden="true" lang={dutch}>LH </span>
            {employer.loonheffingennummer || '—'}
          </dd>
        </dl>
      </div>
      {(phase.kind === 'confirm' || phase.kind === 'confirm-sent') && (
        <div className="flex items-start gap-2">
          <p id="fill-confirm" role="alert" className="flex-1 rounded-md border border-amber-400 bg-amber-50 p-2 text-xs text-amber-900">
            {phase.kind === 'confirm' ? t('confirmIncomplete') : guardText('confirmFillAgain', lang)}
          </p>
          <button type="button" onClick={() => setPhase({ kind: 'idle' })} className={buttonClass + 'border border-slate-300 font-medium text-slate-700'}>
            {t('cancel')}
          </button>
        </div>
      )}
      {reason && phase.kind !== 'confirm' && phase.kind !== 'confirm-sent' && (
        <p id="fill-reason" className="text-xs text-slate-600">
          {reason}
        </p>
      )}
      <p role="status" className={phase.kind === 'reload-needed' ? 'text-xs text-red-700' : 'sr-only'}>
        {announcement.kind === 'filling'
          ? t('filling')
          : announcement.kind === 'reload'
            ? t('reloadPage')
            : announcement.kind === 'summary'
              ? fillSummary(announcement.report, lang)
              : ''}
      </p>
      {phase.kind === 'done' && phase.report.otherEmployer && (
        <p role="alert" id="fill-other-employer" className="rounded-md border border-red-300 bg-red-50 p-2 text-xs text-red-900">
          {guardText('otherEmployerForm', lang, { who: describeFormOwner(phase.report.otherEmployer, known) })} {guardText('otherEmployerHint', lang)}
        </p>
      )}
      {phase.kind === 'done' && (
        <Suspense fallback={null}>
          {/* Focus moves to the report as it appears, not to the page body. */}
          <FillReportView ref={focusOnShow} report={phase.report} values={values} lang={lang} />
        </Suspense>
      )}
      {conflicts > 0 && (
        <button type="button" onClick={() => void fill(true)} className={buttonClass + 'border border-amber-600 text-amber-900 hover:bg-amber-50'}>
          {t('overwrite')} ({conflicts})
        </button>
      )}
    </section>
  );
}
