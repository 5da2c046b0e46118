// Issue 25: teams on Loket.nl's pages, by Loket.nl's wording (utils/loket/labels.ts TEAM_HEADINGS).
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../utils/loket/capture';
import { teamHeading } from '../../../utils/loket/labels';

const page = (body: string) => new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
const RIGHTS = `<h2>Rechten</h2><table><tr><td>Raadplegen HRM</td><td>Ja</td></tr><tr><td>Raadplegen beloningen</td><td>Nee</td></tr></table>`;

describe('team wording', () => {
  it('names a team page, a user’s teams and a team’s members; navigation never', () => {
    expect(teamHeading('Team Koppelingen', 'team')).toBe(true);
    expect(teamHeading('Teams', 'team')).toBe(false);
    expect(teamHeading('Teams (2)', 'teams')).toBe(true);
    expect(teamHeading('Teams en Gebruikers', 'teams')).toBe(false);
    expect(teamHeading('Teamleden', 'members')).toBe(true);
  });

  it('a user page whose navigation says "Teams en Gebruikers" names no team', () => {
    const capture = capturePage(page(`<h2>Teams en Gebruikers</h2><ul><li>Gebruikers AK</li><li>Teams</li></ul>
      <h1>Gebruiker AK</h1><table><tr><th>Naam</th><td>Koppeling a.s.r.</td></tr></table>${RIGHTS}`));
    expect(capture).toMatchObject({ kind: 'rights', userName: 'Koppeling a.s.r.' });
    expect(capture && 'teams' in capture ? capture.teams : undefined).toBeUndefined();
  });

  it('a user page with a section headed by their team ("Team Koppelingen", or a bare "Team") stays the user\'s page', () => {
    for (const heading of ['Team Koppelingen', 'Team']) {
      const capture = capturePage(page(`<h1>Gebruiker AK</h1><dl><dt>Naam</dt><dd>Koppeling a.s.r.</dd></dl>
        <h2>${heading}</h2><p>Koppelingen</p>${RIGHTS}`));
      expect(capture, heading).toMatchObject({ kind: 'rights', userName: 'Koppeling a.s.r.' });
    }
  });

  it('a team page named only by its heading and "Naam" is a team, not a user of that name', () => {
    const capture = capturePage(page(`<h1>Team Salarisadministratie</h1><dl><dt>Naam</dt><dd>Salarisadministratie</dd></dl>
      <h2>Teamleden</h2><ul><li>Jan Jansen</li></ul>${RIGHTS}`));
    expect(capture).toMatchObject({ kind: 'team', teamName: 'Salarisadministratie', members: ['Jan Jansen'] });
  });
});
