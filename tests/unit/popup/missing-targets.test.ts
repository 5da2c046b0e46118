// Issue 24, "Missing items are links": each "Nog te doen" item knows the field it moves focus to.
import { describe, expect, it } from 'vitest';
import { missingTargets } from '../../../utils/popup/missing-targets';
import { validateRegistration } from '../../../utils/registration/validate';
import { FULL } from '../../flows/data';

describe('missingTargets', () => {
  it('one item per short name, each aimed at the first failing field by the key the field carries', () => {
    const issues = validateRegistration(
      { ...FULL.profile, email: '' },
      { ...FULL.draft, dgas: [{ naam: 'Jan de Vries', personeelsnummer: '' }, { naam: '', personeelsnummer: '' }], verloning: null } as never,
    );
    expect(missingTargets(issues)).toEqual([
      { item: 'email', target: 'email::' },
      { item: 'dgaShort', target: 'dgas:0:personeelsnummer' },
      { item: 'verloning', target: 'verloning::' },
    ]);
  });

  it('warnings are no items', () => {
    const issues = validateRegistration({ ...FULL.profile, raamwerkcontractnummer: 'B123' }, FULL.draft as never);
    expect(issues.some((i) => i.severity === 'warning')).toBe(true);
    expect(missingTargets(issues)).toEqual([]);
  });
});
