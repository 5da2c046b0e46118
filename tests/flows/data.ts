/** A complete registration, as the popup stores it: what the a.s.r. fill tests start from. */
export const FULL = {
  profile: { bedrijfsnaam: 'Salarisbureau Noord B.V.', email: 'koppelingen@salarisnoord.nl', raamwerkcontractnummer: 'A020778899' },
  draft: {
    werkgeverId: 'b14acd0d-75d7-4fc8-8b22-4a3924585cab',
    werkgeverNaam: 'Zorggroep Het Baken B.V.',
    loonheffingennummer: '123456782L01',
    elevenTestAcceptedFor: null,
    hasDga: true,
    dgas: [
      { naam: 'Jan de Vries', personeelsnummer: '1001' },
      { naam: 'Petra Jansen', personeelsnummer: '1002' },
    ],
    verloning: '4weken',
    dertiendeMaand: true,
    status: { stage: 'concept' },
  },
};

/**
 * The storage.local items of one saved employer with `FULL`'s registration, changed by the
 * overrides, in the single `employers` item of older versions: the background moves it to one
 * key per employer (its migration), so seeds need no copy of the storage layout. Wait for the
 * migration (`employers` gone) before opening the popup.
 */
export function registrationItems(draft: Partial<typeof FULL.draft> = {}, profile: Partial<typeof FULL.profile> = {}) {
  const record = {
    id: 'emp_seed',
    draft: { ...FULL.draft, ...draft },
    loket: null,
    edited: [],
    dgaCandidates: [],
    updatedAt: new Date().toISOString(),
  };
  return { profile: { ...FULL.profile, ...profile }, employers: { emp_seed: record }, lastEmployerId: 'emp_seed' };
}

/** The stored employer records (one `employer:<id>` key each), keyed by id. */
export function employersIn(storage: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(storage)
      .filter(([key]) => key.startsWith('employer:'))
      .map(([key, record]) => [key.slice('employer:'.length), record]),
  );
}
