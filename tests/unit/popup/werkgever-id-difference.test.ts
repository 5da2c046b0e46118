import { describe, expect, it } from 'vitest';
import { applyCompanyCapture, applyUserEdit, loketDifferences, newEmployerRecord } from '../../../utils/employers/record';

const AT = '2026-11-29T10:00:00.000Z';

describe('a Werkgever ID typed differently from what Loket.nl shows', () => {
  it('is shown as a difference the user can take over', () => {
    const typed = applyUserEdit(newEmployerRecord('e', AT), { werkgeverId: '20270' }, AT);
    const captured = applyCompanyCapture(typed, { kind: 'company', werkgeverId: '20720', loonheffingennummers: [] }, AT);
    expect(loketDifferences(captured)).toContainEqual({ field: 'werkgeverId', loketValue: '20720' });
  });
  it('the same ID (case and spaces aside) is no difference', () => {
    const typed = applyUserEdit(newEmployerRecord('e', AT), { werkgeverId: ' B14ACD0D-75d7-4fc8-8b22-4a3924585cab ' }, AT);
    const captured = applyCompanyCapture(typed, { kind: 'company', werkgeverId: 'b14acd0d-75d7-4fc8-8b22-4a3924585cab', loonheffingennummers: [] }, AT);
    expect(loketDifferences(captured).filter((d) => d.field === 'werkgeverId')).toEqual([]);
  });
});
