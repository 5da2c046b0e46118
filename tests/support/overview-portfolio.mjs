// A portfolio for the overview's tests: the storage helper's generated employers
// (./employers.mjs: valid numbers, both kinds of Werkgever ID, every stage, DGAs, several
// administrations), reshaped so every "heeft aandacht nodig" reason occurs: some records are
// incomplete, some never seen in Loket.nl, stage dates lie 1–40 days before `now`, and the one
// rights check reaches all employers except those whose number ends in 9. Employers with two
// numbers carry their administrations' names.
import { generateEmployers } from './employers.mjs';

const DAY = 24 * 60 * 60 * 1000;
const DATE_FIELD = { ingevuld: 'filledAt', verstuurd: 'sentAt', 'wacht-op-keylane': 'since', bevestigd: 'confirmedAt' };
const RIGHTS = [
  'Beheren en raadplegen BSN',
  'Raadplegen beloningen',
  'Raadplegen dienstverbanden',
  'Raadplegen HRM',
  'Raadplegen loonoutput beperkt',
  'Raadplegen variabele gegevens',
];

export function generatePortfolio(count, { now = new Date('2026-11-20T09:00:00Z') } = {}) {
  const employers = generateEmployers(count);
  Object.values(employers).forEach((record, i) => {
    const reachedAt = new Date(now.getTime() - (1 + (i % 40)) * DAY).toISOString();
    const field = DATE_FIELD[record.draft.status.stage];
    if (field) record.draft.status[field] = reachedAt;
    record.updatedAt = reachedAt;
    if (i % 6 === 1) Object.assign(record.draft, { hasDga: null, verloning: null, dertiendeMaand: null });
    if (i % 4 === 2) record.loket = null;
    else record.loket.capturedAt = new Date(now.getTime() - (i % 90) * DAY).toISOString();
    // Newer captures carry the administrations' names (the employers with a second number have them).
    if (record.loket && record.loket.loonheffingennummers.length > 1)
      record.loket.administraties = record.loket.loonheffingennummers.map((n, k) => ({ naam: k === 0 ? 'Hoofdvestiging' : `Filiaal ${k}`, loonheffingennummer: n }));
  });
  const reachable = Object.values(employers)
    .filter((_, i) => i % 10 !== 9)
    .map((r) => r.draft.werkgeverNaam);
  const rights = {
    koppeling_ak: {
      capture: { kind: 'rights', userName: 'koppeling_ak', userType: 'standard', active: true, employers: reachable, rights: Object.fromEntries(RIGHTS.map((r) => [r, true])) },
      readAt: new Date(now.getTime() - 2 * DAY).toISOString(),
      dedicatedConfirmed: true,
    },
  };
  return { employers, rights };
}
