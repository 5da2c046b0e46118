import { describe, expect, it } from 'vitest';
import { emptyEmployerDraft, EMPTY_PROFILE, type ValidationIssue } from '../../../utils/registration/schema';
import { hasBlockingErrors, normalizeEmployer, normalizeProfile, validateEmployer, validateProfile, validateRegistration } from '../../../utils/registration/validate';
import { werkgeverIdKind } from '../../../utils/registration/werkgever-id';
import { validDraft, validProfile } from './fixtures';

const brief = (issues: ValidationIssue[]) =>
  issues.map(({ field, code, severity, dgaIndex, dgaPart }) => ({ field, code, severity, dgaIndex, dgaPart }));

describe('a complete, valid registration', () => {
  it('has no issues and does not block', () => {
    const issues = validateRegistration(validProfile(), validDraft());
    expect(issues).toEqual([]);
    expect(hasBlockingErrors(issues)).toBe(false);
  });
});

describe('profile', () => {
  it('the empty profile gives one required error per field', () => {
    expect(brief(validateProfile(EMPTY_PROFILE)).map((i) => [i.code, i.severity])).toEqual([
      ['bedrijfsnaam.required', 'error'],
      ['email.required', 'error'],
      ['raamwerkcontractnummer.required', 'error'],
    ]);
  });

  it('whitespace alone counts as empty', () => {
    const codes = validateProfile({ bedrijfsnaam: '  ', email: ' \t', raamwerkcontractnummer: ' ' }).map((i) => i.code);
    expect(codes).toEqual(['bedrijfsnaam.required', 'email.required', 'raamwerkcontractnummer.required']);
  });

  it('normalises: trims, uppercases the raamwerkcontractnummer', () => {
    expect(normalizeProfile({ bedrijfsnaam: ' Acme ', email: ' a@b.nl ', raamwerkcontractnummer: ' a020x ' })).toEqual({
      bedrijfsnaam: 'Acme',
      email: 'a@b.nl',
      raamwerkcontractnummer: 'A020X',
    });
    // so a lowercase, padded A020 number raises no warning
    expect(validateProfile({ ...validProfile(), raamwerkcontractnummer: ' a0205 ' })).toEqual([]);
  });

  it('a raamwerkcontractnummer not starting with A020 is a warning, not an error', () => {
    const issues = validateProfile({ ...validProfile(), raamwerkcontractnummer: 'B1234' });
    expect(brief(issues)).toEqual([
      { field: 'raamwerkcontractnummer', code: 'raamwerkcontractnummer.unusualPrefix', severity: 'warning' },
    ]);
    expect(issues[0]?.message.nl).toContain('A020');
    expect(hasBlockingErrors(issues)).toBe(false);
  });

  it.each(['a@b.nl', 'first.last+tag@sub.example.com', ' x@y.co '])('accepts e-mail %j', (email) => {
    expect(validateProfile({ ...validProfile(), email })).toEqual([]);
  });

  it.each(['ab.nl', 'a@b', 'a @b.nl', 'a@b .nl', '@b.nl', 'a@.nl', 'a@@b.nl', 'a@b.nl.', 'a@b.'])(
    'rejects e-mail %j',
    (email) => {
      expect(validateProfile({ ...validProfile(), email }).map((i) => [i.code, i.severity])).toEqual([
        ['email.invalid', 'error'],
      ]);
    },
  );
});

describe('Werkgever ID', () => {
  const codes = (werkgeverId: string) =>
    validateEmployer(validDraft({ werkgeverId })).filter((i) => i.field === 'werkgeverId').map((i) => i.code);

  it.each([
    ['20720', 'number'],
    ['1', 'number'],
    [' 20720 ', 'number'],
    ['b14acd0d-75d7-4fc8-8b22-4a3924585cab', 'guid'],
    ['B14ACD0D-75D7-4FC8-8B22-4A3924585CAB', 'guid'],
  ])('accepts %j as a %s', (id, kind) => {
    expect(werkgeverIdKind(id)).toBe(kind);
    expect(codes(id)).toEqual([]);
  });

  it.each(['0', '-5', '12.5', '1e3', 'abc', '20720a', '20 720', 'b14acd0d75d74fc88b224a3924585cab', 'b14acd0d-75d7-4fc8-8b22-4a3924585ca'])(
    'rejects %j with a message saying what it looks like and where Loket.nl shows it',
    (id) => {
      expect(codes(id)).toEqual(['werkgeverId.invalid']);
      const [issue] = validateEmployer(validDraft({ werkgeverId: id }));
      expect(issue?.message.nl).toContain('Bedrijfsgegevens');
      expect(issue?.message.nl).toContain('Werkgever ID');
      expect(issue?.message.en).toContain('Bedrijfsgegevens');
    },
  );

  it('is required', () => expect(codes('  ')).toEqual(['werkgeverId.required']));

  it('is kept exactly as shown, only trimmed (case of a GUID untouched)', () => {
    expect(normalizeEmployer(validDraft({ werkgeverId: ' B14ACD0D-75d7-4fc8-8b22-4a3924585cab ' })).werkgeverId).toBe(
      'B14ACD0D-75d7-4fc8-8b22-4a3924585cab',
    );
  });
});

describe('DGAs', () => {
  const dgaIssues = (over: Parameters<typeof validDraft>[0]) =>
    brief(validateEmployer(validDraft(over))).filter((i) => i.field === 'hasDga' || i.field === 'dgas');

  it('the question must be answered', () => {
    expect(dgaIssues({ hasDga: null, dgas: [] })).toEqual([
      { field: 'hasDga', code: 'hasDga.unanswered', severity: 'error' },
    ]);
  });

  it('"no DGA" with no rows is fine', () => expect(dgaIssues({ hasDga: false, dgas: [] })).toEqual([]));

  it('"no DGA" with rows left over warns that they are not passed on, and does not block', () => {
    const issues = dgaIssues({ hasDga: false, dgas: [{ naam: 'X', personeelsnummer: '1' }] });
    expect(issues).toEqual([{ field: 'dgas', code: 'dgas.ignored', severity: 'warning' }]);
  });

  it('"yes" with an empty list is an error', () => {
    const issues = validateEmployer(validDraft({ hasDga: true, dgas: [] })).filter((i) => i.field === 'dgas');
    expect(issues.map((i) => i.code)).toEqual(['dgas.empty']);
    expect(issues[0]?.message.nl).toBe("DGA's: voeg minstens één DGA toe of kies 'Nee'.");
  });

  it('empty row fields are errors carrying row and part', () => {
    expect(dgaIssues({ dgas: [{ naam: 'A', personeelsnummer: '1' }, { naam: ' ', personeelsnummer: '' }] })).toEqual([
      { field: 'dgas', code: 'dga.naam.required', severity: 'error', dgaIndex: 1, dgaPart: 'naam' },
      { field: 'dgas', code: 'dga.personeelsnummer.required', severity: 'error', dgaIndex: 1, dgaPart: 'personeelsnummer' },
    ]);
  });

  it('row messages name the row (1-based)', () => {
    const [i] = validateEmployer(validDraft({ dgas: [{ naam: 'A', personeelsnummer: '1' }, { naam: '', personeelsnummer: '2' }] }));
    expect(i?.message.nl).toBe('Naam DGA (rij 2): vul de naam van de DGA in.');
    expect(i?.message.en).toContain('row 2');
  });

  it.each(['12a', '1.5', '-3', '1 2', '١٢'])('personeelsnummer %j must be digits only', (personeelsnummer) => {
    expect(dgaIssues({ dgas: [{ naam: 'A', personeelsnummer }] }).map((i) => i.code)).toEqual([
      'dga.personeelsnummer.digits',
    ]);
  });

  it('a padded personeelsnummer is trimmed, not rejected', () => {
    expect(dgaIssues({ dgas: [{ naam: ' A ', personeelsnummer: ' 42 ' }] })).toEqual([]);
    expect(normalizeEmployer(validDraft({ dgas: [{ naam: ' A ', personeelsnummer: ' 42 ' }] })).dgas).toEqual([
      { naam: 'A', personeelsnummer: '42' },
    ]);
  });

  it('the same personeelsnummer twice is an error on the later row(s) only', () => {
    const issues = dgaIssues({
      dgas: [
        { naam: 'A', personeelsnummer: '7' },
        { naam: 'B', personeelsnummer: '8' },
        { naam: 'C', personeelsnummer: ' 7' },
        { naam: 'D', personeelsnummer: '007' }, // Loket.nl numbers are integers: same employee
      ],
    });
    expect(issues).toEqual([
      { field: 'dgas', code: 'dga.personeelsnummer.duplicate', severity: 'error', dgaIndex: 2, dgaPart: 'personeelsnummer' },
      { field: 'dgas', code: 'dga.personeelsnummer.duplicate', severity: 'error', dgaIndex: 3, dgaPart: 'personeelsnummer' },
    ]);
  });

  it('different personeelsnummers are fine', () => {
    expect(
      dgaIssues({ dgas: [{ naam: 'A', personeelsnummer: '7' }, { naam: 'B', personeelsnummer: '70' }] }),
    ).toEqual([]);
  });
});

describe('Verloning and 13e maand', () => {
  it('unanswered questions are errors, never a default', () => {
    const issues = validateEmployer(validDraft({ verloning: null, dertiendeMaand: null }));
    expect(brief(issues)).toEqual([
      { field: 'verloning', code: 'verloning.unanswered', severity: 'error' },
      { field: 'dertiendeMaand', code: 'dertiendeMaand.unanswered', severity: 'error' },
    ]);
    expect(issues[0]?.message.nl).toMatch(/^Verloning: kies/);
    expect(issues[1]?.message.nl).toMatch(/^13e maand: kies/);
  });

  it('a weekly payroll is an error explaining a.s.r. only accepts month or four weeks', () => {
    const issues = validateEmployer(validDraft({ verloning: 'week' }));
    expect(brief(issues)).toEqual([{ field: 'verloning', code: 'verloning.week', severity: 'error' }]);
    expect(issues[0]?.message.nl).toContain('per maand of per 4 weken');
    expect(hasBlockingErrors(issues)).toBe(true);
  });

  it.each(['maand', '4weken'] as const)('%s is accepted', (verloning) => {
    expect(validateEmployer(validDraft({ verloning, dertiendeMaand: true }))).toEqual([]);
  });
});

describe('the empty draft', () => {
  it('blocks with one error per unanswered field', () => {
    const issues = validateEmployer(emptyEmployerDraft());
    expect(issues.map((i) => i.field)).toEqual(['werkgeverId', 'loonheffingennummer', 'hasDga', 'verloning', 'dertiendeMaand']);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
  });
});

describe('hasBlockingErrors', () => {
  it('is false with warnings only, true with any error', () => {
    const warnOnly = validateRegistration(
      { ...validProfile(), raamwerkcontractnummer: 'X1' },
      validDraft({ loonheffingennummer: '123456789L01', elevenTestAcceptedFor: '123456789L01' }),
    );
    expect(warnOnly.map((i) => i.severity)).toEqual(['warning', 'warning']);
    expect(hasBlockingErrors(warnOnly)).toBe(false);
    expect(hasBlockingErrors(validateEmployer(validDraft({ loonheffingennummer: '123456789L01' })))).toBe(true);
    expect(hasBlockingErrors([])).toBe(false);
  });
});

describe('validateRegistration', () => {
  it('combines profile and employer issues', () => {
    const codes = validateRegistration(EMPTY_PROFILE, emptyEmployerDraft()).map((i) => i.code);
    expect(codes).toHaveLength(8);
    expect(codes).toContain('bedrijfsnaam.required');
    expect(codes).toContain('dertiendeMaand.unanswered');
  });
});
