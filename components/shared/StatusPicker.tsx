import { useId } from 'react';
import type { RegistrationStatus } from '../../utils/registration/schema';
import { stageReachedAt, statusAt } from '../../utils/registration/stage';
import { text } from '../../utils/i18n/popup';
import type { Lang } from '../../utils/i18n/table';
import { formatDate } from './date';
import { inputClass } from './TextField';

const today = () => new Date().toISOString().slice(0, 10);

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
  const choose = (stage: RegistrationStatus['stage']) => {
    const next = statusAt(stage, new Date().toISOString());
    onChange(next.stage === 'bevestigd' ? { ...next, firstExchangeDate: today() } : next);
  };
  const reached = stageReachedAt(status);
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
      {status.stage === 'bevestigd' && (
        <div>
          <label htmlFor={`${id}-date`} className="mb-0.5 block text-xs font-medium text-slate-700">
            {t('firstExchange')}
          </label>
          <input
            id={`${id}-date`}
            type="date"
            value={status.firstExchangeDate}
            onChange={(e) => onChange({ ...status, firstExchangeDate: e.target.value })}
            className={inputClass + 'border-slate-300'}
          />
        </div>
      )}
    </div>
    </div>
  );
}
