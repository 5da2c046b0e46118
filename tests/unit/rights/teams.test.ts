import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { combineRight, teamsOfUser, teamKey, type TeamCheck } from '../../../utils/rights/teams';
import { buildChecklist, checkForEmployer, linkUserChecklist, type StoredCheck } from '../../../utils/rights/checklist';
import { REQUIRED_RIGHTS, type RightName, type RightState, type RightsCapture, type TeamCapture } from '../../../utils/loket/types';

const rightsOf = (granted: readonly RightName[], rest: RightState = false) =>
  Object.fromEntries(REQUIRED_RIGHTS.map((r) => [r, granted.includes(r) ? true : rest])) as Record<RightName, RightState>;

const user = (over: Partial<RightsCapture> = {}): RightsCapture => ({
  kind: 'rights',
  userName: 'koppeling.asr',
  userType: 'standard',
  active: true,
  employers: ['Bakkerij De Korenschoof B.V. (20720)'],
  rights: rightsOf(['Raadplegen HRM', 'Raadplegen beloningen']),
  teams: ['Koppelingen'],
  ...over,
});
const team = (over: Partial<TeamCapture> = {}): TeamCapture => ({
  kind: 'team',
  teamName: 'Koppelingen',
  members: null,
  employers: null,
  rights: rightsOf(['Beheren en raadplegen BSN', 'Raadplegen dienstverbanden', 'Raadplegen loonoutput beperkt', 'Raadplegen variabele gegevens']),
  ...over,
});
const stored = (capture: RightsCapture | TeamCapture): StoredCheck => ({ capture, readAt: '2026-12-01T09:00:00Z', dedicatedConfirmed: false });
const employer = { werkgeverId: '20720', werkgeverNaam: 'Bakkerij De Korenschoof B.V.' };

describe('rights through teams', () => {
  it('a user whose other four rights come from team Koppelingen has all six, each saying where from', () => {
    const { items } = linkUserChecklist([stored(user()), stored(team())], employer);
    const rights = items.filter((i) => (REQUIRED_RIGHTS as readonly string[]).includes(i.id));
    expect(rights.map((i) => i.state)).toEqual(REQUIRED_RIGHTS.map(() => 'granted'));
    expect(rights.find((i) => i.id === 'Raadplegen HRM')?.source?.nl).toBe('individueel');
    expect(rights.find((i) => i.id === 'Raadplegen variabele gegevens')?.source?.nl).toBe('via team Koppelingen');
  });

  it('counts a team whose page lists the user as a member, even when the user page names no team', () => {
    const member = team({ members: ['Koppeling a.s.r. (koppeling.asr)', 'j.jansen'] });
    const { items } = linkUserChecklist([stored(user({ teams: null })), stored(member)], employer);
    expect(items.find((i) => i.id === 'Raadplegen dienstverbanden')).toMatchObject({ state: 'granted', source: { nl: 'via team Koppelingen' } });
    // A member whose name only contains the user's is someone else.
    const similar = team({ members: ['Koppeling a.s.r. Utrecht', 'Koppeling'] });
    const notMember = linkUserChecklist([stored(user({ teams: null })), stored(similar)], employer).items;
    expect(notMember.find((i) => i.id === 'Raadplegen dienstverbanden')?.state).toBe('missing');
    // A team listing other users only grants nothing to this one.
    const others = team({ members: ['j.jansen'] });
    const alone = linkUserChecklist([stored(user({ teams: null })), stored(others)], employer).items;
    expect(alone.find((i) => i.id === 'Raadplegen dienstverbanden')?.state).toBe('missing');
  });

  it('a team named on the user page but never read makes the others "niet vastgesteld", with the team to open', () => {
    const { items } = linkUserChecklist([stored(user())], employer);
    const open = items.find((i) => i.id === 'Raadplegen dienstverbanden')!;
    expect(open.state).toBe('undetermined');
    expect(open.whereToLook.nl).toContain('Teams en Gebruikers → Teams → Koppelingen');
    expect(items.find((i) => i.id === 'Raadplegen HRM')?.state).toBe('granted');
  });

  it('a right granted by neither the user nor any team is missing', () => {
    const { items } = linkUserChecklist([stored(user()), stored(team({ rights: rightsOf(['Raadplegen dienstverbanden']) }))], employer);
    expect(items.filter((i) => i.state === 'missing').map((i) => i.id)).toEqual([
      'Beheren en raadplegen BSN',
      'Raadplegen loonoutput beperkt',
      'Raadplegen variabele gegevens',
    ]);
  });

  it('access to the employer through a team whose page lists it', () => {
    const reaching = team({ employers: ['Bakkerij De Korenschoof B.V.'] });
    const { items } = linkUserChecklist([stored(user({ employers: null })), stored(reaching)], employer);
    expect(items.find((i) => i.id === 'employer-access')).toMatchObject({ state: 'granted', source: { nl: 'via team Koppelingen' } });
  });

  it('team records never pass for a user: with only a team stored, no check applies', () => {
    expect(checkForEmployer([stored(team())], employer)).toBeUndefined();
    expect(teamKey('Koppelingen')).toBe('team:Koppelingen');
  });
});

const rightState = fc.constantFrom<RightState>(true, false, 'unknown');
const rightsArb = fc.record(Object.fromEntries(REQUIRED_RIGHTS.map((r) => [r, rightState])) as Record<RightName, fc.Arbitrary<RightState>>);
const teamArb = (name: string) => rightsArb.map((rights): TeamCheck => ({ capture: team({ teamName: name, rights }), readAt: '' }));
const rightArb = fc.constantFrom(...REQUIRED_RIGHTS);
const scene = fc.record({
  userRights: rightsArb,
  teams: fc.array(fc.constantFrom('A', 'B', 'C', 'D'), { maxLength: 4 }).chain((names) => fc.tuple(...[...new Set(names)].map(teamArb))),
  unseen: fc.boolean(),
  right: rightArb,
});

describe('combining individual and team rights (properties)', () => {
  it('adding a team’s grant never makes a right missing', () => {
    fc.assert(
      fc.property(scene, fc.constantFrom('E', 'F'), ({ userRights, teams, unseen, right }, added) => {
        const names = [...teams.map((t) => t.capture.teamName), ...(unseen ? ['Z'] : [])];
        const u = user({ rights: userRights, teams: names });
        const before = combineRight(right, u, teamsOfUser(u, teams));
        const granting: TeamCheck = { capture: team({ teamName: added, rights: { ...rightsOf([]), [right]: true } }), readAt: '' };
        const withTeam = user({ rights: userRights, teams: [...names, added] });
        const after = combineRight(right, withTeam, teamsOfUser(withTeam, [...teams, granting]));
        expect(after.state).toBe('granted');
        expect(after.viaTeams).toContain(added);
        if (before.state === 'granted') expect(after.state).toBe('granted');
      }),
    );
  });

  it('removing the only source of a right makes it missing', () => {
    fc.assert(
      fc.property(scene, fc.boolean(), ({ userRights, teams, right }, sourceIsUser) => {
        // Every other source says a plain "no", so only the one source grants it.
        const no = (r: Record<RightName, RightState>) => ({ ...r, [right]: false });
        const others = teams.map((t) => ({ ...t, capture: { ...t.capture, rights: no(t.capture.rights) } }));
        const names = others.map((t) => t.capture.teamName);
        if (sourceIsUser) {
          const granted = user({ rights: { ...userRights, [right]: true }, teams: names });
          expect(combineRight(right, granted, teamsOfUser(granted, others)).state).toBe('granted');
          const removed = user({ rights: no(userRights), teams: names });
          expect(combineRight(right, removed, teamsOfUser(removed, others)).state).toBe('missing');
        } else {
          const source: TeamCheck = { capture: team({ teamName: 'Bron', rights: { ...rightsOf([]), [right]: true } }), readAt: '' };
          const u = user({ rights: no(userRights), teams: [...names, 'Bron'] });
          expect(combineRight(right, u, teamsOfUser(u, [...others, source])).state).toBe('granted');
          // The user leaves team Bron (the only source): missing, not "unseen".
          const left = user({ rights: no(userRights), teams: names });
          expect(combineRight(right, left, teamsOfUser(left, others)).state).toBe('missing');
        }
      }),
    );
  });

  it('the checklist never calls a right granted that no source grants', () => {
    fc.assert(
      fc.property(scene, ({ userRights, teams, right }) => {
        const u = user({ rights: userRights, teams: teams.map((t) => t.capture.teamName) });
        const item = buildChecklist({ capture: u, readAt: '', dedicatedConfirmed: false, teams: teamsOfUser(u, teams) }, employer).find((i) => i.id === right)!;
        const anySource = userRights[right] === true || teams.some((t) => t.capture.rights[right] === true);
        expect(item.state === 'granted').toBe(anySource);
      }),
    );
  });
});
