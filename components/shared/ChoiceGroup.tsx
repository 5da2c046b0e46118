import { useId } from 'react';
import type { ValidationIssue } from '../../utils/registration/schema';
import type { Lang } from '../../utils/i18n/table';
import { IssueText, hasError } from './IssueText';

interface ChoiceGroupProps<T extends string> {
  legend: string;
  options: { value: T; label: string }[];
  value: T | null;
  onChange: (value: T) => void;
  issues: ValidationIssue[];
  lang: Lang;
  /** The legend's language when it differs from the popup's (a.s.r.'s Dutch question in English mode). */
  legendLang?: string;
  /** The field's key ("verloning::"), where the "Nog te doen" item moves focus. */
  field?: string;
}

/** A native radio group in a fieldset: its legend is the group's accessible name. */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const id = useId();
  const messageId = `${id}-msg`;
  const invalid = hasError(props.issues);
  return (
    <fieldset
      data-field={props.field}
      aria-invalid={invalid ? 'true' : undefined}
      aria-describedby={props.issues.length ? messageId : undefined}
    >
      <legend lang={props.legendLang} className="mb-1 text-xs font-medium text-slate-700">{props.legend}</legend>
      <div className="flex flex-wrap gap-2">
        {props.options.map((option) => {
          const checked = props.value === option.value;
          return (
            <label
              key={option.value}
              className={
                'flex cursor-pointer items-center gap-1.5 rounded-md border px-2.5 py-1 text-sm ' +
                'has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-sky-600 ' +
                (checked
                  ? 'border-sky-700 bg-sky-50 text-sky-900'
                  : invalid
                    ? 'border-red-400 text-slate-800'
                    : 'border-slate-300 text-slate-800 hover:bg-slate-50')
              }
            >
              <input
                type="radio"
                name={id}
                value={option.value}
                checked={checked}
                onChange={() => props.onChange(option.value)}
                className="accent-sky-700 outline-none"
              />
              {option.label}
            </label>
          );
        })}
      </div>
      <IssueText id={messageId} issues={props.issues} lang={props.lang} />
    </fieldset>
  );
}
