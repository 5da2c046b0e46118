import { describe, expect, it } from 'vitest';
import { issueKey, visibleIssues } from '../../../utils/popup/issue-visibility';
import { validateRegistration } from '../../../utils/registration/validate';
import { EMPTY_PROFILE, emptyEmployerDraft } from '../../../utils/registration/schema';

describe('which messages stand next to their field', () => {
  const draft = { ...emptyEmployerDraft('20720'), verloning: 'week' as const };
  const profile = { ...EMPTY_PROFILE, email: 'geen-adres', raamwerkcontractnummer: 'B1' };
  const issues = validateRegistration(profile, draft);
  const fields = (shown: typeof issues) => [...new Set(shown.map((i) => i.field))].sort();

  it('hides errors of fields the user has not reached, keeps errors of what is filled and all warnings', () => {
    const shown = visibleIssues(issues, profile, draft, new Set(), false);
    expect(fields(shown)).toEqual(['email', 'raamwerkcontractnummer', 'verloning']);
    expect(shown.find((i) => i.field === 'raamwerkcontractnummer')?.severity).toBe('warning');
    // The summary still has everything.
    expect(fields(issues)).toEqual(['bedrijfsnaam', 'dertiendeMaand', 'email', 'hasDga', 'loonheffingennummer', 'raamwerkcontractnummer', 'verloning']);
  });

  it('shows a field’s error once the user has left it, and everything after a fill attempt', () => {
    const touched = new Set([issueKey({ field: 'bedrijfsnaam' })]);
    expect(fields(visibleIssues(issues, profile, draft, touched, false))).toContain('bedrijfsnaam');
    expect(visibleIssues(issues, profile, draft, new Set(), true)).toEqual(issues);
  });
});
