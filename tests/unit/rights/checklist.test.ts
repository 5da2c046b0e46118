import { describe, expect, it } from 'vitest';
import {
  buildChecklist,
  checkForEmployer,
  helpdeskMailto,
  isOutdated,
  checklistVerdict,
  missingItems,
  undeterminedItems,
  type RightsCheck,
} from '../../../utils/rights/checklist';
import { REQUIRED_RIGHTS, type RightName } from '../../../utils/loket/types';

const allRights = (granted: boolean) =>
  Object.fromEntries(REQUIRED_RIGHTS.map((r) => [r, granted])) as Record<RightName, boolean>;

const check = (over: Partial<RightsCheck['capture']> = {}, readAt = '2026-11-20T09:00:00Z'): RightsCheck => ({
  capture: {
    kind: 'rights',
    userName: 'koppeling.asr',
    userType: 'standard',
    active: true,
    employers: ['Bakkerij De Korenschoof B.V.'],
    rights: allRights(true),
    ...over,
  },
  readAt,
  dedicatedConfirmed: false,
});
const employer = { werkgeverId: '20720', werkgeverNaam: 'Bakkerij De Korenschoof B.V.' };

describe('rights checklist', () => {
  it('has every condition and all six rights', () => {
    const items = buildChecklist(check(), employer);
    expect(items.map((i) => i.id)).toEqual([
      'standard-user',
      'active',
      'employer-access',
      'dedicated',
      ...REQUIRED_RIGHTS,
    ]);
    expect(missingItems(items)).toEqual([]);
  });

  it('names exactly the missing rights, none of the granted ones', () => {
    const rights = { ...allRights(true), 'Raadplegen loonoutput beperkt': false, 'Raadplegen HRM': false };
    const missing = missingItems(buildChecklist(check({ rights }), employer)).map((i) => i.id);
    expect(missing).toEqual(['Raadplegen HRM', 'Raadplegen loonoutput beperkt']);
  });

  it('flags a webservice user, a blocked user and missing access', () => {
    const items = buildChecklist(
      check({ userType: 'webservice', active: false, employers: ['Ander B.V.'] }),
      employer,
    );
    expect(missingItems(items).map((i) => i.id)).toEqual(['standard-user', 'active', 'employer-access']);
  });

  it('recognises the employer in a list by full name or by its id, not by a similar name', () => {
    const access = (employers: string[]) =>
      buildChecklist(check({ employers }), employer).find((i) => i.id === 'employer-access')!.state;
    expect(access(['Bakkerij De Korenschoof B.V. (20720)'])).toBe('granted');
    expect(access(['20720 – Korenschoof'])).toBe('granted');
    expect(access(['bakkerij de korenschoof b.v.'])).toBe('granted');
    expect(access(['Bakkerij De Korenschoof Holding B.V. (207201)'])).toBe('missing');
    expect(access([])).toBe('missing');
    // Every word of the name on the list, but never on one line: not this employer.
    expect(access(['Bakkerij Jansen B.V.', 'De Korenschoof Molen', 'Ander B.V. (2072)'])).toBe('missing');
    // The name's rarest word on many lines, the full name on one of them.
    expect(access([...Array.from({ length: 50 }, (_, k) => `Bakkerij ${k} B.V.`), 'Bakkerij De Korenschoof B.V.'])).toBe('granted');
  });

  it('leaves what no page showed unchecked, with where to look', () => {
    const items = buildChecklist(check({ userType: null, active: null, employers: null }), employer);
    const unchecked = items.filter((i) => i.state === 'unchecked');
    expect(unchecked.map((i) => i.id)).toEqual(['standard-user', 'active', 'employer-access', 'dedicated']);
    for (const item of unchecked) expect(item.whereToLook.nl.length).toBeGreaterThan(10);
    expect(buildChecklist(undefined, employer).every((i) => i.state === 'unchecked')).toBe(true);
  });

  it('a right the page listed without a state is "niet vastgesteld" with where to look, never in order', () => {
    const rights = { ...allRights(true), 'Raadplegen HRM': 'unknown' as const };
    const items = buildChecklist({ ...check({ rights }), dedicatedConfirmed: true }, employer);
    const hrm = items.find((i) => i.id === 'Raadplegen HRM')!;
    expect(hrm.state).toBe('undetermined');
    expect(hrm.whereToLook.nl).toContain('Rechten');
    expect(hrm.whereToLook.en).toContain('Rechten');
    expect(undeterminedItems(items).map((i) => i.id)).toEqual(['Raadplegen HRM']);
    // Not missing (no e-mail asking for it), and the checklist does not say all is well.
    expect(missingItems(items)).toEqual([]);
    expect(checklistVerdict(items)).toBe('open');
    // Everything granted and confirmed: only then all is well.
    expect(checklistVerdict(buildChecklist({ ...check(), dedicatedConfirmed: true }, employer))).toBe('ok');
    const missingToo = { ...rights, 'Raadplegen beloningen': false };
    expect(checklistVerdict(buildChecklist(check({ rights: missingToo }), employer))).toBe('missing');
  });

  it('treats a check older than 30 days as possibly outdated', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    expect(isOutdated('2026-11-20T12:00:00Z', now)).toBe(false);
    expect(isOutdated('2026-10-28T11:00:00Z', now)).toBe(true);
    expect(isOutdated('not a date', now)).toBe(true);
  });

  it('picks the check of the user who reaches this employer', () => {
    const other = check({ userName: 'ander', employers: ['Ander B.V.'] }, '2026-11-25T09:00:00Z');
    const serving = check({}, '2026-11-01T09:00:00Z');
    expect(checkForEmployer([other, serving], employer)?.capture.userName).toBe('koppeling.asr');
  });

  it('drafts an e-mail to the API mailbox listing the missing rights, user and employer', () => {
    const rights = { ...allRights(true), 'Raadplegen beloningen': false };
    const missing = missingItems(buildChecklist(check({ rights }), employer));
    const href = helpdeskMailto(missing, 'koppeling.asr', employer);
    expect(href.startsWith('mailto:api@loket.nl?subject=')).toBe(true);
    const body = decodeURIComponent(href.split('&body=')[1]!);
    expect(body).toContain('Raadplegen beloningen');
    expect(body).not.toContain('Raadplegen HRM');
    expect(body).toContain('koppeling.asr');
    expect(body).toContain('20720');
  });
});
