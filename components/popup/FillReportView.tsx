import { forwardRef } from 'react';
import type { FieldReport, FillReport, FillValues } from '../../utils/asr/types';
import { text } from '../../utils/i18n/popup';
import { keptDutch, type Lang, type Phrase } from '../../utils/i18n/table';
import { REPORT_FIELD_NAMES } from '../../utils/i18n/report';
import { DutchQuotes } from '../shared/DutchQuotes';
import { reportPhrase } from '../../utils/popup/report-phrase';

/** The a.s.r. form's own field names; in English mode they stay Dutch (marked lang="nl"). */
const FIELD_NAMES: Record<FieldReport['field'], Phrase> = REPORT_FIELD_NAMES;

const STATUS: Record<FieldReport['status'], { className: string; icon: string }> = {
  filled: { className: 'text-emerald-800', icon: '✓' },
  'not-taken': { className: 'text-red-700', icon: '✕' },
  'not-found': { className: 'text-red-700', icon: '✕' },
  conflict: { className: 'text-amber-800', icon: '⚠' },
  skipped: { className: 'text-slate-600', icon: '–' },
};

/** Focusable (tabIndex -1) so the popup can move focus here when a fill ends. */
export const FillReportView = forwardRef<HTMLElement, { report: FillReport; values: FillValues; lang: Lang }>(function FillReportView(
  { report, values, lang },
  ref,
) {
  if (!report.formFound) {
    return (
      <p ref={ref as React.Ref<HTMLParagraphElement>} tabIndex={-1} className="text-xs text-red-700 outline-none">
        <DutchQuotes text={text('noFormFound', lang)} lang={lang} />
      </p>
    );
  }
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="report-heading" className="rounded-md border border-slate-200 bg-white p-2 outline-none focus-visible:ring-2 focus-visible:ring-sky-600">
      <h3 id="report-heading" className="mb-1 text-xs font-semibold text-slate-800">
        {text('report', lang)}
      </h3>
      <ul className="space-y-0.5">
        {report.fields.map((f, i) => {
          const status = STATUS[f.status];
          const names = FIELD_NAMES[f.field];
          const name = names[lang] + (f.index === undefined ? '' : ` ${f.index + 1}`);
          return (
            <li key={`${f.field}-${f.index ?? ''}-${i}`} className="flex gap-2 text-xs leading-tight" data-status={f.status}>
              <span aria-hidden="true" className={status.className}>
                {status.icon}
              </span>
              <span className="min-w-[7.5rem] text-slate-800" lang={keptDutch(names, lang)}>
                {name}:
              </span>
              <span className={'flex-1 ' + status.className}>{reportPhrase(f, values, lang)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
});
