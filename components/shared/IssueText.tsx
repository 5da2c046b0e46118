import type { ValidationIssue } from '../../utils/registration/schema';
import type { Lang } from '../../utils/i18n/table';
import { text } from '../../utils/i18n/popup';

/** The messages for one field: errors in red, warnings in amber with their own icon. */
export function IssueText({ id, issues, lang }: { id: string; issues: ValidationIssue[]; lang: Lang }) {
  if (issues.length === 0) return null;
  return (
    <div id={id} className="mt-1 space-y-0.5">
      {issues.map((issue, i) => (
        <p
          key={`${issue.code}-${i}`}
          className={
            issue.severity === 'error'
              ? 'text-xs text-red-700'
              : 'text-xs text-amber-800'
          }
        >
          <span aria-hidden="true">{issue.severity === 'error' ? '✕ ' : '⚠ '}</span>
          <span className="sr-only">{text(issue.severity === 'error' ? 'issueError' : 'issueWarning', lang)}</span>
          {issue.message[lang]}
        </p>
      ))}
    </div>
  );
}

export function hasError(issues: ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
