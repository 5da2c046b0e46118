import { lazy, Suspense, useState } from 'react';
import { buildChecklist, checkForEmployer, missingItems, undeterminedItems } from '../../utils/rights/checklist';
import type { RightsRecord } from '../../utils/store';
import type { RightsPanelProps } from './RightsDetails';

// The checklist itself is read only when the status line is opened.
const RightsDetails = lazy(() => import('./RightsDetails').then((m) => ({ default: m.RightsDetails })));

/**
 * The link user's checklist as one status line that opens. Opened, an alert names exactly what is
 * missing (never a granted item) with a ready e-mail to Loket.nl's API helpdesk.
 */
/** Props changed (issue 14): takes the stored rights records and finds the check for the employer itself. */
export function RightsPanel({ rights, ...props }: Omit<RightsPanelProps, 'check'> & { rights: Record<string, RightsRecord> }) {
  return <RightsStatus {...props} check={checkForEmployer(Object.values(rights), props.employer)} />;
}

function RightsStatus({ check, employer, lang, now, onConfirmDedicated }: RightsPanelProps) {
  const items = buildChecklist(check, employer);
  const missing = missingItems(items);
  const nl = lang === 'nl';
  const undetermined = undeterminedItems(items);
  // A right the page listed without a state must be looked up: the list opens by itself and
  // the line never says "in orde".
  const [open, setOpen] = useState(undetermined.length > 0);
  const status = !check
    ? nl ? 'nog niet gecontroleerd' : 'not yet checked'
    : missing.length > 0
      ? nl ? `${missing.length} ${missing.length === 1 ? 'ontbreekt' : 'ontbreken'}` : `${missing.length} missing`
      : undetermined.length > 0
        ? nl ? `${undetermined.length} niet vastgesteld` : `${undetermined.length} not determined`
        : nl ? 'in orde' : 'all granted';
  const allGranted = !!check && missing.length === 0 && undetermined.length === 0;
  return (
    <section aria-label={nl ? 'Rechten koppelgebruiker' : 'Link user rights'}>
      <details open={open} className="rounded-md border border-slate-200 bg-white px-2 py-1.5 text-xs" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <summary className="cursor-pointer font-medium text-slate-800 outline-none focus-visible:ring-2 focus-visible:ring-sky-600">
          {nl ? 'Rechten koppelgebruiker' : 'Link user rights'}
          {check ? ` ${check.capture.userName}` : ''}:{' '}
          <span className={missing.length > 0 && check ? 'text-red-700' : allGranted ? 'text-emerald-800' : check ? 'text-amber-800' : 'text-slate-500'}>
            <span aria-hidden="true">{missing.length > 0 && check ? '✕ ' : allGranted ? '✓ ' : check ? '? ' : ''}</span>
            {status}
          </span>
        </summary>
        {open && (
          <Suspense fallback={null}>
            <RightsDetails check={check} employer={employer} lang={lang} now={now} onConfirmDedicated={onConfirmDedicated} />
          </Suspense>
        )}
      </details>
    </section>
  );
}
