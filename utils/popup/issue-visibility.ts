import type { EmployerDraft, Profile, ValidationIssue } from '../registration/schema';

/**
 * Which messages a field shows next to it. A field the user has not reached yet does not
 * shout: its error waits until it holds a value, loses focus, or a fill is attempted; the
 * summary lists everything regardless. Warnings always show.
 */
export function issueKey(issue: Pick<ValidationIssue, 'field' | 'dgaIndex' | 'dgaPart'>): string {
  return [issue.field, issue.dgaIndex ?? '', issue.dgaPart ?? ''].join(':');
}

function hasValue(issue: ValidationIssue, profile: Profile, draft: EmployerDraft): boolean {
  switch (issue.field) {
    case 'bedrijfsnaam':
    case 'email':
    case 'raamwerkcontractnummer':
      return profile[issue.field].trim() !== '';
    case 'werkgeverId':
    case 'loonheffingennummer':
      return draft[issue.field].trim() !== '';
    case 'dgas': {
      if (issue.dgaIndex === undefined || !issue.dgaPart) return draft.dgas.length > 0;
      return (draft.dgas[issue.dgaIndex]?.[issue.dgaPart] ?? '').trim() !== '';
    }
    case 'hasDga':
      return draft.hasDga !== null;
    case 'verloning':
      return draft.verloning !== null;
    case 'dertiendeMaand':
      return draft.dertiendeMaand !== null;
  }
}

export function visibleIssues(
  issues: ValidationIssue[],
  profile: Profile,
  draft: EmployerDraft,
  touched: ReadonlySet<string>,
  showAll: boolean,
): ValidationIssue[] {
  if (showAll) return issues;
  return issues.filter(
    (i) => i.severity === 'warning' || touched.has(issueKey(i)) || hasValue(i, profile, draft),
  );
}
