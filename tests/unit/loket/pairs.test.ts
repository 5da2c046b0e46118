import { describe, expect, it } from 'vitest';
import { isLabel } from '../../../utils/loket/labels';
import { findValue } from '../../../utils/loket/pairs';
import { readPairs } from '../../../utils/loket/page-scan';
import { readRights } from '../../../utils/loket/pages/rights';
import { cleanLabel, compact, words } from '../../../utils/text/normalize';
import { parsePayPeriod } from '../../../utils/text/meaning';
import { parseUserType } from '../../../utils/loket/labels';
import { capturePage } from '../../../utils/loket/capture';

const dom = (html: string): HTMLElement => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
const pairsOf = (html: string): string[] => readPairs(dom(html)).map((p) => `${p.label}=${p.value}`);

describe('label text', () => {
  it('collapses nbsp/repeated spaces, strips trailing colon and asterisk, lowercases for matching', () => {
    expect(cleanLabel('  Werkgever\u00a0 ID :\u00a0* ')).toBe('Werkgever ID');
    expect(words(cleanLabel('WERKGEVER ID:'))).toBe('werkgever id');
    expect(compact('Werkgever-ID')).toBe(compact('werkgever id'));
  });

  it('knows the Werkgever ID variants and keeps other wording apart', () => {
    for (const v of ['Werkgever ID', 'Werkgever-ID:', 'Werkgevers ID', 'WerkgeverID', 'werkgever id *', 'Werkgevers-ID']) {
      expect(isLabel('werkgeverId', v)).toBe(true);
    }
    expect(isLabel('personeelsnummer', 'Personeelsnummer')).toBe(true);
    expect(isLabel('personeelsnummer', 'Personeelsnummer verloning')).toBe(false);
    expect(isLabel('werkgeverId', 'Werkgever')).toBe(false);
  });
});

describe('readPairs idioms', () => {
  it('th/td rows, dt/dd, label[for] + input, wrapping label + select, aria-labelledby', () => {
    expect(
      pairsOf(`
        <table><tr><th>Werkgever ID</th><td>20720</td></tr></table>
        <dl><dt>Naam</dt><dd>Bakkerij</dd></dl>
        <label for="x">Loontijdvak</label><input id="x" readonly value="Maand">
        <label>Periode <select><option>Week</option><option selected>4 weken</option></select></label>
        <span id="l1">Groepcode</span><output aria-labelledby="l1">BAK</output>`),
    ).toEqual(['Werkgever ID=20720', 'Naam=Bakkerij', 'Loontijdvak=Maand', 'Periode=4 weken', 'Groepcode=BAK']);
  });

  it('grid rowheader/cell and a column-header table (one pair per row)', () => {
    expect(
      pairsOf(`
        <div role="grid"><div role="row"><div role="rowheader">Werkgever ID</div><div role="gridcell">20720</div></div></div>
        <table><thead><tr><th>Administratie</th><th>Loonheffingennummer</th></tr></thead>
        <tbody><tr><td>A</td><td>123456782L01</td></tr><tr><td>B</td><td>123456782L02</td></tr></tbody></table>`),
    ).toEqual(['Werkgever ID=20720', 'Administratie=A', 'Loonheffingennummer=123456782L01', 'Administratie=B', 'Loonheffingennummer=123456782L02']);
  });

  it('side-by-side spans/divs, wrapped labels, label text with the value in a child, and "Label: value" text', () => {
    expect(
      pairsOf(`
        <div><span>Werkgever ID</span><span>20720</span></div>
        <div class="r"><div class="c"><b>Naam</b></div><div class="c">X B.V.</div></div>
        <p>Handelsnaam <strong>Xje</strong></p>
        <p>Verloningsperiode: Per maand</p>`),
    ).toEqual(['Werkgever ID=20720', 'Naam=X B.V.', 'Handelsnaam=Xje', 'Verloningsperiode=Per maand']);
  });

  it('does not pair a label with the next label when its own value is missing', () => {
    expect(pairsOf(`<div><span>Werkgever ID</span></div><div><span>Naam</span><span>Bakkerij</span></div>`)).toEqual(['Naam=Bakkerij']);
  });

  it('skips BSN-labelled pairs in every idiom', () => {
    expect(
      pairsOf(`
        <table><tr><th>BSN</th><td>111222333</td></tr></table>
        <dl><dt>Burgerservicenummer</dt><dd>111222333</dd></dl>
        <label for="s">Sofinummer</label><input id="s" value="111222333">
        <div><span>BSN:</span><span>111222333</span></div>
        <p>Sofinummer: 111222333</p>
        <table><thead><tr><th>Loonheffingennummer</th><th>BSN</th></tr></thead><tbody><tr><td>123456782L01</td><td>111222333</td></tr></tbody></table>`),
    ).toEqual(['Loonheffingennummer=123456782L01']);
  });

  it('reads columns only for what an employer’s administrations table holds, not an overview of people', () => {
    expect(
      pairsOf(`
        <table><thead><tr><th>Naam</th><th>Personeelsnummer</th></tr></thead><tbody><tr><td>Jan</td><td>5</td></tr></tbody></table>
        <table><thead><tr><th>Administratie</th><th>Loonheffingennummer</th><th>Verloningsperiode</th></tr></thead>
          <tbody><tr><td>Hoofd</td><td>123456782L01</td><td>Maand</td></tr></tbody></table>`),
    ).toEqual(['Administratie=Hoofd', 'Loonheffingennummer=123456782L01', 'Verloningsperiode=Maand']);
  });

  it('ignores content hidden by markup and never reads scripts', () => {
    expect(
      pairsOf(`
        <div hidden><span>Werkgever ID</span><span>1</span></div>
        <div style="display: none"><span>Werkgever ID</span><span>2</span></div>
        <div><span>Werkgever ID</span><span>3</span></div>
        <script>var x = "Werkgever ID";</script>`),
    ).toEqual(['Werkgever ID=3']);
  });

  it('findValue finds by field wording', () => {
    const pairs = readPairs(dom(`<div><span>Werkgevers-ID:</span><span>20720</span></div>`));
    expect(findValue(pairs, 'werkgeverId')).toBe('20720');
    expect(findValue(pairs, 'loonheffingennummer')).toBeUndefined();
  });
});

describe('values', () => {
  it('pay periods', () => {
    const cases: Array<[string, string | null]> = [
      ['Maand', 'maand'], ['Per maand', 'maand'], ['Maandelijks', 'maand'],
      ['4 weken', '4weken'], ['4-weken', '4weken'], ['Vierwekelijks', '4weken'], ['Per 4 weken', '4weken'],
      ['Week', 'week'], ['Wekelijks', 'week'], ['2 weken', null], ['Kwartaal', null], ['', null],
    ];
    for (const [raw, want] of cases) expect([raw, parsePayPeriod(raw)]).toEqual([raw, want]);
  });

  it('user types', () => {
    expect(parseUserType('Via website en SSO')).toBe('standard');
    expect(parseUserType('SSO only/Webservice')).toBe('webservice');
    expect(parseUserType('Webservicegebruiker')).toBe('webservice');
    expect(parseUserType('Onbekend')).toBeNull();
  });
});

describe('rights by exact name', () => {
  it('"Raadplegen loonoutput" is not "Raadplegen loonoutput beperkt" and vice versa', () => {
    const a = readRights(dom(`<h2>Rechten</h2><ul><li>Raadplegen loonoutput <span>Ja</span></li></ul>`));
    expect(a.rights['Raadplegen loonoutput beperkt']).toBe(false);
    const b = readRights(dom(`<h2>Rechten</h2><ul><li>Raadplegen loonoutput beperkt <span>Ja</span></li></ul>`));
    expect(b.rights['Raadplegen loonoutput beperkt']).toBe(true);
    expect(b.rights['Raadplegen HRM']).toBe(false);
  });

  it('checkbox rows, wrapping labels, Ja/Nee cells, aria-checked switches with aria-label', () => {
    const r = readRights(
      dom(`
        <table>
          <tr><td>Raadplegen HRM</td><td><input type="checkbox" checked></td></tr>
          <tr><td>Raadplegen beloningen</td><td><input type="checkbox"></td></tr>
        </table>
        <label><input type="checkbox" checked> Raadplegen dienstverbanden</label>
        <div><span>Raadplegen variabele gegevens</span> <span>Nee</span></div>
        <div role="switch" aria-checked="true" aria-label="Beheren en raadplegen BSN"></div>
        <ul><li>Raadplegen loonoutput beperkt <i class="icon" title="Niet toegekend"></i></li></ul>`),
    );
    expect(r).toEqual({
      shown: true,
      rights: {
        'Beheren en raadplegen BSN': true,
        'Raadplegen beloningen': false,
        'Raadplegen dienstverbanden': true,
        'Raadplegen HRM': true,
        'Raadplegen loonoutput beperkt': false,
        'Raadplegen variabele gegevens': false,
      },
    });
  });

  it('a user page without any rights list yields no rights capture (it would claim all rights missing)', () => {
    const body = dom(`<h1>Gebruiker AK</h1><dl><dt>Naam</dt><dd>Koppeling</dd><dt>Status</dt><dd>Actief</dd></dl>`);
    expect(capturePage(body)).toBeNull();
  });
});

describe('page decisions', () => {
  it('a company page without Werkgever ID is no capture', () => {
    expect(capturePage(dom(`<h1>Bedrijfsgegevens</h1><dl><dt>Loonheffingennummer</dt><dd>123456782L01</dd></dl>`))).toBeNull();
  });

  it('an employee overview (Personeelsnummer column) on an employer page is not an employee page', () => {
    const c = capturePage(
      dom(`<h1>Bedrijfsgegevens</h1><dl><dt>Werkgever ID</dt><dd>20720</dd></dl>
        <table><thead><tr><th>Personeelsnummer</th><th>Naam</th></tr></thead><tbody><tr><td>1</td><td>A. Ap</td></tr></tbody></table>`),
    );
    expect(c).toEqual({ kind: 'company', werkgeverId: '20720', loonheffingennummers: [] });
  });

  it('a Werkgever ID of an unknown shape is not taken', () => {
    expect(capturePage(dom(`<dl><dt>Werkgever ID</dt><dd>onbekend</dd></dl>`))).toBeNull();
  });

  it('only numbers that look like a loonheffingennummer are kept, normalised and deduplicated', () => {
    const c = capturePage(
      dom(`<dl><dt>Werkgever ID</dt><dd>1</dd><dt>Loonheffingennummer</dt><dd>123456782 l01</dd>
           <dt>Loonheffingennummer</dt><dd>123456782L01</dd><dt>Loonheffingsnummer</dt><dd>12345678L01</dd></dl>`),
    );
    expect(c).toEqual({ kind: 'company', werkgeverId: '1', loonheffingennummers: ['123456782L01'] });
  });
});
