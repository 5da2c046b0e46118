// Misreads of issue 12 on the Loket.nl side, each pinned by the smallest page that showed it.
// Each of these failed before the shared reading core (utils/dom, utils/text).
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../utils/loket/capture';
import { parseActive, parseUserType } from '../../../utils/loket/labels';
import { readRights } from '../../../utils/loket/pages/rights';
import { parseSite } from './helpers';

const dom = (html: string): HTMLElement => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;

describe('(a) a page is a rights page only on real evidence', () => {
  it('an ordinary company page with verb-led navigation is captured as the company, not as a rights page', () => {
    expect(capturePage(parseSite('probe-company-verb-nav.html'))).toEqual({
      kind: 'company',
      werkgeverId: '20790',
      loonheffingennummers: ['123456782L01'],
      werkgeverNaam: 'Tuinbouwbedrijf De Kas B.V.',
    });
  });

  it('evidence is a rights heading, or several of the six rights each with a state', () => {
    const nav = `<nav><a>Exporteren gegevens</a><a>Raadplegen loonstroken</a><a>Raadplegen HRM</a><a>Beheren en raadplegen BSN</a></nav>`;
    expect(readRights(dom(nav)).shown).toBe(false);
    expect(readRights(dom(`<h3>Rechten</h3><p>Geen rechten.</p>`)).shown).toBe(true);
    const withStates = `<div><span>Raadplegen HRM</span> <span>Ja</span></div><div><span>Raadplegen beloningen</span> <span>Nee</span></div>`;
    expect(readRights(dom(withStates)).shown).toBe(true);
    expect(readRights(dom(`<div><span>Raadplegen HRM</span> <span>Ja</span></div>`)).shown).toBe(false);
  });
});

describe('(b) a right listed without a visible state is unknown, never granted', () => {
  it('the rights-listed-no-state page carries "unknown" for all six', () => {
    const capture = capturePage(parseSite('rights-listed-no-state.html'));
    expect(capture?.kind).toBe('rights');
    if (capture?.kind !== 'rights') return;
    expect(Object.values(capture.rights)).toEqual(Array(6).fill('unknown'));
  });

  it('a CSS-only state is unknown; listed beside rows with a state it stays unknown', () => {
    const r = readRights(dom(`<h2>Rechten</h2><ul><li class="ok">Raadplegen HRM</li><li><i class="icon-check"></i><span>Raadplegen beloningen</span></li></ul>`));
    expect(r.shown).toBe(true);
    expect(r.rights['Raadplegen HRM']).toBe('unknown');
    expect(r.rights['Raadplegen beloningen']).toBe('unknown');
    // Not listed in a list that shows no state at all: just as unknown.
    expect(r.rights['Raadplegen loonoutput beperkt']).toBe('unknown');
    const mixed = readRights(dom(`<h2>Rechten</h2><ul><li>Raadplegen HRM</li><li>Raadplegen beloningen <span>Nee</span></li></ul>`));
    expect(mixed.rights['Raadplegen HRM']).toBe('unknown');
    expect(mixed.rights['Raadplegen beloningen']).toBe(false);
    // Not listed in a list that shows states: not granted.
    expect(mixed.rights['Raadplegen dienstverbanden']).toBe(false);
  });
});

describe('(c) Loket.nl wording is matched as words, not as letters inside other words', () => {
  it('a company title containing "loket" inside a word is still the company name', () => {
    const c = capturePage(dom(`<h1>Het Ondernemersloket Noord B.V.</h1><dl><dt>Werkgever ID</dt><dd>20720</dd></dl>`));
    expect(c).toMatchObject({ werkgeverNaam: 'Het Ondernemersloket Noord B.V.' });
    // The app's own name as a word still marks a generic title.
    expect(capturePage(dom(`<h1>Loket.nl</h1><dl><dt>Werkgever ID</dt><dd>20720</dd></dl>`))).not.toHaveProperty('werkgeverNaam');
  });

  it('"niet geblokkeerd" inside a status says active, not blocked', () => {
    expect(parseActive('Actief (niet geblokkeerd)')).toBe(true);
    expect(parseActive('Niet geblokkeerd')).toBe(true);
    expect(parseActive('Geblokkeerd')).toBe(false);
    expect(parseActive('Niet actief')).toBe(false);
    expect(parseActive('Actief')).toBe(true);
    expect(parseActive('Inactief')).toBe(false);
    expect(parseActive('Onbekend')).toBeNull();
  });

  it('grant states are read from words beside the right', () => {
    const r = readRights(dom(`<h2>Rechten</h2><table>
      <tr><td>Raadplegen HRM</td><td>Toegang geweigerd</td></tr>
      <tr><td>Raadplegen beloningen</td><td>Toegekend</td></tr></table>`));
    expect(r.rights['Raadplegen HRM']).toBe(false);
    expect(r.rights['Raadplegen beloningen']).toBe(true);
  });

  it('user kinds by their words', () => {
    expect(parseUserType('Via website en SSO')).toBe('standard');
    expect(parseUserType('SSO only / Webservice')).toBe('webservice');
    expect(parseUserType('Standaard')).toBe('standard');
  });
});
