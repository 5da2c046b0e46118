import type { BrowserContext } from '@playwright/test';
import { seedThroughMigration } from '../support/employers.mjs';

/** A complete registration, written straight into storage. */
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

export async function seedRegistration(
  context: BrowserContext,
  draft: Partial<typeof FULL.draft> = {},
  profile: Partial<typeof FULL.profile> = {},
) {
  const [worker] = context.serviceWorkers();
  const record = {
    id: 'emp_seed',
    draft: { ...FULL.draft, ...draft },
    loket: null,
    edited: [],
    dgaCandidates: [],
    updatedAt: new Date().toISOString(),
  };
  // Written in the single-item form of older versions: the background moves it to one key per
  // employer (its migration), so the seed needs no copy of the storage layout.
  await seedThroughMigration(worker!, {
    profile: { ...FULL.profile, ...profile },
    employers: { emp_seed: record },
    lastEmployerId: 'emp_seed',
  });
}
