// Administration names beside their loonheffingennummer: read only where the page ties a name to
// its number (same row, same section), never guessed. Each page states its exact capture in its
// header comment; the snippets pin the rules one by one.
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../utils/loket/capture';
import { findLoonheffingennummers } from '../../../utils/loket/pages/company';
import { readPairs } from '../../../utils/loket/page-scan';
import { parseSite, readSite } from './helpers';

/** The JSON after "Expected capture:" in a page's header comment. */
function expectedOf(name: string): unknown {
  const comment = /Expected capture[^:]*:\s*([\s\S]*?)-->/.exec(readSite(name))![1]!;
  return JSON.parse(comment);
}

const read = (html: string) => {
  document.body.innerHTML = html;
  return findLoonheffingennummers(readPairs(document.body));
};

describe('administration names on Loket.nl pages in several markup styles', () => {
  for (const name of ['administrations-grid.html', 'administrations-definition-lists.html', 'administrations-cards.html', 'several-administrations.html', 'probe-classic-help-disabled.html']) {
    it(`${name} → exact capture`, () => {
      expect(capturePage(parseSite(name))).toEqual(expectedOf(name));
    });
  }

  it('a name never holds a BSN-shaped number', () => {
    for (const name of ['administrations-grid.html', 'administrations-cards.html', 'probe-classic-help-disabled.html']) {
      expect(JSON.stringify(capturePage(parseSite(name)))).not.toMatch(/111\D?222\D?333/);
    }
  });
});

describe('which name belongs to which number', () => {
  it('"Omschrijving" names an administration only as a name column beside the numbers, never as a label of its own', () => {
    // One number on the page and a description (a CAO, the trade) in another section: not its name.
    expect(
      read(`<section><dl><dt>Loonheffingennummer</dt><dd>123456782L01</dd></dl>
        <div><dl><dt>Omschrijving</dt><dd>Kantoorpersoneel</dd></dl></div></section>`),
    ).toEqual({ loonheffingennummers: ['123456782L01'] });
  });

  it('beyond the 50 numbers a capture carries, no name is kept either (the background would refuse the capture)', () => {
    const numbers = Array.from({ length: 55 }, (_, i) => `123456782L${String(i + 1).padStart(2, '0')}`);
    const result = read(
      `<table><thead><tr><th>Administratie</th><th>Loonheffingennummer</th></tr></thead><tbody>${numbers
        .map((n, i) => `<tr><td>Administratie ${i + 1}</td><td>${n}</td></tr>`)
        .join('')}</tbody></table>`,
    );
    expect(result.loonheffingennummers).toHaveLength(50);
    expect(result.administraties).toHaveLength(50);
    expect(result.administraties!.every((a) => result.loonheffingennummers.includes(a.loonheffingennummer))).toBe(true);
  });

  it('a name column in the number’s own row, whatever the column order', () => {
    expect(
      read(`<table><thead><tr><th>Loonheffingennummer</th><th>Omschrijving</th></tr></thead>
        <tbody><tr><td>123456782L01</td><td>Maandloon</td></tr><tr><td>123456782L02</td><td>Weekloon</td></tr></tbody></table>`),
    ).toEqual({
      loonheffingennummers: ['123456782L01', '123456782L02'],
      administraties: [
        { naam: 'Maandloon', loonheffingennummer: '123456782L01' },
        { naam: 'Weekloon', loonheffingennummer: '123456782L02' },
      ],
    });
  });

  it('a table without a name column gives numbers only, never another row’s text', () => {
    expect(
      read(`<h2>Administratie Noord</h2><table><thead><tr><th>Loonheffingennummer</th><th>Tijdvak</th></tr></thead>
        <tbody><tr><td>123456782L01</td><td>Maand</td></tr><tr><td>123456782L02</td><td>Week</td></tr></tbody></table>`),
    ).toEqual({ loonheffingennummers: ['123456782L01', '123456782L02'], verloningen: { '123456782L01': 'maand', '123456782L02': 'week' } });
  });

  it('a label in a section shared with another number names neither', () => {
    expect(
      read(`<div><p>Administratie: Noord</p><p>Loonheffingennummer: 123456782L01</p><p>Loonheffingennummer: 123456782L02</p></div>`),
    ).toEqual({ loonheffingennummers: ['123456782L01', '123456782L02'] });
  });

  it('a name beside the Werkgever ID is the company’s, not an administration’s', () => {
    expect(
      read(`<div><p>Werkgever ID: 20720</p><p>Omschrijving: Bakkerij</p><div><p>Loonheffingennummer: 123456782L01</p></div></div>`),
    ).toEqual({ loonheffingennummers: ['123456782L01'] });
  });

  it('one administration with its own "Administratie" label gets its name', () => {
    expect(
      read(`<div><p>Werkgever ID: 20720</p></div><section><p>Administratie: Bakkerij Noord B.V. – maandloon</p><p>Loonheffingennummer: 123456782L01</p></section>`),
    ).toEqual({ loonheffingennummers: ['123456782L01'], administraties: [{ naam: 'Bakkerij Noord B.V. – maandloon', loonheffingennummer: '123456782L01' }] });
  });

  it('a name holding a nine-digit run (a possible BSN) is left out, also grouped', () => {
    for (const naam of ['Admin 111222333', 'Admin 111 222 333', 'Admin 111.222.333']) {
      expect(read(`<section><p>Administratie: ${naam}</p><p>Loonheffingennummer: 123456782L01</p></section>`)).toEqual({ loonheffingennummers: ['123456782L01'] });
    }
  });

  it('the same number shown twice keeps the name its own section gives it', () => {
    expect(
      read(`<div><p>Werkgever ID: 20720</p><p>Loonheffingennummer: 123456782L01</p></div>
        <section><p>Administratie: Hoofd</p><p>Loonheffingennummer: 123456782L01</p></section>`),
    ).toEqual({ loonheffingennummers: ['123456782L01'], administraties: [{ naam: 'Hoofd', loonheffingennummer: '123456782L01' }] });
  });
});
