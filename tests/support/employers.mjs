// Generated, valid employer records for scale tests (unit tests, e2e, `npm run bench`): each
// with a Loket.nl snapshot, a valid loonheffingennummer (eleven-test), DGAs for about half of
// them, every registration stage, plus Loket.nl users' rights checks. Deterministic: the same
// n gives the same records, so runs compare. Plain ESM (no TypeScript) so the benchmark can
// import it; types in employers.d.mts.

const STAGES = ['concept', 'ingevuld', 'verstuurd', 'wacht-op-keylane', 'bevestigd'];
const RIGHTS = [
  'Beheren en raadplegen BSN',
  'Raadplegen beloningen',
  'Raadplegen dienstverbanden',
  'Raadplegen HRM',
  'Raadplegen loonoutput beperkt',
  'Raadplegen variabele gegevens',
];
const NAMES = ['Bakkerij', 'Zorggroep', 'Installatiebedrijf', 'Transport', 'Adviesbureau', 'Kinderopvang', 'Garage', 'Hoveniers'];
const PLACES = ['De Korenschoof', 'Het Baken', 'Noord', 'Van Dijk', 'Jansen & Zn.', 'De Linde', 'Oost', 'Zuidwal'];
const PEOPLE = ['Jan de Vries', 'Petra Jansen', 'Ahmed El Amrani', 'Els van den Berg', 'Kees Bakker', 'Sanne Visser'];

/** A small seeded generator (mulberry32): no Math.random, so every run is the same. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Nine digits that pass the eleven-test, derived from i. */
export function elevenProofNumber(i) {
  for (let base = 100000000 + ((i * 7919) % 800000000); ; base += 1) {
    const digits = String(base).slice(0, 8);
    let sum = 0;
    for (let k = 0; k < 8; k++) sum += (9 - k) * Number(digits[k]);
    const check = sum % 11;
    if (check < 10) return `${digits}${check}`;
  }
}

const iso = (day, i) => new Date(Date.UTC(2026, 0, 1 + day, 8, i % 60)).toISOString();

function statusFor(stage, at) {
  switch (stage) {
    case 'concept':
      return { stage };
    case 'ingevuld':
      return { stage, filledAt: at };
    case 'verstuurd':
      return { stage, sentAt: at };
    case 'wacht-op-keylane':
      return { stage, since: at };
    default:
      return { stage, firstExchangeDate: '2026-12-01', confirmedAt: at };
  }
}

/** One valid EmployerRecord; i from 0. */
export function generateEmployer(i, seed = 1) {
  const next = random(seed * 100003 + i);
  const id = `emp_gen_${String(i).padStart(5, '0')}`;
  const werkgeverId = i % 5 === 4 ? `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` : String(50000 + i);
  const werkgeverNaam = `${NAMES[i % NAMES.length]} ${PLACES[Math.floor(next() * PLACES.length)]} ${i} B.V.`;
  const loonheffingennummer = `${elevenProofNumber(i)}L01`;
  const dgaCount = i % 2 === 0 ? 1 + Math.floor(next() * 3) : 0;
  const dgas = Array.from({ length: dgaCount }, (_, k) => ({ naam: PEOPLE[(i + k) % PEOPLE.length], personeelsnummer: String(1000 + k) }));
  const verloning = next() < 0.7 ? 'maand' : '4weken';
  const at = iso(i % 300, i);
  const stage = STAGES[i % STAGES.length];
  return {
    id,
    draft: {
      werkgeverId,
      werkgeverNaam,
      loonheffingennummer,
      elevenTestAcceptedFor: null,
      hasDga: dgaCount > 0,
      dgas,
      verloning,
      dertiendeMaand: next() < 0.4,
      status: statusFor(stage, at),
    },
    loket: {
      werkgeverId,
      werkgeverNaam,
      loonheffingennummers: i % 7 === 0 ? [loonheffingennummer, `${elevenProofNumber(i + 1)}L02`] : [loonheffingennummer],
      verloning,
      capturedAt: at,
    },
    edited: i % 3 === 0 ? ['werkgeverNaam'] : [],
    dgaCandidates: dgas.slice(0, 1),
    updatedAt: at,
  };
}

/** n employers keyed by id, in creation order. */
export function generateEmployers(n, seed = 1) {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => generateEmployer(i, seed)).map((r) => [r.id, r]));
}

/** Rights checks of three Loket.nl users; the link user reaches every employer by name. */
export function generateRights(records) {
  const names = Object.values(records).map((r) => r.draft.werkgeverNaam);
  const user = (userName, employers, missing) => ({
    capture: {
      kind: 'rights',
      userName,
      userType: 'standard',
      active: true,
      employers,
      rights: Object.fromEntries(RIGHTS.map((r) => [r, r !== missing])),
    },
    readAt: '2026-11-01T09:00:00.000Z',
    dedicatedConfirmed: userName === 'koppeling.asr',
  });
  return {
    'koppeling.asr': user('koppeling.asr', names.slice(0, 5000), null),
    'j.smit': user('j.smit', names.slice(0, 10), 'Raadplegen HRM'),
    beheer: user('beheer', null, null),
  };
}

/**
 * The items of a store as an older version (≤ 2) kept it, one `employers` item; the extension
 * moves it to its current layout when it next reads employers, so tests and the benchmark
 * seed through the real migration rather than a second copy of the layout.
 */
export function legacyStore(records, rights = generateRights(records)) {
  return { employers: records, employers$: { v: 2 }, rights };
}

/**
 * One storage call in the service worker whose promise the worker itself holds until it settles.
 * The DevTools protocol awaits an evaluated promise through a weak handle: while the migration
 * allocates, a collection could take it and the call failed with "Resulting promise was garbage
 * collected" (1 of 3 runs of a full --repeat-each=3 suite).
 */
function retained(call) {
  const held = (globalThis.__heldByTests ??= new Set());
  const work = call.set ? chrome.storage.local.set(call.set) : chrome.storage.local.get(call.isGone).then((items) => items[call.isGone] === undefined);
  const promise = work.finally(() => held.delete(promise));
  held.add(promise);
  return promise;
}

/**
 * Seeds a browser's extension storage with `items` in the old single-item form and waits until
 * the background has moved them to its current layout (`employers` gone, every employer under
 * its own key). `worker` is the extension's service worker (Playwright).
 */
export async function seedThroughMigration(worker, items, { timeoutMs = 30_000 } = {}) {
  const ids = Object.keys(items.employers ?? {});
  await worker.evaluate(retained, { set: items });
  const end = Date.now() + timeoutMs;
  for (;;) {
    // The old item is removed last, once every record has its own key (utils/store/migrate.ts).
    const done = await worker.evaluate(retained, { isGone: 'employers' });
    if (done) return;
    if (Date.now() > end) throw new Error(`seedThroughMigration: ${ids.length} employers not migrated after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
