import { useId } from 'react';
import type { RegistrationStatus } from '../../utils/registration/schema';
import { changeStage, stageReachedAt } from '../../utils/registration/stage';
import { dayOf, startOfDay } from '../../utils/registration/dates';
import { text } from '../../utils/i18n/popup';
import { dateText } from '../../utils/i18n/stage-dates';
import type { Lang } from '../../utils/i18n/table';
import { formatDate } from './date';
import { DateField } from './DateField';
import { inputClass } from './TextField';

export function StatusPicker({
  status,
  lang,
  onChange,
}: {
  status: RegistrationStatus;
  lang: Lang;
  onChange: (status: RegistrationStatus) => void;
}) {
  const id = useId();
  const t = (key: Parameters<typeof text>[0]) => text(key, lang);
  const choose = (stage: RegistrationStatus['stage']) => onChange(changeStage(status, stage, new Date().toISOString()));
  const reached = stageReachedAt(status);
  // The local day, not the UTC one: just after midnight in the Netherlands UTC still says yesterday.
  const today = dayOf(new Date());
  return (
    <div className="space-y-2">
    {status.stage === 'ingevuld' && (
      <button
        type="button"
        onClick={() => choose('verstuurd')}
        className="rounded-md border border-sky-700 px-2.5 py-1 text-xs font-semibold text-sky-900 outline-none hover:bg-sky-50 focus-visible:ring-2 focus-visible:ring-sky-600"
      >
        {t('markSent')}
      </button>
    )}
    <div className="grid grid-cols-2 gap-2">
      <div>
        <label htmlFor={id} className="mb-0.5 block text-xs font-medium text-slate-700">
          {t('status')}
        </label>
        <select id={id} value={status.stage} onChange={(e) => choose(e.target.value as RegistrationStatus['stage'])} className={inputClass + 'border-slate-300 bg-white'}>
          <option value="concept">{t('stageConcept')}</option>
          <option value="ingevuld">{t('stageIngevuld')}</option>
          <option value="verstuurd">{t('stageVerstuurd')}</option>
          <option value="wacht-op-keylane">{t('stageKeylane')}</option>
          <option value="bevestigd">{t('stageBevestigd')}</option>
        </select>
        {reached && (
          <p className="mt-0.5 text-[11px] text-slate-500">
            {t('since')} {formatDate(reached, lang)}
          </p>
        )}
      </div>
    </div>
    {(status.stage === 'wacht-op-keylane' || status.stage === 'bevestigd') && (
      <div className="grid grid-cols-2 gap-2">
        <DateField
          label={dateText('keylaneContact', lang)}
          value={status.keylaneContactDate ?? null}
          rule="notFuture"
          today={today}
          lang={lang}
          onChange={(day) => {
            const { keylaneContactDate: _dropped, ...rest } = status;
            onChange(day ? { ...rest, keylaneContactDate: day } : rest);
          }}
        />
        {status.stage === 'bevestigd' && (
          <DateField
            label={dateText('confirmedOn', lang)}
            value={status.confirmedAt ? dayOf(status.confirmedAt) : null}
            rule="notFuture"
            today={today}
            lang={lang}
            onChange={(day) => {
              const { confirmedAt: _dropped, ...rest } = status;
              onChange(day ? { ...rest, confirmedAt: startOfDay(day) } : rest);
            }}
          />
        )}
        {status.stage === 'bevestigd' && (
          <DateField
            label={t('firstExchange')}
            value={status.firstExchangeDate || null}
            rule="any"
            today={today}
            lang={lang}
            hint={dateText('firstExchangeHint', lang)}
            onChange={(day) => onChange({ ...status, firstExchangeDate: day ?? '' })}
          />
        )}
      </div>
    )}
    </div>
  );
}
