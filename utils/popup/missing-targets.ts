import type { ValidationIssue } from '../registration/schema';
import { issueKey } from './issue-visibility';

/** The summary's short name of a field: both DGA questions are one item, "DGA's". */
export type MissingItem = 'bedrijfsnaam' | 'email' | 'raamwerkcontractnummer' | 'werkgeverId' | 'loonheffingennummer' | 'dgaShort' | 'verloning' | 'dertiendeMaand';

const ITEM_OF: Record<ValidationIssue['field'], MissingItem> = {
  bedrijfsnaam: 'bedrijfsnaam',
  email: 'email',
  raamwerkcontractnummer: 'raamwerkcontractnummer',
  werkgeverId: 'werkgeverId',
  loonheffingennummer: 'loonheffingennummer',
  hasDga: 'dgaShort',
  dgas: 'dgaShort',
  verloning: 'verloning',
  dertiendeMaand: 'dertiendeMaand',
};

/**
 * The "Nog te doen" items (issue 24: each a link to its field): one per short name, in the order
 * of the errors, each with the field to move focus to: the first error's field, by the same key
 * the field carries as `data-field` (its touch key, ./issue-visibility.ts).
 */
export function missingTargets(issues: readonly ValidationIssue[]): { item: MissingItem; target: string }[] {
  const seen = new Map<MissingItem, string>();
  for (const issue of issues) {
    if (issue.severity !== 'error') continue;
    const item = ITEM_OF[issue.field];
    if (!seen.has(item)) seen.set(item, issueKey(issue));
  }
  return [...seen].map(([item, target]) => ({ item, target }));
}
