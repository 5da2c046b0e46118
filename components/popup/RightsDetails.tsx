import {
  LOKET_API_MANUAL_URL,
  buildChecklist,
  helpdeskMailto,
  isOutdated,
  missingItems,
  type CheckState,
  type EmployerRef,
  type RightsCheck,
} from '../../utils/rights/checklist';
import type { Lang } from '../../utils/i18n';

/** What the rights status line and its opened checklist are given. */
export interface RightsPanelProps {
  check: RightsCheck | undefined;
  employer: EmployerRef | undefined;
  lang: Lang;
  now: Date;
  onConfirmDedicated: (userName: string, confirmed: boolean) => void;
}

const STATE_TEXT: Record<CheckState, { nl: string; en: string; icon: string; className: string }> = {
  granted: { nl: 'in orde', en: 'granted', icon: '✓', className: 'text-emerald-800' },
  missing: { nl: 'ontbreekt', en: 'missing', icon: '✕', className: 'text-red-700' },
  unchecked: { nl: 'nog niet gecontroleerd', en: 'not yet checked', icon: '?', className: 'text-slate-500' },
  // The page listed the right but showed no state: never shown as in order.
  undetermined: { nl: 'niet vastgesteld', en: 'not determined', icon: '?', className: 'text-amber-800' },
};

/** The opened rights panel: what is missing (with the helpdesk e-mail) and the whole checklist. */
export function RightsDetails({ check, employer, lang, now, onConfirmDedicated }: RightsPanelProps) {
  const items = buildChecklist(check, employer);
  const missing = missingItems(items);
  const nl = lang === 'nl';
  const outdated = check ? isOutdated(check.readAt, now) : false;
  return (
    <>
        {missing.length > 0 && check && (
          <div role="alert" className="mt-1 rounded-md border border-red-300 bg-red-50 p-2 text-xs text-red-900">
            <p className="font-semibold">
              {nl
                ? `Koppelgebruiker “${check.capture.userName}” mist nog:`
                : `Link user “${check.capture.userName}” still lacks:`}
            </p>
            <ul className="ml-4 list-disc">
              {missing.map((m) => (
                <li key={m.id}>{m.label[lang]}</li>
              ))}
            </ul>
            <p className="mt-1">
              <a
                href={helpdeskMailto(missing, check.capture.userName, employer)}
                target="_blank"
                rel="noreferrer"
                className="font-semibold underline outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
              >
                {nl ? 'E-mail aan Loket.nl-helpdesk opstellen' : 'Draft e-mail to Loket.nl helpdesk'}
              </a>
              {' · '}
              <a href={LOKET_API_MANUAL_URL} target="_blank" rel="noreferrer" lang={nl ? undefined : 'nl'} className="underline">
                Handleiding REST API koppeling
              </a>
            </p>
          </div>
        )}
        {!check && (
          <p className="mt-1 text-slate-600">
            {nl
              ? 'Open in Loket.nl de koppelgebruiker (Teams en Gebruikers → Gebruikers AK): de extensie leest de rechten van die pagina.'
              : 'Open the link user in Loket.nl (Teams en Gebruikers → Gebruikers AK): the extension reads the rights from that page.'}
          </p>
        )}
        {check && (
          <p className={outdated ? 'mt-1 font-medium text-amber-800' : 'mt-1 text-slate-500'}>
            {nl ? 'Gelezen op ' : 'Read on '}
            {new Date(check.readAt).toLocaleDateString(nl ? 'nl-NL' : 'en-GB')}
            {outdated && (nl ? ' – mogelijk verouderd, open de gebruiker opnieuw in Loket.nl' : ' – possibly outdated, open the user in Loket.nl again')}
          </p>
        )}
        <ul className="mt-1 space-y-1">
          {items.map((item) => {
            const state = STATE_TEXT[item.state];
            return (
              <li key={item.id} data-state={item.state}>
                <span aria-hidden="true" className={state.className}>{state.icon} </span>
                <span className="text-slate-800">{item.label[lang]}</span>
                <span className={state.className}> – {state[lang]}</span>
                {(item.state === 'unchecked' || item.state === 'undetermined') && <span className="block pl-3 text-slate-500">{item.whereToLook[lang]}</span>}
              </li>
            );
          })}
        </ul>
        {check && (
          <label className="mt-2 flex items-center gap-1.5">
            <input
              type="checkbox"
              checked={check.dedicatedConfirmed}
              onChange={(e) => onConfirmDedicated(check.capture.userName, e.target.checked)}
              className="accent-sky-700"
            />
            {nl ? 'Ik bevestig: deze gebruiker is alleen voor de koppeling' : 'I confirm: this user is only for the link'}
          </label>
        )}
        <p className="mt-2">
          <a href={LOKET_API_MANUAL_URL} target="_blank" rel="noreferrer" lang={nl ? undefined : 'nl'} className="text-sky-800 underline">
            Handleiding REST API koppeling
          </a>
        </p>
    </>
  );
}
