import { useEffect, useId, useState } from 'react';
import { dayText, readDay, type DayRule } from '../../utils/registration/dates';
import { dateText as text, type StageDateKey } from '../../utils/i18n/stage-dates';
import type { Lang } from '../../utils/i18n/table';
import { inputClass } from './TextField';

const ERROR_KEYS: Record<'date.invalid' | 'date.future', StageDateKey> = { 'date.invalid': 'dateInvalid', 'date.future': 'dateFuture' };

/**
 * A day typed as dd-mm-jjjj, whatever the browser's language (a date input shows the browser's
 * own order, mm/dd/yyyy in an English Chrome). Only a valid day is passed on; a wrong one stays
 * in the field, with the reason, until it is corrected, so nothing typed is lost and nothing
 * wrong is stored.
 */
export function DateField({
  label,
  value,
  rule,
  today,
  lang,
  hint,
  onChange,
}: {
  label: string;
  /** yyyy-mm-dd, or null when unknown. */
  value: string | null;
  rule: DayRule;
  /** yyyy-mm-dd in the browser's time zone. */
  today: string;
  lang: Lang;
  hint?: string;
  onChange: (day: string | null) => void;
}) {
  const id = useId();
  const [typed, setTyped] = useState(() => dayText(value));
  const read = readDay(typed, rule, today);
  // A value changed elsewhere (the other page, a merge) replaces what is shown, unless it is what was typed.
  useEffect(() => {
    const current = readDay(typed, 'any', today);
    if (!current.ok || current.day !== value) setTyped(dayText(value));
    // Only a change of the stored value should replace the text, not each keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const error = read.ok ? null : text(ERROR_KEYS[read.code], lang);
  return (
    <div>
      <label htmlFor={id} className="mb-0.5 block text-xs font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={typed}
        placeholder={text('dateHint', lang)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setTyped(e.target.value);
          const next = readDay(e.target.value, rule, today);
          if (next.ok && next.day !== value) onChange(next.day);
        }}
        className={inputClass + (error ? 'border-red-500 bg-red-50/40' : 'border-slate-300')}
      />
      <p id={`${id}-hint`} className={'mt-0.5 text-[11px] ' + (error ? 'text-red-700' : 'text-slate-600')} role={error ? 'alert' : undefined}>
        {error ?? hint ?? text('dateHint', lang)}
      </p>
    </div>
  );
}
