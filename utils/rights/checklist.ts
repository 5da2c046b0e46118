import { REQUIRED_RIGHTS, type RightName, type RightsCapture, type TeamCapture } from '../loket/types';
import type { Phrase } from '../i18n/table';
import { combineRight, teamsOfUser, type TeamCheck, type UserTeams } from './teams';

/**
 * The conditions the dedicated Loket.nl link user must meet (a.s.r. manual, step 1), each
 * granted, missing, not yet checked, or undetermined (the page listed a right without showing
 * whether it is granted), with where in Loket.nl to look.
 */

export type CheckState = 'granted' | 'missing' | 'unchecked' | 'undetermined';
export type ConditionId = 'standard-user' | 'active' | 'employer-access' | 'dedicated' | RightName;

export interface ChecklistItem {
  id: ConditionId;
  label: Phrase;
  state: CheckState;
  whereToLook: Phrase;
  /** Where a granted right or access comes from: "individueel", "via team Koppelingen". */
  source?: Phrase;
}

export interface RightsCheck {
  capture: RightsCapture;
  readAt: string;
  dedicatedConfirmed: boolean;
  /** The teams the user is shown to be in, resolved from the stored team pages (checkForEmployer). */
  teams?: UserTeams;
}

/** What storage holds under the rights item: users' checks and (utils/rights/teams.ts) teams' pages. */
export interface StoredCheck {
  capture: RightsCapture | TeamCapture;
  readAt: string;
  dedicatedConfirmed: boolean;
}

export interface EmployerRef {
  werkgeverId: string;
  werkgeverNaam: string;
}

export const OUTDATED_AFTER_DAYS = 30;
export const LOKET_API_MAILBOX = 'api@loket.nl';
export const LOKET_API_MANUAL_URL =
  'https://helpdesk.loket.nl/hc/nl/articles/360010294760-Handleiding-REST-API-koppeling';

const USER_PAGE = {
  nl: 'Loket.nl, providerniveau: Teams en Gebruikers → Gebruikers AK → de koppelgebruiker openen',
  en: 'Loket.nl, provider level: Teams en Gebruikers → Gebruikers AK → open the link user',
};

const CONDITION_LABELS: Record<Exclude<ConditionId, RightName>, Phrase> = {
  'standard-user': {
    nl: 'Standaardgebruiker (“Via website en SSO”), geen webservicegebruiker',
    en: 'Standard user (“Via website en SSO”), not a webservice user',
  },
  active: { nl: 'Gebruiker is actief (niet geblokkeerd)', en: 'User is active (not blocked)' },
  'employer-access': {
    nl: 'Toegang tot deze werkgever (via een team of direct)',
    en: 'Access to this employer (through a team or directly)',
  },
  dedicated: {
    nl: 'Gebruiker wordt alleen voor deze koppeling gebruikt',
    en: 'User is used only for this link',
  },
};

const WHERE: Record<Exclude<ConditionId, RightName>, Phrase> = {
  'standard-user': USER_PAGE,
  active: USER_PAGE,
  'employer-access': {
    nl: `${USER_PAGE.nl}; of bij de werkgever: Teams`,
    en: `${USER_PAGE.en}; or at the employer: Teams`,
  },
  dedicated: {
    nl: 'Geen pagina toont dit: bevestig het zelf',
    en: 'No page shows this: confirm it yourself',
  },
};

const RIGHTS_WHERE = {
  nl: `${USER_PAGE.nl} → Rechten (of de toegepaste Autorisatieset AK)`,
  en: `${USER_PAGE.en} → Rechten (or the applied Autorisatieset AK)`,
};

const TEAMS_PAGE = {
  nl: 'Loket.nl, providerniveau: Teams en Gebruikers → Teams',
  en: 'Loket.nl, provider level: Teams en Gebruikers → Teams',
};

const normalizeName = (s: string) =>
  s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A user's employer list, normalised, with the lines each word occurs in. */
interface NormalizedList {
  lines: string[];
  byWord: Map<string, number[]>;
}

/** Worked out once per list: the overview asks for every employer in turn. */
const normalizedLists = new WeakMap<readonly string[], NormalizedList>();
function normalizedList(list: readonly string[]): NormalizedList {
  let normalized = normalizedLists.get(list);
  if (!normalized) {
    const lines = list.map((entry) => ` ${normalizeName(entry)} `);
    const byWord = new Map<string, number[]>();
    lines.forEach((line, index) => {
      for (const word of new Set(line.trim().split(' '))) {
        // Pushed, not copied: a word on every line ("bv") would cost a copy per line, n² in all.
        const found = byWord.get(word);
        if (found) found.push(index);
        else byWord.set(word, [index]);
      }
    });
    normalized = { lines, byWord };
    normalizedLists.set(list, normalized);
  }
  return normalized;
}

/**
 * An employer's name and id, normalised once: the overview asks for each employer's access
 * several times (which check applies, then its checklist). Bounded, for a page open for long.
 */
const normalizedNames = new Map<string, string>();
function normalizedOnce(text: string): string {
  let normalized = normalizedNames.get(text);
  if (normalized === undefined) {
    if (normalizedNames.size >= 10_000) normalizedNames.clear();
    normalized = normalizeName(text);
    normalizedNames.set(text, normalized);
  }
  return normalized;
}

/**
 * Whether a line of the user's employer list names this employer. Lists show a name, an id,
 * or both ("Bakkerij De Korenschoof B.V. (20720)"): a whole-word id or the full name counts.
 * Only lines holding every word of the id or the name can, so only the lines of its rarest word
 * are looked at (the first word, "bakkerij", may be on hundreds).
 */
function listNames(list: readonly string[], employer: EmployerRef): boolean {
  const id = normalizedOnce(employer.werkgeverId);
  const name = normalizedOnce(employer.werkgeverNaam);
  const { lines, byWord } = normalizedList(list);
  const rarest = (words: string): number[] => {
    let fewest: number[] = [];
    for (const [k, word] of words.split(' ').entries()) {
      const found = byWord.get(word);
      if (!found) return [];
      if (k === 0 || found.length < fewest.length) fewest = found;
    }
    return fewest;
  };
  const candidates = [...(id ? rarest(id) : []), ...(name ? rarest(name) : [])];
  const names = (words: string) => (id.length > 0 && words.includes(` ${id} `)) || (name.length > 0 && words.includes(` ${name} `));
  return candidates.some((index) => names(lines[index]!));
}

/** Access directly (the user's own employer list) or through a team whose page lists the employer. */
function access(check: RightsCheck | undefined, employer: EmployerRef | undefined): { state: CheckState; team?: string } {
  if (!check || !employer) return { state: 'unchecked' };
  const own = check.capture.employers;
  if (own !== null && listNames(own, employer)) return { state: 'granted' };
  const team = check.teams?.seen.find((t) => t.capture.employers !== null && listNames(t.capture.employers, employer));
  if (team) return { state: 'granted', team: team.capture.teamName };
  return { state: own === null && !check.teams?.seen.some((t) => t.capture.employers !== null) ? 'unchecked' : 'missing' };
}

function accessState(check: RightsCheck | undefined, employer: EmployerRef | undefined): CheckState {
  return access(check, employer).state;
}

const viaTeam = (team: string): Phrase => ({ nl: `via team ${team}`, en: `via team ${team}` });
const INDIVIDUALLY: Phrase = { nl: 'individueel', en: 'individually' };

export function buildChecklist(check: RightsCheck | undefined, employer: EmployerRef | undefined): ChecklistItem[] {
  const capture = check?.capture;
  const fromBoolean = (value: boolean | null | undefined): CheckState =>
    value === true ? 'granted' : value === false ? 'missing' : 'unchecked';
  const conditions: ChecklistItem[] = [
    {
      id: 'standard-user',
      label: CONDITION_LABELS['standard-user'],
      state: capture?.userType ? (capture.userType === 'standard' ? 'granted' : 'missing') : 'unchecked',
      whereToLook: WHERE['standard-user'],
    },
    { id: 'active', label: CONDITION_LABELS.active, state: fromBoolean(capture?.active), whereToLook: WHERE.active },
    employerAccessItem(check, employer),
    {
      id: 'dedicated',
      label: CONDITION_LABELS.dedicated,
      state: check?.dedicatedConfirmed ? 'granted' : 'unchecked',
      whereToLook: WHERE.dedicated,
    },
  ];
  const rights: ChecklistItem[] = REQUIRED_RIGHTS.map((right) => rightItem(right, check));
  return [...conditions, ...rights];
}

function employerAccessItem(check: RightsCheck | undefined, employer: EmployerRef | undefined): ChecklistItem {
  const { state, team } = access(check, employer);
  return {
    id: 'employer-access',
    label: CONDITION_LABELS['employer-access'],
    state,
    whereToLook: WHERE['employer-access'],
    ...(state === 'granted' ? { source: team ? viaTeam(team) : { nl: 'direct', en: 'directly' } } : {}),
  };
}

/**
 * A right combined from the user's own list and the teams the user is in (./teams.ts):
 * 'unknown' on a page is 'undetermined', never granted; a team never read makes a right not
 * granted otherwise 'undetermined', with that team's page as where to look.
 */
function rightItem(right: RightName, check: RightsCheck | undefined): ChecklistItem {
  const label = { nl: `Recht “${right}”`, en: `Right “${right}”` };
  if (!check) return { id: right, label, state: 'unchecked', whereToLook: RIGHTS_WHERE };
  const combined = combineRight(right, check.capture, check.teams ?? { seen: [], unseen: [] });
  const unseen = combined.state === 'undetermined' ? combined.unseenTeams : [];
  const whereToLook: Phrase = unseen.length
    ? {
        nl: `${TEAMS_PAGE.nl} → ${unseen.join(', ')} → Rechten (de rechten van dit team zijn nog niet gelezen); of ${RIGHTS_WHERE.nl}`,
        en: `${TEAMS_PAGE.en} → ${unseen.join(', ')} → Rechten (this team's rights were never read); or ${RIGHTS_WHERE.en}`,
      }
    : RIGHTS_WHERE;
  const sources = [...(combined.individually ? [INDIVIDUALLY] : []), ...combined.viaTeams.map(viaTeam)];
  const source = sources.length ? { nl: sources.map((p) => p.nl).join(', '), en: sources.map((p) => p.en).join(', ') } : undefined;
  return { id: right, label, state: combined.state, whereToLook, ...(source ? { source } : {}) };
}

export function missingItems(items: ChecklistItem[]): ChecklistItem[] {
  return items.filter((i) => i.state === 'missing');
}

/** Items whose state the pages did not show: the user must look them up (whereToLook). */
export function undeterminedItems(items: ChecklistItem[]): ChecklistItem[] {
  return items.filter((i) => i.state === 'undetermined');
}

/**
 * The checklist as one verdict: 'missing' when anything is missing, 'open' while anything is
 * unchecked or undetermined, 'ok' only when every item is granted. Nothing may say all is
 * well before 'ok'.
 */
export function checklistVerdict(items: ChecklistItem[]): 'ok' | 'missing' | 'open' {
  if (items.some((i) => i.state === 'missing')) return 'missing';
  return items.every((i) => i.state === 'granted') ? 'ok' : 'open';
}

export function isOutdated(readAt: string, now: Date): boolean {
  const read = Date.parse(readAt);
  return Number.isNaN(read) || now.getTime() - read > OUTDATED_AFTER_DAYS * 24 * 60 * 60 * 1000;
}

/**
 * The check that applies to an employer: the most recent one whose user reaches it, else the
 * most recent one from a page that did not list employers. A user whose list excludes this
 * employer still applies when nothing better exists, so the missing access is shown.
 */
export function checkForEmployer(
  checks: readonly StoredCheck[],
  employer: EmployerRef | undefined,
): RightsCheck | undefined {
  return checkerFor(checks)(employer);
}

/**
 * checkForEmployer for many employers against the same checks (the overview's 1,000 rows): the
 * users are sorted and their teams resolved once, not once per employer.
 */
export function checkerFor(checks: readonly StoredCheck[]): (employer: EmployerRef | undefined) => RightsCheck | undefined {
  const { users, teams } = splitChecks(checks);
  const newestFirst = users.sort((a, b) => b.readAt.localeCompare(a.readAt)).map((c) => withTeams(c, teams));
  const unlisted = newestFirst.find((c) => c.capture.employers === null);
  return (employer) => {
    if (!employer) return newestFirst[0];
    return newestFirst.find((c) => accessState(c, employer) === 'granted') ?? unlisted ?? newestFirst[0];
  };
}

/** Users' checks and teams' pages apart. */
export function splitChecks(checks: readonly StoredCheck[]): { users: RightsCheck[]; teams: TeamCheck[] } {
  const users: RightsCheck[] = [];
  const teams: TeamCheck[] = [];
  for (const c of checks) {
    if (c.capture.kind === 'team') teams.push({ capture: c.capture, readAt: c.readAt });
    else users.push({ capture: c.capture, readAt: c.readAt, dedicatedConfirmed: c.dedicatedConfirmed });
  }
  return { users, teams };
}

/** A user's check with the teams the user is shown to be in. */
export function withTeams(check: RightsCheck, teams: readonly TeamCheck[]): RightsCheck {
  return { ...check, teams: teamsOfUser(check.capture, teams) };
}

/**
 * THE decision the popup, the toolbar badge and the page panel share: the checklist of a link
 * user for an employer from the stored checks, team rights combined. `userName` picks the user
 * (the page panel shows the user on the page); without it, the check that applies to the
 * employer (checkForEmployer). `live` replaces that user's stored capture (the page as it is now).
 */
export function linkUserChecklist(
  checks: readonly StoredCheck[],
  employer: EmployerRef | undefined,
  userName?: string,
  live?: RightsCapture,
): { check: RightsCheck | undefined; items: ChecklistItem[] } {
  let check: RightsCheck | undefined;
  if (userName === undefined) check = checkForEmployer(checks, employer);
  else {
    const { users, teams } = splitChecks(checks);
    const stored = users.find((c) => c.capture.userName === userName);
    const capture = live ?? stored?.capture;
    check = capture ? withTeams({ capture, readAt: stored?.readAt ?? '', dedicatedConfirmed: stored?.dedicatedConfirmed ?? false }, teams) : undefined;
  }
  return { check, items: buildChecklist(check, employer) };
}

/** The e-mail to Loket.nl's API mailbox asking for exactly what is missing, for a user or (on its page) a team. */
export function helpdeskMail(
  missing: ChecklistItem[],
  name: string,
  employer: EmployerRef | undefined,
  kind: 'user' | 'team' = 'user',
): { to: string; subject: string; body: string } {
  const employerLine = employer
    ? `${employer.werkgeverNaam || '(naam onbekend)'} (Werkgever ID ${employer.werkgeverId || 'onbekend'})`
    : '(onbekend)';
  const who = kind === 'team' ? `ons Loket.nl-team “${name}”` : `onze Loket.nl-gebruiker “${name}”`;
  const subject = `Rechten voor REST API-koppeling a.s.r. – ${kind === 'team' ? 'team' : 'gebruiker'} ${name}`;
  const body = [
    'Beste helpdesk van Loket.nl,',
    '',
    `Voor de salariskoppeling met a.s.r. (Benefits-Plaza) heeft ${who} het volgende nog niet:`,
    '',
    ...missing.map((m) => `- ${m.label.nl}`),
    '',
    `Werkgever: ${employerLine}`,
    '',
    'Wilt u dit in orde maken? Hartelijk dank.',
    '',
    'Met vriendelijke groet,',
  ].join('\n');
  return { to: LOKET_API_MAILBOX, subject, body };
}

/** A `mailto:` draft to Loket.nl's API mailbox asking for exactly what is missing. */
export function helpdeskMailto(missing: ChecklistItem[], userName: string, employer: EmployerRef | undefined, kind: 'user' | 'team' = 'user'): string {
  const { to, subject, body } = helpdeskMail(missing, userName, employer, kind);
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
