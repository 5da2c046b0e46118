import { emptyEmployerDraft, type EmployerDraft, type Profile } from '../../../utils/registration/schema';

export const validProfile = (): Profile => ({
  bedrijfsnaam: 'Salarisbureau De Vries B.V.',
  email: 'koppelingen@devries.nl',
  raamwerkcontractnummer: 'A0201234',
});

export const validDraft = (over: Partial<EmployerDraft> = {}): EmployerDraft => ({
  ...emptyEmployerDraft('20720'),
  werkgeverNaam: 'Bakkerij Jansen',
  loonheffingennummer: '123456782L01',
  hasDga: true,
  dgas: [{ naam: 'J. Jansen', personeelsnummer: '12' }],
  verloning: 'maand',
  dertiendeMaand: false,
  ...over,
});
