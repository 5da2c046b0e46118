import { describe, expect, it } from 'vitest';
import { cleanLabel, collapseWhitespace, compact, containsNineDigitRun, wordList, words } from '../../../utils/text/normalize';
import { hasAnyPhrase, hasPhrase, isPhrase, startsWithPhrase } from '../../../utils/text/match';
import { parsePayPeriod, yesNo } from '../../../utils/text/meaning';

describe('normalising', () => {
  it('collapses every kind of space and drops zero-width characters', () => {
    expect(collapseWhitespace(' Werkgever\u00a0ID \u202f\n 20720\u200b ')).toBe('Werkgever ID 20720');
  });
  it('folds case, diacritics and punctuation into words', () => {
    expect(words("Zit er één of meerdere DGA's?")).toBe('zit er een of meerdere dga s');
    expect(wordList('Werkgevers-ID *')).toEqual(['werkgevers', 'id']);
    expect(compact('Werkgever-ID:')).toBe(compact('WerkgeverID'));
  });
  it('cleans a label of required markers and help marks, not of a question mark', () => {
    expect(cleanLabel('* Werkgever ID (verplicht):')).toBe('Werkgever ID');
    expect(cleanLabel('Loonheffingennummer (?)')).toBe('Loonheffingennummer');
    expect(cleanLabel('Werkgever ID ⓘ')).toBe('Werkgever ID');
    expect(cleanLabel('Wordt er een 13e maand uitgekeerd?')).toBe('Wordt er een 13e maand uitgekeerd?');
  });
  it('recognises BSN-shaped numbers in their usual groupings', () => {
    for (const t of ['111222333', '111 222 333', '111.222.333', '1112.22.333']) expect(containsNineDigitRun(t)).toBe(true);
    expect(containsNineDigitRun('20720')).toBe(false);
  });
});

describe('word matching', () => {
  it('never matches letters across a space ("Werkgever ID gaat…" holds no "dga")', () => {
    expect(hasPhrase('Werkgever ID gaat naar a.s.r.', 'dga')).toBe(false);
    expect(hasPhrase('Werkgever ID gaat naar a.s.r.', 'dga', { prefix: true })).toBe(false);
    expect(hasPhrase('d ga', 'dga')).toBe(false);
  });
  it('matches whole words and, when asked, word prefixes', () => {
    expect(hasPhrase("Zijn er DGA's in de verloning?", 'dga')).toBe(true);
    expect(hasPhrase('DGA-indicatie', 'dga')).toBe(true);
    expect(hasPhrase('Loonheffingennummer', 'loonheffing')).toBe(false);
    expect(hasPhrase('Loonheffingennummer', 'loonheffing', { prefix: true })).toBe(true);
  });
  it('never matches inside a word', () => {
    expect(hasPhrase('Halfmaandelijks', 'maand', { prefix: true })).toBe(false);
    expect(hasPhrase('Postloket', 'loket', { prefix: true })).toBe(false);
  });
  it('lets a compound in the text stand for two phrase words, not the other way round', () => {
    expect(hasPhrase('WerkgeverID', 'werkgever id')).toBe(true);
    expect(hasPhrase('Werkgever-ID', 'werkgever id')).toBe(true);
    expect(hasPhrase('Werkgever ID', 'werkgeverid')).toBe(false);
  });
  it('starts-with, whole-text and any-of forms', () => {
    expect(startsWithPhrase('Raadplegen HRM', 'raadplegen')).toBe(true);
    expect(startsWithPhrase('Niet raadplegen', 'raadplegen')).toBe(false);
    expect(isPhrase('Naam DGA', 'naam dga')).toBe(true);
    expect(isPhrase('Naam DGA 2', 'naam dga')).toBe(false);
    expect(hasAnyPhrase('Toegang geweigerd', ['ingetrokken', 'geweigerd'])).toBe(true);
  });
});

describe('yes/no meaning', () => {
  it.each([
    ['Ja', true], ['ja', true], ['✓', true], ['Aan', true], ['Nee', false], ['✗', false], ['Uit', false], ['-', false],
    ['Januari', null], ['', null], ['Nee, geen DGA', null], ['Niet alleen raadplegen', null],
  ])('whole text %j → %j', (text, want) => expect(yesNo(text)).toBe(want));
  it.each([
    ['Ja, er zit een DGA in', true], ['Nee, geen DGA', false], ['Wel een 13e maand', true], ['Januari', null],
  ])('option text %j → %j', (text, want) => expect(yesNo(text, { lead: true })).toBe(want));
});

describe('pay period: one parser for both sites', () => {
  it.each([
    ['Maandelijks', 'maand'], ['Per maand', 'maand'], ['Elke maand', 'maand'], ['Maand', 'maand'], ['Maandelijkse verloning', 'maand'],
    ['Kalendermaand', 'maand'], ['Maand (12 per jaar)', 'maand'], ['12 perioden', 'maand'],
    ['Per 4 weken', '4weken'], ['Vierwekelijks', '4weken'], ['Elke 4 weken', '4weken'], ['13 perioden', '4weken'], ['4 weken', '4weken'],
    ['4-weken', '4weken'], ['4-wekelijks', '4weken'], ['Per vier weken', '4weken'], ['4 weken (13 perioden)', '4weken'], ['13x per jaar', '4weken'],
    ['Week', 'week'], ['Wekelijks', 'week'], ['Per week', 'week'],
  ])('%j → %s', (text, want) => expect(parsePayPeriod(text)).toBe(want));
  it.each([
    'Per kwartaal (3 maanden)', 'Kwartaal', 'Halfmaandelijks', 'Halfmaand', 'Per jaar', 'Jaar', 'Jaarlijks', '2 weken', 'Tweewekelijks',
    '13e maand', 'Maand (13 perioden)', 'Maandloon', 'Anders', '', 'Wij verlonen per maand en per 4 weken',
  ])('%j → null, never chosen', (text) => expect(parsePayPeriod(text)).toBeNull());
});
