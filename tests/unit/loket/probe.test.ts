// Probe pages: plausible Loket.nl markup/wording the other fixtures do not use. Each page states
// its expected capture in its header comment; this file asserts it exactly.
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../utils/loket/capture';
import { readPairs } from '../../../utils/loket/page-scan';
import { REQUIRED_RIGHTS, type LoketCapture, type RightName } from '../../../utils/loket/types';
import { FIXTURE_BSNS, pageNames, parseSite, readSite } from './helpers';

const rights = (granted: boolean, except: Partial<Record<RightName, boolean>> = {}): Record<RightName, boolean> =>
  Object.fromEntries(REQUIRED_RIGHTS.map((r) => [r, except[r] ?? granted])) as Record<RightName, boolean>;

const EXPECTED: Record<string, LoketCapture> = {
  'probe-bootstrap-form-group.html': {
    kind: 'company',
    werkgeverId: '20730',
    loonheffingennummers: ['123456782L01'],
    werkgeverNaam: 'Drukkerij Het Anker B.V.',
    verloning: 'maand',
  },
  'probe-material-fields.html': {
    kind: 'company',
    werkgeverId: 'b14acd0d-75d7-4fc8-8b22-4a3924585cab',
    loonheffingennummers: ['812345678L02'],
    werkgeverNaam: 'Zorggroep Het Baken B.V.',
    verloning: '4weken',
  },
  'probe-css-grid-uppercase.html': {
    kind: 'company',
    werkgeverId: '20741',
    loonheffingennummers: ['812345678L01'],
    werkgeverNaam: 'Transportbedrijf Snel B.V.',
    verloning: '4weken',
  },
  'probe-classic-help-disabled.html': {
    kind: 'company',
    werkgeverId: '20750',
    loonheffingennummers: ['123456782L01', '123456782L02'],
    administraties: [
      { naam: 'Hoofdadministratie', loonheffingennummer: '123456782L01' },
      { naam: 'Oproepkrachten', loonheffingennummer: '123456782L02' },
    ],
    verloningen: { '123456782L01': '4weken', '123456782L02': '4weken' },
    werkgeverNaam: 'Schildersbedrijf Kwast & Zn.',
    verloning: '4weken',
  },
  'probe-admin-cards.html': {
    kind: 'company',
    werkgeverId: '20760',
    loonheffingennummers: ['819000127L01', '819000127L02'],
    verloningen: { '819000127L01': '4weken', '819000127L02': '4weken' },
    werkgeverNaam: 'Groothandel Noordzee B.V.',
    verloning: '4weken',
  },
  'probe-employee-form-select.html': {
    kind: 'employee',
    werkgeverId: '20720',
    werkgeverNaam: 'Bakkerij De Korenschoof B.V.',
    naam: 'Jansen, K.',
    personeelsnummer: '1077',
    isDga: true,
  },
  'probe-employee-material-radio.html': {
    kind: 'employee',
    werkgeverId: '20720',
    naam: 'Pieter van Dijk',
    personeelsnummer: '1042',
    isDga: true,
  },
  'probe-employee-aria-radiogroup.html': {
    kind: 'employee',
    naam: 'Vries, J. de',
    personeelsnummer: '3301',
    isDga: false,
  },
  'probe-rights-icon-list.html': {
    kind: 'rights',
    userName: 'Koppeling a.s.r.',
    userType: 'standard',
    active: true,
    employers: ['Bakkerij De Korenschoof B.V.', 'Zorggroep Het Baken B.V.'],
    rights: rights(true, { 'Raadplegen HRM': false, 'Raadplegen loonoutput beperkt': false }),
  },
  'probe-rights-switches.html': {
    kind: 'rights',
    userName: 'Karin van den Bos',
    userType: 'standard',
    active: true,
    employers: ['Bakkerij De Korenschoof B.V.', 'Transportbedrijf Snel B.V.'],
    rights: rights(true, { 'Raadplegen loonoutput beperkt': false }),
  },
  'probe-rights-aria-grid-janee.html': {
    kind: 'rights',
    userName: 'API Koppeling Oud',
    userType: 'webservice',
    active: false,
    employers: null,
    rights: rights(true, { 'Raadplegen dienstverbanden': false, 'Raadplegen variabele gegevens': false }),
  },
  'probe-react-comments.html': {
    kind: 'company',
    werkgeverId: '20780',
    loonheffingennummers: ['628194821L01'],
    werkgeverNaam: 'Kapsalon Knip & Go',
    verloning: 'maand',
  },
  // Misread fixed: verb-led navigation links ("Raadplegen loonstroken") made this a rights page.
  'probe-company-verb-nav.html': {
    kind: 'company',
    werkgeverId: '20790',
    loonheffingennummers: ['123456782L01'],
    werkgeverNaam: 'Tuinbouwbedrijf De Kas B.V.',
  },
  'probe-rights-checkbox-first.html': {
    kind: 'rights',
    userName: 'Koppeling a.s.r.',
    userType: 'standard',
    active: true,
    employers: ['Bakkerij De Korenschoof B.V.'],
    rights: rights(true, { 'Raadplegen HRM': false }),
  },
};

describe('probe pages (markup styles and wording not used elsewhere)', () => {
  it('at least eight probe pages exist, all with an expected capture', () => {
    const probes = pageNames().filter((n) => n.startsWith('probe-'));
    expect(probes.length).toBeGreaterThanOrEqual(8);
    expect(probes.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name} → exact capture`, () => {
      expect(capturePage(parseSite(name))).toEqual(expected);
    });

    it(`${name}: shows a BSN, and no BSN anywhere in the capture or the pairs`, () => {
      expect(readSite(name)).toContain('111222333');
      const doc = parseSite(name);
      const json = JSON.stringify(capturePage(doc));
      const pairs = readPairs(doc.body);
      for (const bsn of FIXTURE_BSNS) {
        expect(json).not.toContain(bsn);
        // Not even under an unrelated label ("Kenmerk", "Referentie"): no pair may carry it into a field.
        for (const p of pairs) if (p.value.includes(bsn)) expect(p.label).not.toMatch(/bsn|burgerservice|sofi/i);
      }
      expect(pairs.filter((p) => /bsn|burgerservice|sofi/i.test(p.label))).toEqual([]);
    });
  }
});

/** The general idioms the probes needed, each with the ways it must NOT fire. */
describe('pairing idioms found by the probes', () => {
  const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
  const pairsOf = (html: string): Array<[string, string]> => readPairs(doc(html).body).map((p) => [p.label, p.value]);

  it('help marks and help buttons in a label are neither part of the label nor its value', () => {
    expect(pairsOf('<div><label>Werkgever ID <button type="button">?</button></label><div><span>20720</span></div></div>')).toEqual([['Werkgever ID', '20720']]);
    expect(pairsOf('<p><span>Loontijdvak <span class="help">(?)</span> :</span><span>Maand</span></p>')).toEqual([['Loontijdvak', 'Maand']]);
    expect(pairsOf('<p><span>Loontijdvak <i class="icon"></i></span></p>')).toEqual([]);
  });

  it('a form field wrapper with the control before its label pairs them, but not a control that names itself otherwise', () => {
    expect(pairsOf('<div><input readonly value="1042"><span><label>Personeelsnummer</label></span></div>')).toEqual([['Personeelsnummer', '1042']]);
    expect(pairsOf('<div><input readonly aria-label="BSN" value="111222333"><span>Personeelsnummer</span></div>')).toEqual([]);
    expect(pairsOf('<div><span>Personeelsnummer</span><input readonly aria-label="Burgerservicenummer" value="111222333"></div>')).toEqual([]);
    expect(pairsOf('<div><span>Personeelsnummer</span><div><input id="b" readonly value="111222333"></div><label for="b">Sofinummer</label></div>')).toEqual([]);
    // Two controls in the wrapper: not one field.
    expect(pairsOf('<div><input value="1"><input value="2"><span>Personeelsnummer</span></div>')).toEqual([]);
  });

  it('a radio group named by a legend or a text reads the checked option, whatever the order', () => {
    const group = (nee: string, ja: string) =>
      `<fieldset><legend>DGA</legend><label><input type="radio" name="d" ${nee}> Nee</label><label><input type="radio" name="d" ${ja}> Ja</label></fieldset>`;
    expect(pairsOf(group('', 'checked'))).toContainEqual(['DGA', 'Ja']);
    expect(pairsOf(group('checked', ''))).toContainEqual(['DGA', 'Nee']);
    expect(pairsOf(group('', '')).filter(([l]) => l === 'DGA')).toEqual([]);
    expect(pairsOf('<span id="l">DGA</span><div role="radiogroup" aria-labelledby="l"><div role="radio" aria-checked="true">Ja</div><div role="radio" aria-checked="false">Nee</div></div>')).toContainEqual(['DGA', 'Ja']);
  });

  it('label and value as separate texts (comments between), and "Label 123" without a colon only for digits', () => {
    expect(pairsOf('<p>Werkgever ID<!-- -->: <!-- -->20720</p>')).toEqual([['Werkgever ID', '20720']]);
    expect(pairsOf('<p><b>Werkgever ID:</b> 20720</p>')).toEqual([['Werkgever ID', '20720']]);
    expect(pairsOf('<span>Werkgever ID 20720</span>')).toEqual([['Werkgever ID', '20720']]);
    expect(pairsOf('<span>Naam Jansen</span>')).toEqual([]);
    expect(pairsOf('<span>BSN 111222333</span><span>Kenmerk 111222333</span>')).toEqual([]);
  });

  it('the company name comes from a title only when no label names it and the title is a name', () => {
    const company = (h1: string, extra = '') => capturePage(doc(`<h1>${h1}</h1>${extra}<dl><dt>Werkgever ID</dt><dd>20720</dd></dl>`));
    expect(company('Bakkerij B.V.')).toMatchObject({ werkgeverNaam: 'Bakkerij B.V.' });
    expect(company('Bedrijfsgegevens – Bakkerij B.V.')).toMatchObject({ werkgeverNaam: 'Bakkerij B.V.' });
    expect(company('Bakkerij B.V. | Bedrijfsgegevens')).toMatchObject({ werkgeverNaam: 'Bakkerij B.V.' });
    for (const title of ['Overzicht', 'Bedrijfsgegevens', 'Loket.nl', 'Werkgever', '111222333', 'Werkgevers – Overzicht']) {
      expect(company(title)).not.toHaveProperty('werkgeverNaam');
    }
    expect(company('Bakkerij B.V.', '<p>Statutaire naam: Bakkerij De Echte B.V.</p>')).toMatchObject({ werkgeverNaam: 'Bakkerij De Echte B.V.' });
  });
});
