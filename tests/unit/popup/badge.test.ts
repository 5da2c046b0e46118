import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../utils/browser/badge';
import { REQUIRED_RIGHTS, type RightName, type RightsCapture } from '../../../utils/loket/types';

const rights = (granted: boolean): RightsCapture => ({
  kind: 'rights',
  userName: 'Koppeling a.s.r.',
  userType: 'standard',
  active: true,
  employers: null,
  rights: Object.fromEntries(REQUIRED_RIGHTS.map((r) => [r, granted])) as Record<RightName, boolean>,
});

describe('the toolbar badge of a Loket.nl tab', () => {
  it('a company capture: ✓', () => {
    expect(badgeFor({ kind: 'company', werkgeverId: '20720', loonheffingennummers: [] }).text).toBe('✓');
  });
  it('rights with something missing: !, saying how many', () => {
    const badge = badgeFor(rights(false));
    expect(badge.text).toBe('!');
    expect(badge.title.nl).toContain('6');
  });
  it('all rights granted: ✓', () => {
    expect(badgeFor(rights(true)).text).toBe('✓');
  });
});
