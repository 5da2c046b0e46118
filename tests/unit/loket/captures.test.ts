import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { capturePage } from '../../../utils/loket/capture';
import { REQUIRED_RIGHTS, type LoketCapture, type RightName, type RightState } from '../../../utils/loket/types';
import { asDocument, openSite, pageNames, parseSite } from './helpers';

const allRights = (granted: RightState, except: Partial<Record<RightName, RightState>> = {}): Record<RightName, RightState> =>
  Object.fromEntries(REQUIRED_RIGHTS.map((r) => [r, except[r] ?? granted])) as Record<RightName, RightState>;

/** Exact captures of the static pages (scripts not run). */
const EXPECTED: Record<string, LoketCapture | null> = {
  'classic-bedrijfsgegevens.html': {
    kind: 'company',
    werkgeverId: '20720',
    loonheffingennummers: ['123456782L01'],
    werkgeverNaam: 'Bakkerij De Korenschoof B.V.',
    verloning: 'maand',
  },
  'new-ui-bedrijfsgegevens.html': {
    kind: 'company',
    werkgeverId: 'b14acd0d-75d7-4fc8-8b22-4a3924585cab',
    loonheffingennummers: ['812345678L01'],
    werkgeverNaam: 'Zorggroep Het Baken B.V.',
    verloning: '4weken',
  },
  'formatted-number.html': {
    kind: 'company',
    werkgeverId: '20721',
    loonheffingennummers: ['628194821L01'],
    werkgeverNaam: 'Kapsalon Knip & Go',
    verloning: '4weken',
  },
  'several-administrations.html': {
    kind: 'company',
    werkgeverId: '20722',
    loonheffingennummers: ['819000127L01', '819000127L02', '824375919L01'],
    administraties: [
      { naam: 'Hoofdadministratie', loonheffingennummer: '819000127L01' },
      { naam: 'Oproepkrachten', loonheffingennummer: '819000127L02' },
      { naam: 'Holding', loonheffingennummer: '824375919L01' },
    ],
    // Each administration's own period (issue 23): Oproepkrachten is paid per 4 weeks.
    verloningen: { '819000127L01': 'maand', '819000127L02': '4weken', '824375919L01': 'maand' },
    werkgeverNaam: 'Groothandel Noordzee Holding B.V.',
    verloning: 'maand',
  },
  'employee-dga.html': {
    kind: 'employee',
    werkgeverId: '20720',
    werkgeverNaam: 'Bakkerij De Korenschoof B.V.',
    naam: 'Pieter van Dijk',
    personeelsnummer: '1042',
    isDga: true,
  },
  'employee-no-dga.html': {
    kind: 'employee',
    werkgeverNaam: 'Zorggroep Het Baken B.V.',
    naam: 'Anna de Boer-Smit',
    personeelsnummer: '2077',
    isDga: false,
  },
  'rights-missing.html': {
    kind: 'rights',
    userName: 'Koppeling a.s.r.',
    userType: 'standard',
    active: true,
    employers: ['Bakkerij De Korenschoof B.V. (20720)', 'Zorggroep Het Baken B.V.'],
    rights: allRights(true, {
      'Raadplegen dienstverbanden': false,
      'Raadplegen HRM': false,
      'Raadplegen loonoutput beperkt': false,
    }),
  },
  'rights-all-granted.html': {
    kind: 'rights',
    userName: 'Koppelgebruiker Salarisbureau Jansen',
    userType: 'standard',
    active: true,
    employers: ['Bakkerij De Korenschoof B.V.', 'Transportbedrijf Snel B.V.'],
    rights: allRights(true),
  },
  // Misread fixed: rights listed without a visible state were counted as granted.
  'rights-listed-no-state.html': {
    kind: 'rights',
    userName: 'Koppelgebruiker Salarisbureau Jansen',
    userType: 'standard',
    active: true,
    employers: ['Bakkerij De Korenschoof B.V.', 'Transportbedrijf Snel B.V.'],
    rights: allRights('unknown'),
  },
  'rights-webservice.html': {
    kind: 'rights',
    userName: 'API Koppeling Oud',
    userType: 'webservice',
    active: true,
    employers: null,
    rights: allRights(true, { 'Raadplegen HRM': false }),
  },
  'rights-blocked.html': {
    kind: 'rights',
    userName: 'Karin van den Bos',
    userType: 'standard',
    active: false,
    employers: ['Groothandel Noordzee Holding B.V.'],
    rights: allRights(true, { 'Raadplegen loonoutput beperkt': false, 'Raadplegen variabele gegevens': false }),
  },
  // Issue 25: rights through a team, a team's own page, 40 rights in groups, rights switched in place.
  'rights-team-partial.html': {
    kind: 'rights',
    userName: 'Koppeling a.s.r.',
    userType: 'standard',
    active: true,
    employers: ['Bakkerij De Korenschoof B.V. (20720)'],
    teams: ['Koppelingen'],
    rights: allRights(false, { 'Raadplegen beloningen': true, 'Raadplegen HRM': true }),
  },
  'team-koppelingen.html': {
    kind: 'team',
    teamName: 'Koppelingen',
    members: ['Koppeling a.s.r.', 'Jan Jansen'],
    employers: null,
    rights: allRights(true, { 'Raadplegen beloningen': false, 'Raadplegen HRM': false }),
  },
  'rights-forty-grouped.html': {
    kind: 'rights',
    userName: 'Sanne de Wit',
    userType: 'standard',
    active: true,
    employers: null,
    rights: allRights(true, { 'Raadplegen dienstverbanden': false, 'Raadplegen loonoutput beperkt': false }),
  },
  'rights-switch-live.html': {
    kind: 'rights',
    userName: 'Koppeling a.s.r.',
    userType: 'standard',
    active: true,
    employers: ['Bakkerij De Korenschoof B.V. (20720)'],
    rights: allRights(true, { 'Raadplegen variabele gegevens': false }),
  },
  // Rendered by page scripts: nothing to capture in the served HTML itself.
  'late-render.html': null,
  'spa-route-change.html': null,
  // The benchmark page (owned by the bench, tests/bench): its static Bedrijfsgegevens part.
  'bench-heavy.html': {
    kind: 'company',
    werkgeverId: '31337',
    loonheffingennummers: ['800123451L01'],
    werkgeverNaam: 'Groothandel Benchmark B.V.',
    verloning: 'maand',
  },
};

describe('capturePage on the simulated Loket.nl pages', () => {
  it('every expected fixture page exists (at least eight markup styles)', () => {
    expect(pageNames()).toEqual(expect.arrayContaining(Object.keys(EXPECTED)));
    expect(pageNames().length).toBeGreaterThanOrEqual(8);
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name} → exact capture`, () => {
      expect(capturePage(parseSite(name))).toEqual(expected);
    });
  }

  it('accepts an Element root as well as a Document', () => {
    const doc = parseSite('classic-bedrijfsgegevens.html');
    expect(capturePage(doc.body)).toEqual(EXPECTED['classic-bedrijfsgegevens.html']);
  });
});

describe('pages rendered by their own scripts', () => {
  const windows: Window[] = [];
  afterEach(async () => {
    for (const w of windows.splice(0)) await w.happyDOM.close();
  });

  it('late-render.html: null before, the company capture after rendering', async () => {
    const w = openSite('late-render.html', 'https://www.loket.nl/werkgever/31415/bedrijfsgegevens');
    windows.push(w);
    expect(capturePage(asDocument(w))).toBeNull();
    await new Promise((r) => setTimeout(r, 750));
    expect(capturePage(asDocument(w))).toEqual({
      kind: 'company',
      werkgeverId: '31415',
      loonheffingennummers: ['854321093L01'],
      werkgeverNaam: 'Installatiebedrijf Van Dam B.V.',
      verloning: 'maand',
    });
  });

  it('spa-route-change.html: employer A, then B after a pushState route change', () => {
    const w = openSite('spa-route-change.html', 'https://www.loket.nl/app/werkgevers/40001/bedrijfsgegevens');
    windows.push(w);
    expect(capturePage(asDocument(w))).toMatchObject({ werkgeverId: '40001', loonheffingennummers: ['800123451L01'], verloning: 'maand' });
    (w.document.getElementById('link-b') as unknown as HTMLElement).click();
    expect(w.location.pathname).toBe('/app/werkgevers/40002/bedrijfsgegevens');
    expect(capturePage(asDocument(w))).toEqual({
      kind: 'company',
      werkgeverId: '40002',
      loonheffingennummers: ['861234005L02'],
      werkgeverNaam: 'Schoonmaakbedrijf Glans B.V.',
      verloning: '4weken',
    });
  });
});
