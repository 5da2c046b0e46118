import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSAGES, messageFor, type MessageCode } from '../../../utils/registration/messages';
import { validateRegistration } from '../../../utils/registration/validate';
import { type EmployerDraft, type Profile } from '../../../utils/registration/schema';

const text = fc.oneof(
  fc.constant(''),
  fc.constant('  '),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('123456782L01', '123456789L01', '123456782L00', '12345678L01', '20720', 'A0201', 'x@y.nl', '007', '7'),
);

const profileArb: fc.Arbitrary<Profile> = fc.record({ bedrijfsnaam: text, email: text, raamwerkcontractnummer: text });
const draftArb: fc.Arbitrary<EmployerDraft> = fc.record({
  werkgeverId: text,
  werkgeverNaam: text,
  loonheffingennummer: text,
  elevenTestAcceptedFor: fc.option(fc.constantFrom('123456789L01', '123456782L01'), { nil: null }),
  hasDga: fc.constantFrom(true, false, null),
  dgas: fc.array(fc.record({ naam: text, personeelsnummer: text }), { maxLength: 4 }),
  verloning: fc.constantFrom('maand', '4weken', 'week', null),
  dertiendeMaand: fc.constantFrom(true, false, null),
  status: fc.constant({ stage: 'concept' as const }),
});

describe('messages', () => {
  it('every code has non-empty Dutch and English text', () => {
    for (const [code, m] of Object.entries(MESSAGES)) {
      expect(m.nl.trim(), code).not.toBe('');
      expect(m.en.trim(), code).not.toBe('');
      expect(m.nl, code).not.toBe(m.en);
    }
  });

  it('row placeholders are filled in', () => {
    expect(messageFor('dga.naam.required', 0).nl).toBe('Naam DGA (rij 1): vul de naam van de DGA in.');
    expect(messageFor('dga.naam.required', 0).en).not.toContain('{n}');
  });

  it('property: every issue produced has a known code, non-empty nl and en, and no unfilled placeholder', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(profileArb, draftArb, (profile, draft) => {
        for (const issue of validateRegistration(profile, draft)) {
          seen.add(issue.code);
          expect(Object.keys(MESSAGES)).toContain(issue.code);
          expect(issue.message.nl.trim()).not.toBe('');
          expect(issue.message.en.trim()).not.toBe('');
          expect(issue.message.nl + issue.message.en).not.toContain('{n}');
          expect(issue.dgaIndex === undefined).toBe(issue.dgaPart === undefined);
        }
      }),
      { numRuns: 500 },
    );
    // The generator must actually reach most codes, or the property proves little.
    expect(seen.size).toBeGreaterThanOrEqual(Object.keys(MESSAGES).length - 2);
  });

  it('no message code goes unused', () => {
    // Codes reachable by hand-picked inputs; keeps the table from collecting dead entries.
    const used = new Set<MessageCode>();
    const p = (o: Partial<Profile>): Profile => ({ bedrijfsnaam: 'A', email: 'a@b.nl', raamwerkcontractnummer: 'A020', ...o });
    const d = (o: Partial<EmployerDraft>): EmployerDraft => ({
      werkgeverId: '1', werkgeverNaam: '', loonheffingennummer: '123456782L01', elevenTestAcceptedFor: null,
      hasDga: false, dgas: [], verloning: 'maand', dertiendeMaand: true, status: { stage: 'concept' }, ...o,
    });
    const cases: [Profile, EmployerDraft][] = [
      [p({ bedrijfsnaam: '', email: '', raamwerkcontractnummer: '' }), d({ werkgeverId: '', loonheffingennummer: '', hasDga: null, verloning: null, dertiendeMaand: null })],
      [p({ email: 'x', raamwerkcontractnummer: 'B' }), d({ werkgeverId: 'x', loonheffingennummer: 'x', verloning: 'week', dgas: [{ naam: 'a', personeelsnummer: '1' }] })],
      [p({}), d({ loonheffingennummer: '123456789L00' })],
      [p({}), d({ loonheffingennummer: '123456789L01', elevenTestAcceptedFor: '123456789L01', hasDga: true })],
      [p({}), d({ hasDga: true, dgas: [{ naam: '', personeelsnummer: '' }, { naam: 'a', personeelsnummer: 'x' }, { naam: 'b', personeelsnummer: '1' }, { naam: 'c', personeelsnummer: '1' }] })],
    ];
    for (const [profile, draft] of cases) for (const i of validateRegistration(profile, draft)) used.add(i.code as MessageCode);
    // Several administrations in Loket.nl and none chosen.
    for (const i of validateRegistration(p({}), d({ loonheffingennummer: '' }), ['123456782L01', '123456782L02'])) used.add(i.code as MessageCode);
    expect([...used].sort()).toEqual(Object.keys(MESSAGES).sort());
  });
});
