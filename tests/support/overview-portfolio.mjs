// Generated employers for the overview's e2e tests and benchmark: deterministic (seeded), with
// valid loonheffingennummers (eleven-test), both kinds of Werkgever ID, every stage with its date,
// some records incomplete, some with several administrations, plus a rights check that names part
// of them. Plain ESM so Playwright specs and `npm run bench` share it.

/** Small seeded PRNG (mulberry32): the same seed gives the same portfolio on every machine. */
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

/** Nine digits passing the eleven-test (a remainder of 10 is retried, never mapped to 0). */
export function fiscalNumber(rnd) {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? 1 + Math.floor(rnd() * 9) : Math.floor(rnd() * 10)));
    const sum = digits.reduce((s, d, i) => s + (9 - i) * d, 0);
    const check = sum % 11;
    if (check !== 10) return `${digits.join('')}${check}`;
  }
}

const TRADES = ['Bakkerij', 'Installatiebedrijf', 'Zorggroep', 'Transport', 'Hoveniersbedrijf', 'Tandartspraktijk', 'Accountantskantoor', 'Autobedrijf', 'Drukkerij', 'Kinderopvang'];
const NAMES = ['De Korenschoof', 'Van Dijk', 'Het Baken', 'Jansen & Zn', 'De Vries', 'Noorderlicht', 'Bos', 'Mulder', 'Visser', 'De Linde', 'Smit', 'Meijer'];
const PLACES = ['Utrecht', 'Zwolle', 'Breda', 'Assen', 'Delft', 'Venlo', 'Gouda', 'Hoorn'];
const PEOPLE = ['Jan de Vries', 'Petra Jansen', 'Ahmed El Amrani', 'Sanne Bakker', 'Kees van Leeuwen', 'Fatma Yilmaz', 'Ruud Hendriks', 'Ingrid Postma'];
const STAGES = ['concept', 'ingevuld', 'verstuurd', 'wacht-op-keylane', 'bevestigd'];
const DAY = 24 * 60 * 60 * 1000;

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
      return { stage, firstExchangeDate: at.slice(0, 10), confirmedAt: at };
  }
}

/**
 * `count` employer records keyed by id, as the extension stores them, and the stored rights
 * checks. `now` fixes every date relative to one moment.
 */
export function generatePortfolio(count, { seed = 15, now = new Date('2026-11-20T09:00:00Z') } = {}) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const employers = {};
  const reachable = [];
  for (let i = 0; i < count; i++) {
    const id = `emp_gen_${String(i + 1).padStart(4, '0')}`;
    const werkgeverId = i % 7 === 3 ? uuid(rnd) : String(10000 + i * 13);
    const name = `${pick(TRADES)} ${pick(NAMES)} ${pick(PLACES)} ${i + 1} B.V.`;
    const fiscal = fiscalNumber(rnd);
    const administrations = i % 5 === 0 ? 2 : 1;
    const numbers = Array.from({ length: administrations }, (_, k) => `${fiscal}L0${k + 1}`);
    const incomplete = i % 6 === 1;
    const dgaCount = i % 3 === 0 ? 1 + (i % 2) : 0;
    const dgas = Array.from({ length: dgaCount }, (_, k) => ({ naam: PEOPLE[(i + k) % PEOPLE.length], personeelsnummer: String(100 + k) }));
    const stage = STAGES[i % STAGES.length];
    const reachedAt = new Date(now.getTime() - (1 + (i % 40)) * DAY).toISOString();
    const seen = i % 4 !== 2;
    employers[id] = {
      id,
      draft: {
        werkgeverId,
        werkgeverNaam: name,
        loonheffingennummer: numbers[0],
        elevenTestAcceptedFor: null,
        hasDga: incomplete ? null : dgaCount > 0,
        dgas,
        verloning: incomplete ? null : i % 2 ? 'maand' : '4weken',
        dertiendeMaand: incomplete ? null : i % 4 === 0,
        status: statusFor(stage, reachedAt),
      },
      loket: seen
        ? { werkgeverId, werkgeverNaam: name, loonheffingennummers: numbers, verloning: i % 2 ? 'maand' : '4weken', capturedAt: new Date(now.getTime() - (i % 90) * DAY).toISOString() }
        : null,
      edited: [],
      dgaCandidates: [],
      updatedAt: reachedAt,
    };
    if (i % 10 !== 9) reachable.push(name);
  }
  const rights = {
    koppeling_ak: {
      capture: {
        kind: 'rights',
        userName: 'koppeling_ak',
        userType: 'standard',
        active: true,
        employers: reachable,
        rights: {
          'Beheren en raadplegen BSN': true,
          'Raadplegen beloningen': true,
          'Raadplegen dienstverbanden': true,
          'Raadplegen HRM': true,
          'Raadplegen loonoutput beperkt': true,
          'Raadplegen variabele gegevens': true,
        },
      },
      readAt: new Date(now.getTime() - 2 * DAY).toISOString(),
      dedicatedConfirmed: true,
    },
  };
  return { employers, rights };
}

function uuid(rnd) {
  const hex = () => Math.floor(rnd() * 16).toString(16);
  const part = (n) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-a${part(3)}-${part(12)}`;
}
