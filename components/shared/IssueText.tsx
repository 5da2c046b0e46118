import type { ValidationIssue } from '../../utils/registration/schema';
import type { Lang } from '../../utils/i18n';

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
          <span className="sr-only">{issue.severity === 'error' ? (lang === 'nl' ? 'Fout: ' : 'Error: ') : (lang === 'nl' ? 'Let op: ' : 'Warning: ')}</span>
          {issue.message[lang]}
        </p>
      ))}
    </div>
  );
}

export function hasError(issues: ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
