// Issue 25: team pages are stored beside the users' checks (key "team:<name>"); records stored
// before teams were read (no `teams` field) still read, unchanged, and still decide the checklist.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { quarantineItem, readRights, rightsItem } from '../../../utils/store';
import { saveCapture } from '../../../utils/store/save-capture';
import { linkUserChecklist } from '../../../utils/rights/checklist';
import { REQUIRED_RIGHTS, type RightName, type TeamCapture } from '../../../utils/loket/types';

beforeEach(() => fakeBrowser.reset());

const rights = (granted: readonly string[]) => Object.fromEntries(REQUIRED_RIGHTS.map((r) => [r, granted.includes(r)])) as Record<RightName, boolean>;

/** Exactly what a version before issue 25 wrote for a user. */
const OLD_USER_RECORD = {
  capture: {
    kind: 'rights',
    userName: 'Koppeling a.s.r.',
    userType: 'standard',
    active: true,
    employers: ['Bakkerij De Korenschoof B.V. (20720)'],
    rights: rights(['Raadplegen HRM', 'Raadplegen beloningen']),
  },
  readAt: '2026-11-20T09:00:00.000Z',
  dedicatedConfirmed: true,
};

const TEAM: TeamCapture = {
  kind: 'team',
  teamName: 'Koppelingen',
  members: ['Koppeling a.s.r.'],
  employers: null,
  rights: rights(['Beheren en raadplegen BSN', 'Raadplegen dienstverbanden', 'Raadplegen loonoutput beperkt', 'Raadplegen variabele gegevens']),
};
const employer = { werkgeverId: '20720', werkgeverNaam: 'Bakkerij De Korenschoof B.V.' };

describe('team rights in storage', () => {
  it('a record stored before teams were read still reads as it was, nothing set aside', async () => {
    await rightsItem.setValue({ 'Koppeling a.s.r.': OLD_USER_RECORD });
    expect(await readRights()).toEqual({ 'Koppeling a.s.r.': OLD_USER_RECORD });
    expect(await quarantineItem.getValue()).toEqual([]);
  });

  it('a team page is saved beside the users and combined with an old user record', async () => {
    await rightsItem.setValue({ 'Koppeling a.s.r.': OLD_USER_RECORD });
    await saveCapture(TEAM, 7);
    const stored = await readRights();
    expect(Object.keys(stored).sort()).toEqual(['Koppeling a.s.r.', 'team:Koppelingen']);
    expect(stored['team:Koppelingen']?.capture).toEqual(TEAM);
    const { check, items } = linkUserChecklist(Object.values(stored), employer);
    expect(check?.capture.userName).toBe('Koppeling a.s.r.');
    expect(items.filter((i) => i.state === 'missing')).toEqual([]);
    expect(items.find((i) => i.id === 'Raadplegen variabele gegevens')?.source?.nl).toBe('via team Koppelingen');
  });

  it('a damaged team record is set aside alone; the user records stay', async () => {
    await rightsItem.setValue({ 'Koppeling a.s.r.': OLD_USER_RECORD, 'team:Kapot': { capture: { kind: 'team', teamName: '' }, readAt: 'x', dedicatedConfirmed: false } });
    expect(Object.keys(await readRights())).toEqual(['Koppeling a.s.r.']);
    expect((await quarantineItem.getValue()).map((q) => q.key)).toEqual(['rights.team:Kapot']);
  });
});
