// Issue 23, "Rights decide ready": the first screen's ready mark and the Loket.nl badge are green
// only when the employer's link user has nothing missing and nothing undetermined.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor } from '../../../utils/browser/badge';
import { showBadge } from '../../../utils/browser/show-badge';
import { employerReadiness } from '../../../utils/popup/readiness';
import { REQUIRED_RIGHTS, type RightName, type RightState, type RightsCapture } from '../../../utils/loket/types';
import type { RightsCheck } from '../../../utils/rights/checklist';

const EMPLOYER = { werkgeverId: '20720', werkgeverNaam: 'Bakkerij De Korenschoof B.V.' };
function capture(over: Partial<RightsCapture> = {}, rights: Partial<Record<RightName, RightState>> = {}): RightsCapture {
  return {
    kind: 'rights',
    userName: 'koppeling.asr',
    userType: 'standard',
    active: true,
    employers: ['Bakkerij De Korenschoof B.V. (20720)'],
    rights: { ...(Object.fromEntries(REQUIRED_RIGHTS.map((r) => [r, true])) as Record<RightName, RightState>), ...rights },
    ...over,
  };
}
const check = (c: RightsCapture, dedicatedConfirmed = true): RightsCheck => ({ capture: c, readAt: '2026-12-01T10:00:00.000Z', dedicatedConfirmed });

describe('the first screen: ready only when the rights are', () => {
  it('all granted, confirmed dedicated: ready, no line', () => {
    expect(employerReadiness([check(capture())], EMPLOYER, 'nl')).toEqual({ ready: true, line: '' });
  });

  it('the issue’s case: no access and three rights missing: not ready, one line naming the first two, “en nog 1”, and the access', () => {
    const c = capture(
      { employers: ['Een andere werkgever'] },
      { 'Raadplegen HRM': false, 'Raadplegen beloningen': false, 'Raadplegen variabele gegevens': false },
    );
    const r = employerReadiness([check(c)], EMPLOYER, 'nl');
    expect(r.ready).toBe(false);
    expect(r.line).toBe(
      'Nog niet klaar voor de koppeling: koppelgebruiker mist Raadplegen beloningen, Raadplegen HRM en nog 1; geen toegang tot deze werkgever',
    );
    expect(r.line).not.toContain('\n');
    expect(employerReadiness([check(c)], EMPLOYER, 'en').line).toBe(
      'Not ready for the link yet: link user lacks Raadplegen beloningen, Raadplegen HRM and 1 more; no access to this employer',
    );
  });

  it('blocked, webservice user: each named', () => {
    const r = employerReadiness([check(capture({ active: false, userType: 'webservice' }))], EMPLOYER, 'nl');
    expect(r.line).toBe('Nog niet klaar voor de koppeling: gebruiker geblokkeerd; webservicegebruiker in plaats van standaardgebruiker');
  });

  it('a right listed without a state (undetermined) is never ready', () => {
    const r = employerReadiness([check(capture({}, { 'Raadplegen HRM': 'unknown' }))], EMPLOYER, 'nl');
    expect(r).toEqual({ ready: false, line: 'Nog niet klaar voor de koppeling: 1 niet vastgesteld' });
  });

  it('no rights read at all: not ready, and says so', () => {
    expect(employerReadiness([], EMPLOYER, 'nl')).toEqual({
      ready: false,
      line: 'Nog niet klaar voor de koppeling: rechten koppelgebruiker nog niet gecontroleerd',
    });
  });
});

describe('the Loket.nl badge is green only when the link user is in order', () => {
  const company = { kind: 'company' as const, werkgeverId: '20720', werkgeverNaam: EMPLOYER.werkgeverNaam, loonheffingennummers: [] };
  const GREEN = '#047857';

  it('a rights page with a right listed without a state: not green, not ✓', () => {
    const badge = badgeFor(capture({}, { 'Raadplegen HRM': 'unknown' }));
    expect(badge.color).not.toBe(GREEN);
    expect(badge.text).not.toBe('✓');
  });

  it('a company page: green only with a check in order for this employer; red ! when something is missing', () => {
    expect(badgeFor(company).color).not.toBe(GREEN);
    expect(badgeFor(company, 'open').color).not.toBe(GREEN);
    expect(badgeFor(company, 'missing').text).toBe('!');
    expect(badgeFor(company, 'ok').color).toBe(GREEN);
  });

  describe('from the stored checks (background)', () => {
    beforeEach(() => fakeBrowser.reset());
    const badgeOf = async () => {
      await showBadge(3, company);
      return { text: await fakeBrowser.action.getBadgeText({ tabId: 3 }) };
    };

    it('the link user lacks access and three rights: the company page’s badge says !', async () => {
      const c = capture({ employers: ['Een andere werkgever'] }, { 'Raadplegen HRM': false });
      await fakeBrowser.storage.local.set({ rights: { [c.userName]: check(c) } });
      expect((await badgeOf()).text).toBe('!');
    });
  });
});
