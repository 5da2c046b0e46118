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
import { translate, type Lang } from '../../utils/i18n/table';
import { CHECK_STATE_TEXT, RIGHTS_TEXT } from '../../utils/i18n/rights';

/** What the rights status line and its opened checklist are given. */
export interface RightsPanelProps {
  check: RightsCheck | undefined;
  employer: EmployerRef | undefined;
  lang: Lang;
  now: Date;
  onConfirmDedicated: (userName: string, confirmed: boolean) => void;
}

const STATE_LOOK: Record<CheckState, { icon: string; className: string }> = {
  granted: { icon: '✓', className: 'text-emerald-800' },
  missing: { icon: '✕', className: 'text-red-700' },
  unchecked: { icon: '?', className: 'text-slate-500' },
  undetermined: { icon: '?', className: 'text-amber-800' },
};

/** The opened rights panel: what is missing (with the helpdesk e-mail) and the whole checklist. */
export function RightsDetails({ check, employer, lang, now, onConfirmDedicated }: RightsPanelProps) {
  const items = buildChecklist(check, employer);
  const missing = missingItems(items);
  const nl = lang === 'nl';
  const t = (key: keyof typeof RIGHTS_TEXT) => translate(RIGHTS_TEXT, key, lang);
  const outdated = check ? isOutdated(check.readAt, now) : false;
  return (
    <>
        {missing.length > 0 && check && (
          <div role="alert" className="mt-1 rounded-md border border-red-300 bg-red-50 p-2 text-xs text-red-900">
            <p className="font-semibold">
              {translate(RIGHTS_TEXT, 'stillLacks', lang, { user: check.capture.userName })}
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
                {t('draftMail')}
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
            {t('howToRead')}
          </p>
        )}
        {check && (
          <p className={outdated ? 'mt-1 font-medium text-amber-800' : 'mt-1 text-slate-500'}>
            {t('readOn')}
            {new Date(check.readAt).toLocaleDateString(nl ? 'nl-NL' : 'en-GB')}
            {outdated && t('maybeOutdated')}
          </p>
        )}
        <ul className="mt-1 space-y-1">
          {items.map((item) => {
            const state = STATE_LOOK[item.state];
            return (
              <li key={item.id} data-state={item.state}>
                <span aria-hidden="true" className={state.className}>{state.icon} </span>
                <span className="text-slate-800">{item.label[lang]}</span>
                <span className={state.className}> – {translate(CHECK_STATE_TEXT, item.state, lang)}</span>
                {item.state === 'granted' && item.source && <span className="text-slate-500"> ({item.source[lang]})</span>}
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
            {t('confirmDedicated')}
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
