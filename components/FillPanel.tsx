import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { FillReport, FillValues } from '@/utils/asr/types';
import { text, type Lang } from '@/utils/i18n';
import type { TargetTab } from '@/utils/popup/target-tab';
import { siteOf } from '@/utils/sites';
import { ASR_REGISTRATION_PAGE, probeAsrTab, requestFill, type ProbeResult } from '@/utils/popup/fill-request';
import { FillReportView } from './FillReportView';

interface FillPanelProps {
  target: TargetTab | null;
  values: FillValues;
  blocked: boolean;
  lang: Lang;
  onFilled: (report: FillReport) => void;
  /** The user pressed the fill button: every open problem is shown from now on. */
  onAttempt: () => void;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'confirm' }
  | { kind: 'filling' }
  | { kind: 'done'; report: FillReport }
  | { kind: 'reload-needed' };

const buttonClass =
  'rounded-md px-3 py-1.5 text-sm font-semibold outline-none focus-visible:ring-2 focus-visible:ring-sky-600 focus-visible:ring-offset-1 ';

export function FillPanel({ target, values, blocked, lang, onFilled, onAttempt }: FillPanelProps) {
  const t = (key: Parameters<typeof text>[0]) => text(key, lang);
  const onAsr = siteOf(target?.url) === 'asr';
  const [probe, setProbe] = useState<ProbeResult | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  useEffect(() => {
    if (!target || !onAsr) return;
    let cancelled = false;
    // A tab still loading has no content script yet: ask a few times before calling it orphaned.
    const ask = async () => {
      for (let attempt = 0; attempt < 4 && !cancelled; attempt++) {
        const result = await probeAsrTab(target.id);
        if (result.kind !== 'reload-needed' || attempt === 3) {
          if (!cancelled) setProbe(result);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    };
    void ask();
    return () => {
      cancelled = true;
    };
  }, [target, onAsr]);

  const fill = async (overwriteConflicts: boolean) => {
    if (!target) return;
    setPhase({ kind: 'filling' });
    const outcome = await requestFill(target.id, values, { overwriteConflicts });
    if (outcome.kind === 'reload-needed') {
      setPhase({ kind: 'reload-needed' });
      return;
    }
    setPhase({ kind: 'done', report: outcome.report });
    onFilled(outcome.report);
  };

  // A probe that found no form still allows a try: the form may render after the probe.
  const reason = !onAsr ? t('fillNotAsr') : probe?.kind === 'reload-needed' ? t('reloadPage') : probe?.kind === 'no-form' ? t('fillNoForm') : null;
  const enabled = onAsr && probe !== null && probe.kind !== 'reload-needed' && phase.kind !== 'filling';
  const conflicts = phase.kind === 'done' ? phase.report.fields.filter((f) => f.status === 'conflict').length : 0;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          disabled={!enabled}
          aria-busy={phase.kind === 'filling'}
          aria-describedby={phase.kind === 'confirm' ? 'fill-confirm' : reason ? 'fill-reason' : undefined}
          onClick={() => {
            onAttempt();
            // An incomplete registration takes a second, deliberate press of the same button.
            if (blocked && phase.kind !== 'confirm') setPhase({ kind: 'confirm' });
            else void fill(false);
          }}
          className={
            buttonClass +
            (phase.kind === 'confirm'
              ? 'bg-amber-700 text-white hover:bg-amber-800'
              : 'bg-sky-800 text-white hover:bg-sky-900 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-600')
          }
        >
          {phase.kind === 'confirm' ? t('fillAnyway') : t('fill')}
        </button>
        {phase.kind === 'confirm' && (
          <button type="button" onClick={() => setPhase({ kind: 'idle' })} className={buttonClass + 'border border-slate-300 font-medium text-slate-700'}>
            {t('cancel')}
          </button>
        )}
        {phase.kind === 'filling' && (
          <span role="status" className="text-xs text-slate-600">
            {t('filling')}
          </span>
        )}
        {!onAsr && (
          <button
            type="button"
            onClick={() => void browser.tabs.create({ url: ASR_REGISTRATION_PAGE })}
            className={buttonClass + 'border border-slate-300 font-medium text-slate-700 hover:bg-slate-50'}
          >
            {t('openAsr')}
          </button>
        )}
      </div>
      {reason && (
        <p id="fill-reason" className="text-xs text-slate-600">
          {reason}
        </p>
      )}
      {phase.kind === 'confirm' && (
        <p id="fill-confirm" role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-2 text-xs text-amber-900">
          {t('confirmIncomplete')}
        </p>
      )}
      {phase.kind === 'reload-needed' && (
        <p role="alert" className="text-xs text-red-700">
          {t('reloadPage')}
        </p>
      )}
      {phase.kind === 'done' && <FillReportView report={phase.report} lang={lang} />}
      {conflicts > 0 && (
        <button type="button" onClick={() => void fill(true)} className={buttonClass + 'border border-amber-600 text-amber-900 hover:bg-amber-50'}>
          {t('overwrite')} ({conflicts})
        </button>
      )}
    </div>
  );
}
