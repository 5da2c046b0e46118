import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, emptyEmployerDraft } from '../../../utils/registration/schema';
import { registrationAsText } from '../../../utils/registration/format';
import { validDraft, validProfile } from './fixtures';

describe('registrationAsText', () => {
  it('renders every a.s.r. field with normalised values, in Dutch by default', () => {
    const text = registrationAsText(
      { ...validProfile(), raamwerkcontractnummer: ' a0201234 ' },
      validDraft({
        loonheffingennummer: '6281.94.821.l.01',
        dgas: [
          { naam: ' J. Jansen ', personeelsnummer: '12' },
          { naam: 'P. Jansen', personeelsnummer: '13' },
        ],
        verloning: '4weken',
        dertiendeMaand: true,
      }),
    );
    expect(text).toBe(
      [
        'Bedrijfsnaam: Salarisbureau De Vries B.V.',
        'E-mailadres: koppelingen@devries.nl',
        'Raamwerkcontractnummer: A0201234',
        'Naam werkgever: Bakkerij Jansen',
        'Loonheffingennummer: 628194821L01',
        'Werkgever ID: 20720',
        "DGA's:",
        '- Naam DGA: J. Jansen; Personeelsnummer: 12',
        '- Naam DGA: P. Jansen; Personeelsnummer: 13',
        'Verloning: Per 4 weken',
        '13e maand: Ja',
      ].join('\n'),
    );
  });

  it('says so when there is no DGA, and renders month / no', () => {
    const text = registrationAsText(validProfile(), validDraft({ hasDga: false, verloning: 'maand', dertiendeMaand: false }));
    expect(text).toContain("DGA's: Geen DGA in de verloning");
    expect(text).not.toContain('Naam DGA');
    expect(text).toContain('Verloning: Per maand');
    expect(text).toContain('13e maand: Nee');
  });

  it('marks unanswered fields instead of guessing', () => {
    const text = registrationAsText(EMPTY_PROFILE, emptyEmployerDraft());
    const lines = text.split('\n');
    expect(lines).toEqual([
      'Bedrijfsnaam: (nog niet ingevuld)',
      'E-mailadres: (nog niet ingevuld)',
      'Raamwerkcontractnummer: (nog niet ingevuld)',
      'Loonheffingennummer: (nog niet ingevuld)',
      'Werkgever ID: (nog niet ingevuld)',
      "DGA's: (nog niet ingevuld)",
      'Verloning: (nog niet ingevuld)',
      '13e maand: (nog niet ingevuld)',
    ]);
  });

  it('renders in English on request, keeping the Dutch field names', () => {
    const text = registrationAsText(validProfile(), validDraft({ hasDga: false, dertiendeMaand: true }), 'en');
    expect(text).toContain('Payroll tax number (Loonheffingennummer): 123456782L01');
    expect(text).toContain("DGAs (DGA's): No DGA in the payroll");
    expect(text).toContain('Pay period (Verloning): Per month');
    expect(text).toContain('13th month (13e maand): Yes');
  });
});
