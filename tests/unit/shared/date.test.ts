import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDate } from '../../../components/shared/date';

// formatDate replaces toLocaleDateString on the first paint (no ICU set-up): same text.
describe('formatDate', () => {
  it('writes what toLocaleDateString writes for nl-NL and en-GB', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        expect(formatDate(d, 'nl')).toBe(d.toLocaleDateString('nl-NL'));
        expect(formatDate(d, 'en')).toBe(d.toLocaleDateString('en-GB'));
        expect(formatDate(d.toISOString(), 'nl')).toBe(new Date(d.toISOString()).toLocaleDateString('nl-NL'));
      }),
      { numRuns: 2000 },
    );
    expect(formatDate('2026-12-01T10:00:00.000Z', 'nl')).toBe(new Date('2026-12-01T10:00:00.000Z').toLocaleDateString('nl-NL'));
    expect(formatDate('not a date', 'nl')).toBe(new Date('not a date').toLocaleDateString('nl-NL'));
  });
});
