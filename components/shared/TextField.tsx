import { useId, type ReactNode } from 'react';
import type { ValidationIssue } from '../../utils/registration/schema';
import type { Lang } from '../../utils/i18n/table';
import { IssueText, hasError } from './IssueText';
import { useTouch } from './touch';

export const inputClass =
  'block w-full rounded-md border px-2.5 py-1.5 text-sm text-slate-900 shadow-sm outline-none ' +
  'focus-visible:ring-2 focus-visible:ring-sky-600 focus-visible:ring-offset-1 ';

export function borderFor(issues: ValidationIssue[]): string {
  if (hasError(issues)) return 'border-red-500 bg-red-50/40';
  if (issues.length > 0) return 'border-amber-500';
  return 'border-slate-300';
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Which field this is, for showing its error once the user has been in it. */
  touchKey?: string;
  issues: ValidationIssue[];
  lang: Lang;
  type?: 'text' | 'email';
  hint?: string;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'email';
  /** The label's language when it differs from the popup's (a.s.r.'s Dutch field names in English mode). */
  labelLang?: string;
  /** Shown under the field, e.g. what Loket.nl shows now. */
  after?: ReactNode;
}

export function TextField(props: TextFieldProps) {
  const id = useId();
  const touch = useTouch();
  const messageId = `${id}-msg`;
  const hintId = `${id}-hint`;
  const describedBy = [props.hint ? hintId : '', props.issues.length ? messageId : ''].filter(Boolean).join(' ');
  return (
    <div>
      <label htmlFor={id} lang={props.labelLang} className="mb-0.5 block text-xs font-medium text-slate-700">
        {props.label}
      </label>
      <input
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        spellCheck={false}
        autoComplete={props.autoComplete ?? 'off'}
        inputMode={props.inputMode}
        aria-invalid={hasError(props.issues) ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        data-field={props.touchKey}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={() => props.touchKey && touch(props.touchKey)}
        className={inputClass + borderFor(props.issues)}
      />
      {props.hint && (
        <p id={hintId} className="mt-0.5 text-[11px] text-slate-500">
          {props.hint}
        </p>
      )}
      <IssueText id={messageId} issues={props.issues} lang={props.lang} />
      {props.after}
    </div>
  );
}
