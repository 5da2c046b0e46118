import type { FieldReport, FillReport } from '@/utils/asr/types';
import { text, type Lang, type TextKey } from '@/utils/i18n';

const FIELD_NAMES: Record<FieldReport['field'], { nl: string; en: string }> = {
  bedrijfsnaam: { nl: 'Bedrijfsnaam', en: 'Bedrijfsnaam' },
  email: { nl: 'E-mailadres', en: 'E-mailadres' },
  raamwerkcontractnummer: { nl: 'Raamwerkcontractnummer', en: 'Raamwerkcontractnummer' },
  loonheffingennummer: { nl: 'Loonheffingennummer', en: 'Loonheffingennummer' },
  werkgeverId: { nl: 'Werkgever ID', en: 'Werkgever ID' },
  hasDga: { nl: 'DGA in de verloning', en: 'DGA in payroll' },
  dgaNaam: { nl: 'Naam DGA', en: 'Naam DGA' },
  dgaPersoneelsnummer: { nl: 'Personeelsnummer DGA', en: 'Personeelsnummer DGA' },
  verloning: { nl: 'Verloning', en: 'Verloning' },
  dertiendeMaand: { nl: '13e maand', en: '13e maand' },
};

const MISSING = { className: 'text-red-700', icon: '✕' };
const STATUS: Record<FieldReport['status'], { key: TextKey; className: string; icon: string }> = {
  filled: { key: 'reportFilled', className: 'text-emerald-800', icon: '✓' },
  'not-taken': { key: 'reportNotTaken', ...MISSING },
  'not-found': { key: 'reportNotFound', ...MISSING },
  conflict: { key: 'reportConflict', className: 'text-amber-800', icon: '⚠' },
  skipped: { key: 'reportSkipped', className: 'text-slate-600', icon: '–' },
};

export function FillReportView({ report, lang }: { report: FillReport; lang: Lang }) {
  if (!report.formFound) {
    return <p className="text-xs text-red-700">{text('noFormFound', lang)}</p>;
  }
  return (
    <section aria-label={text('report', lang)} className="rounded-md border border-slate-200 bg-white p-2">
      <h3 className="mb-1 text-xs font-semibold text-slate-800">{text('report', lang)}</h3>
      <ul className="space-y-0.5">
        {report.fields.map((f, i) => {
          const status = STATUS[f.status];
          const name = FIELD_NAMES[f.field][lang] + (f.index === undefined ? '' : ` ${f.index + 1}`);
          return (
            <li key={`${f.field}-${f.index ?? ''}-${i}`} className="flex gap-2 text-xs" data-status={f.status}>
              <span aria-hidden="true" className={status.className}>
                {status.icon}
              </span>
              <span className="flex-1 text-slate-800">{name}</span>
              <span className={status.className}>
                {text(status.key, lang)}
                {f.detail ? `: ${f.detail}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="mt-1 text-[11px] text-slate-500">{text('neverSubmits', lang)}</p>
    </section>
  );
}
