import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyEmployerDraft } from '../../../utils/registration/schema';
import { loonheffingennummerProblem, loonheffingennummerProblems, normalizeLoonheffingennummer, passesElevenTest } from '../../../utils/registration/loonheffingennummer';
import { validateEmployer } from '../../../utils/registration/validate';
import { validDraft } from './fixtures';

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1];
const problemOf = (raw: string) => loonheffingennummerProblem(normalizeLoonheffingennummer(raw));

/** Check digit for eight digits, or null when the remainder is 10 (no valid ninth digit). */
function checkDigit(eight: readonly number[]): number | null {
  const r = eight.reduce((sum, d, i) => sum + WEIGHTS[i]! * d, 0) % 11;
  return r === 10 ? null : r;
}

const validNine = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .filter((eight) => checkDigit(eight) !== null)
  .map((eight) => eight.join('') + String(checkDigit(eight)));

describe('public test vectors (domain.md)', () => {
  it.each(['123456782L01', '123456782 l01', '123456782L02'])('%s is valid', (raw) => {
    expect(problemOf(raw)).toBeNull();
  });

  it('normalises 6281.94.821.L.01 to 628194821L01, which passes (9·6+8·2+…+2·2 = 221, 221 mod 11 = 1)', () => {
    expect(normalizeLoonheffingennummer('6281.94.821.L.01')).toBe('628194821L01');
    expect(problemOf('6281.94.821.L.01')).toBeNull();
  });

  it('normalises spaces, dashes, non-breaking spaces and lowercase l', () => {
    expect(normalizeLoonheffingennummer(' 1234-56782\u00a0l 01 ')).toBe('123456782L01');
  });

  it('123456789L01 fails the check digit', () => expect(problemOf('123456789L01')).toBe('checkDigit'));
  it('123456782L00 fails on the sub-number', () => expect(problemOf('123456782L00')).toBe('subNumber'));
  it.each(['12345678L01', '123456782B01', '1234567820L01', '123456782L1', '123456782L001', ''])(
    '%j has the wrong shape',
    (raw) => expect(problemOf(raw)).toBe('shape'),
  );
  it('111222333 passes the eleven-test', () => expect(passesElevenTest('111222333')).toBe(true));
});

describe('eleven-test', () => {
  it('never accepts remainder 10, whatever the ninth digit (100000060: 9·1 + 2·6 = 21 ≡ 10)', () => {
    for (let d = 0; d <= 9; d++) expect(passesElevenTest(`10000006${d}`)).toBe(false);
    // The lenient mapping 10 → 0 would accept this one.
    expect(problemOf('100000060L01')).toBe('checkDigit');
  });

  it('rejects anything that is not nine digits', () => {
    for (const s of ['11122233', '1112223330', '11122233a', '']) expect(passesElevenTest(s)).toBe(false);
  });

  it('weights make every single-digit change detectable: w·δ ≢ 0 (mod 11) for all weights and δ in ±1..±9', () => {
    // 11 is prime and |w|, |δ| < 11, so the product is never a multiple of 11.
    for (const w of WEIGHTS) {
      for (let delta = -9; delta <= 9; delta++) {
        if (delta !== 0) expect(((w * delta) % 11 + 11) % 11).not.toBe(0);
      }
    }
  });

  it('property: every generated valid number passes, also as a full loonheffingennummer', () => {
    fc.assert(
      fc.property(validNine, fc.integer({ min: 1, max: 99 }), (nine, sub) => {
        expect(passesElevenTest(nine)).toBe(true);
        expect(loonheffingennummerProblems(`${nine}L${String(sub).padStart(2, '0')}`)).toEqual([]);
      }),
    );
  });

  it('property: any single-digit change of a valid number fails the eleven-test', () => {
    fc.assert(
      fc.property(validNine, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (nine, pos, shift) => {
        const changed = (Number(nine[pos]) + shift) % 10; // shift 1..9 guarantees a different digit
        const mutated = nine.slice(0, pos) + String(changed) + nine.slice(pos + 1);
        expect(mutated).not.toBe(nine);
        expect(passesElevenTest(mutated)).toBe(false);
      }),
    );
  });

  it('property: a formatted valid number validates after normalisation', () => {
    const separator = fc.constantFrom('', ' ', '.', '-', '\u00a0');
    fc.assert(
      fc.property(validNine, separator, fc.constantFrom('L', 'l'), (nine, sep, l) => {
        const typed = `${nine.slice(0, 4)}${sep}${nine.slice(4)}${sep}${l}${sep}01`;
        const issues = validateEmployer(validDraft({ loonheffingennummer: typed }));
        expect(issues.filter((i) => i.field === 'loonheffingennummer')).toEqual([]);
      }),
    );
  });
});

describe('loonheffingennummer issues in validateEmployer', () => {
  const lhnIssues = (loonheffingennummer: string, accept = false) =>
    validateEmployer(
      validDraft({ loonheffingennummer, elevenTestAcceptedFor: accept ? normalizeLoonheffingennummer(loonheffingennummer) : null }),
    )
      .filter((i) => i.field === 'loonheffingennummer')
      .map((i) => [i.code, i.severity]);

  it('has one distinct message per failure', () => {
    const codes = ['12345678L01', '123456789L01', '123456782L00', ''].map((n) =>
      validateEmployer(validDraft({ loonheffingennummer: n })).find((i) => i.field === 'loonheffingennummer'),
    );
    expect(codes.map((i) => i?.code)).toEqual([
      'loonheffingennummer.shape',
      'loonheffingennummer.checkDigit',
      'loonheffingennummer.subNumber',
      'loonheffingennummer.required',
    ]);
    expect(new Set(codes.map((i) => i?.message.nl)).size).toBe(4);
  });

  it('a failed eleven-test is an overridable error', () => {
    const [i] = validateEmployer(validDraft({ loonheffingennummer: '123456789L01' }));
    expect(i).toMatchObject({ code: 'loonheffingennummer.checkDigit', severity: 'error', overridable: true });
  });

  it('accepting the failed eleven-test downgrades it to a warning that stays visible', () => {
    expect(lhnIssues('123456789L01', true)).toEqual([['loonheffingennummer.checkDigitAccepted', 'warning']]);
  });

  it('the override does not touch a wrong shape or a 00 sub-number', () => {
    expect(lhnIssues('12345678L01', true)).toEqual([['loonheffingennummer.shape', 'error']]);
    expect(lhnIssues('123456782L00', true)).toEqual([['loonheffingennummer.subNumber', 'error']]);
    // Both wrong: accepting the check digit must not hide the sub-number error.
    expect(lhnIssues('123456789L00', true)).toEqual([
      ['loonheffingennummer.checkDigitAccepted', 'warning'],
      ['loonheffingennummer.subNumber', 'error'],
    ]);
  });

  it('the override flag on a valid number adds nothing', () => {
    expect(lhnIssues('123456782L01', true)).toEqual([]);
  });

  it('shape errors are not overridable', () => {
    const i = validateEmployer({ ...emptyEmployerDraft('1'), loonheffingennummer: '123456782B01' })[0];
    expect(i?.overridable).toBeUndefined();
  });
});
