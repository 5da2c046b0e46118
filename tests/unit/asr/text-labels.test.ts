import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanLabel, compact } from '../../../utils/text/normalize';
import { normalizeLoonheffingennummer } from '../../../utils/registration/loonheffingennummer';
import { classifyVerloning, classifyYesNo } from '../../../utils/asr/plan';
import { sameValue } from '../../../utils/asr/entries';
import { LABELS } from '../../../utils/asr/labels';

describe('text normalisation', () => {
  it('a label as the page shows it, with required markers dropped, matches its wording variant', () => {
    for (const v of ['Werkgever ID', 'Werkgever-ID', 'WerkgeverID', 'werkgever\u00a0id *', ' Werkgever ID: ']) {
      expect(compact(cleanLabel(v))).toBe('werkgeverid');
    }
    expect(compact(cleanLabel('Raamwerkcontract nummer (verplicht)'))).toBe('raamwerkcontractnummer');
    expect(cleanLabel('  E-mailadres  (verplicht) : ')).toBe('E-mailadres');
  });
  it('compact is insensitive to case, extra whitespace and hyphens (property)', () => {
    const variants = Object.values(LABELS).flatMap((s) => s.exact);
    fc.assert(
      fc.property(fc.constantFrom(...variants), fc.boolean(), fc.constantFrom(' ', '  ', '\u00a0', '\t'), (label, upper, ws) => {
        const mangled = (upper ? label.toUpperCase() : label.toLowerCase()).replace(/ /g, ws).replace(/-/g, ' - ') + ' *';
        expect(compact(cleanLabel(mangled))).toBe(compact(label));
      }),
    );
  });
  it('normalises a loonheffingennummer', () => {
    expect(normalizeLoonheffingennummer('1234.56.782 l01')).toBe('123456782L01');
    expect(sameValue('loonheffingennummer', '123456782 l01', '123456782L01')).toBe(true);
    expect(sameValue('bedrijfsnaam', ' acme  bv ', 'ACME BV')).toBe(true);
    expect(sameValue('bedrijfsnaam', 'Acme', 'Acme BV')).toBe(false);
  });
});

describe('option wording', () => {
  it.each([
    ['Per 4 weken', '4weken'],
    ['4-wekelijks', '4weken'],
    ['Vierwekelijks', '4weken'],
    ['4 weken', '4weken'],
    ['Maandelijks', 'maand'],
    ['Per maand', 'maand'],
    ['Maand', 'maand'],
    ['Per week', ''],
    ['Week', ''],
    // Issue 12: "maand" inside a word or in a remark is no monthly payroll.
    ['Per kwartaal (3 maanden)', ''],
    ['Halfmaandelijks', ''],
    ['Per halve maand', ''],
    ['Elke maand', 'maand'],
    ['13 perioden', '4weken'],
  ])('verloning %s -> %s', (text, v) => expect(classifyVerloning(text)).toBe(v));
  it.each([
    ['Ja', 'ja'],
    ['ja, er zit een DGA in', 'ja'],
    ['Nee', 'nee'],
    ['Nee, geen DGA', 'nee'],
    ['Januari', ''],
  ])('ja/nee %s -> %s', (text, v) => expect(classifyYesNo(text)).toBe(v));
});
