// THE one table of Loket.nl wording: field labels, page headings, the rights and their states,
// user kinds and statuses, list columns. Every reader matches page text through this file, so a
// new spelling seen in the field is added here once; no other file under utils/loket holds a
// regular expression or a list of page wording.
// Whole labels are compared in compact form (utils/text: case, diacritics, spaces, hyphens,
// dots, trailing ':' / '*' ignored), so "Werkgever-ID:" / "WerkgeverID" need no own entry
// (each entry costs content-script bytes). Anything that looks
// INSIDE a text uses word matching (utils/text/match), never a substring of a compacted text.

import { asciiOr, compact, wordList, words } from '../text/normalize';
import { hasAnyPhrase, isPhrase, startsWithPhrase } from '../text/match';

export const LABELS = {
  werkgeverId: ['Werkgever ID', 'Werkgevers ID', 'Werkgeversnummer ID', 'ID werkgever'],
  loonheffingennummer: [
    'Loonheffingennummer',
    'Loonheffingsnummer',
    'Loonheffingennr',
    'Loonheffingsnr',
    'LH-nummer',
    'LH-nr',
    'Loonheffingennummer(s)',
    'Loonheffingsnummer(s)',
    'Nummer loonheffingen',
    'Loonheffingennummer (LHnr)',
    'Fiscaal nummer loonheffingen',
  ],
  /** In order of preference: the legal name beats the trade name. */
  werkgeverNaamStatutair: ['Statutaire naam', 'Statutaire bedrijfsnaam', 'Bedrijfsnaam', 'Naam onderneming', 'Werkgevernaam', 'Naam werkgever'],
  werkgeverNaamPlain: ['Naam'],
  werkgeverNaamHandel: ['Handelsnaam'],
  /** Employer named in an employee page's header or breadcrumb; with "Naam", the name column of an employer list. */
  werkgeverContext: ['Werkgever', 'Werkgevernaam', 'Naam werkgever', 'Bedrijfsnaam'],
  /** An administration's name: beside its loonheffingennummer in a row, a section or a card. */
  administratie: ['Administratie', 'Naam administratie'],
  /** A name column beside the numbers only: as a label of its own it may describe anything. */
  administratieColumn: ['Omschrijving'],
  verloning: ['Verloningsperiode', 'Loontijdvak', 'Verloningsfrequentie', 'Periode', 'Verloning', 'Tijdvak', 'Verloningstijdvak'],
  personeelsnummer: ['Personeelsnummer', 'Personeelsnr', 'Pers. nr', 'Personeelsnummer werknemer'],
  naam: ['Volledige naam', 'Naam', 'Naam werknemer', 'Naam medewerker', 'Achternaam, voorletters', 'Achternaam, voornaam', 'Naam, voorletters'],
  voornaam: ['Voornaam', 'Voornamen', 'Roepnaam'],
  voorletters: ['Voorletters', 'Initialen'],
  tussenvoegsel: ['Tussenvoegsel', 'Tussenvoegsels', 'Voorvoegsel'],
  achternaam: ['Achternaam', 'Geslachtsnaam', 'Geboortenaam'],
  dga: ['Directeur-grootaandeelhouder', 'DGA', 'Indicatie DGA', 'DGA-indicatie', 'Is DGA', 'Directeur-grootaandeelhouder (DGA)', 'Indicatie directeur-grootaandeelhouder'],
  /** Never read: pairs with these labels are dropped before their value is touched. */
  bsn: ['BSN', 'Burgerservicenummer', 'Sofinummer', 'BSN/Sofinummer', 'BSN nummer', 'Burgerservicenummer (BSN)'],
  /** The one naming a person completely: preferred over a bare "Naam". */
  volledigeNaam: ['Volledige naam'],
  userName: ['Naam', 'Volledige naam', 'Naam gebruiker', 'Gebruiker'],
  userLogin: ['Gebruikersnaam', 'Inlognaam'],
  userType: ['Type gebruiker', 'Gebruikerstype', 'Soort gebruiker', 'Type', 'Soort', 'Inlogmethode', 'Toegangstype'],
  status: ['Status', 'Status gebruiker', 'Account status'],
  blocked: ['Geblokkeerd', 'Gebruiker geblokkeerd', 'Blokkeren'],
  active: ['Actief', 'Gebruiker actief'],
  /** A team's name on its own page ("Teams en Gebruikers" → Teams → a team). */
  teamName: ['Teamnaam', 'Naam team'],
} as const satisfies Record<string, readonly string[]>;

export type LabelField = keyof typeof LABELS;

/** Page-kind wording found in headings, tabs, legends and captions. */
export const PAGE_HEADINGS = {
  company: ['Bedrijfsgegevens', 'Werkgeversgegevens', 'Gegevens werkgever'],
  employee: ['Werknemer', 'Persoon', 'Dienstverband', 'Persoonsgegevens', 'Werknemergegevens', 'Gegevens werknemer'],
  /** The first two name a user; the rest a list of rights (RIGHTS_LIST_HEADINGS). */
  rights: ['Gebruiker AK', 'Gebruiker', 'Rechten', 'Autorisaties', 'Autorisatieset AK', 'Rechten gebruiker', 'Gebruikersrechten'],
  employers: ['Werkgevers', 'Toegang tot werkgevers', 'Werkgevers met toegang', 'Toegang werkgevers', 'Gekoppelde werkgevers'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Headings that name a list of rights itself (not just a user): evidence that a page shows a
 * user's rights even when none of the six is granted.
 */
export const RIGHTS_LIST_HEADINGS: readonly string[] = PAGE_HEADINGS.rights.slice(2);

export type PageKind = keyof typeof PAGE_HEADINGS;

/**
 * Teams: rights may be held "individueel of via het team". `team` heads a team's own page
 * ("Team Koppelingen"); `teams` the list of teams on a user's page; `members` the list of users
 * on a team's page.
 */
export const TEAM_HEADINGS = {
  /** Whole words from the start: "Team" also heads "Team Koppelingen" and "Team AK". */
  team: ['Team', 'Teamgegevens'],
  teams: ['Teams', 'Lid van teams', 'Lid van team', 'Teamlidmaatschap'],
  members: ['Leden', 'Teamleden', 'Gebruikers in team', 'Gebruikers'],
} as const satisfies Record<string, readonly string[]>;
export const PAGE_KINDS = Object.keys(PAGE_HEADINGS) as PageKind[];

/** Page titles that name no employer: an <h1> saying one of these is never taken as a company name. */
// "Loket" / "Loket.nl" need no entry: any title naming the app is generic (APP_WORDS).
export const GENERIC_HEADINGS = ['Overzicht', 'Dashboard', 'Home', 'Start', 'Startpagina', 'Welkom', 'Werkgever', 'Werkgevers', 'Werknemers', 'Administratie', 'Administraties', 'Gegevens', 'Algemeen', 'Details', 'Instellingen', 'Zoeken', 'Zoekresultaten', 'Providerniveau', 'Werkgeverniveau', 'Teams en Gebruikers', 'Gebruikers AK',
  // Titles of employee lists (issue 23): never the employer the list belongs to.
  'Overzicht werknemers', 'Werknemersoverzicht', 'Medewerkers', 'Overzicht medewerkers'];

const fieldKeys = new Map<LabelField, Set<string>>();
for (const field of Object.keys(LABELS) as LabelField[]) {
  fieldKeys.set(field, new Set(LABELS[field].map(compact)));
}

/** Every label key any field knows: used to decide whether a sibling/text heuristic may fire. */
const allKeys = new Set<string>();
for (const keys of fieldKeys.values()) for (const key of keys) allKeys.add(key);

/** True when the label (any raw form) is one of the field's variants. */
export function isLabel(field: LabelField, label: string): boolean {
  return fieldKeys.get(field)!.has(compact(label));
}

/** True when the text is the wording of some known field (incl. BSN). */
export function isKnownLabel(text: string): boolean {
  return text.length <= 60 && allKeys.has(compact(text));
}

export function isBsnLabel(text: string): boolean {
  return isLabel('bsn', text);
}

/** BSN wording anywhere in a text (as a word): such a text is never used as a value. */
const BSN_WORDING = asciiOr(/(^|[^A-Za-z])(bsn|burgerservicenummer|sofi-?nummer)([^A-Za-z]|$)/i, /(^|[^\p{L}])(bsn|burgerservicenummer|sofi-?nummer)([^\p{L}]|$)/iu);
export function mentionsBsn(text: string): boolean {
  return BSN_WORDING(text).test(text);
}

/**
 * A heading names a wording when its first words are the wording: "Bedrijfsgegevens",
 * "Bedrijfsgegevens – X", "Werkgevers (3)", "Rechten: koppeling". Words are whole:
 * "Werkgevers" does not name "Werkgever", "Gebruikersrechten" is not "Gebruiker".
 */
function headingNames(heading: string, variants: readonly string[]): boolean {
  return variants.some((v) => startsWithPhrase(heading, v));
}

/** Does the heading name this page kind? */
export function headingKind(heading: string, kind: PageKind): boolean {
  return headingNames(heading, PAGE_HEADINGS[kind]);
}

/** Does the heading name a team's page, a user's teams or a team's members? "Teams en Gebruikers" (navigation) never does. */
export function teamHeading(heading: string, kind: keyof typeof TEAM_HEADINGS): boolean {
  return headingNames(heading, TEAM_HEADINGS[kind]) && !isGenericHeading(heading);
}

/** Does the heading name a list of rights ("Rechten", "Autorisatieset AK")? */
export function isRightsListHeading(heading: string): boolean {
  return headingNames(heading, RIGHTS_LIST_HEADINGS);
}

/** Page titles that name no employer beyond the generic ones: anything naming the app. */
const APP_WORDS: readonly string[] = ['loket'];

/** A generic page title ("Overzicht", "Loket.nl – Start"): never an employer's name. */
export function isGenericHeading(heading: string): boolean {
  return GENERIC_HEADINGS.some((g) => isPhrase(heading, g)) || hasAnyPhrase(heading, APP_WORDS);
}

// ---- Rights -----------------------------------------------------------------------------

/**
 * Verbs Loket.nl's rights start with ("Raadplegen …", "Beheren …"). A text starting with one
 * is right-LIKE only: navigation links start with verbs too ("Exporteren gegevens",
 * "Raadplegen loonstroken"), so this bounds rows of a rights list but is no evidence that a
 * page shows rights.
 */
export const RIGHT_VERBS: readonly string[] = [
  'raadplegen', 'beheren', 'wijzigen', 'muteren', 'invoeren', 'inzien', 'aanmaken', 'verwijderen', 'accorderen',
  'fiatteren', 'exporteren', 'importeren', 'versturen', 'bewerken', 'aanleveren', 'downloaden',
];

/** A short text that starts like a Loket.nl right. */
export function isRightLike(text: string): boolean {
  const w = wordList(text);
  return w.length >= 2 && w.length <= 8 && RIGHT_VERBS.includes(w[0]!);
}

/** State wording beside a right: granted ("Toegekend") or not ("Niet toegekend", "Geen toegang"). */
const GRANTED_WORDING: readonly string[] = ['toegekend', 'toegestaan', 'verleend'];
const NOT_GRANTED_WORDING: readonly string[] = ['niet toegekend', 'niet toegestaan', 'geen toegang', 'geweigerd', 'ingetrokken'];

/** true/false when a text states a right's grant in words, null when it does not. */
export function grantWording(text: string): boolean | null {
  if (hasAnyPhrase(text, NOT_GRANTED_WORDING)) return false;
  return GRANTED_WORDING.some((g) => isPhrase(text, g)) ? true : null;
}

// ---- Users ------------------------------------------------------------------------------

/** The two kinds of office user ("gebruikers AK"), as the user page and its badges say them. */
export const USER_KINDS = {
  /** Whole wordings; the first is the badge text. */
  standard: ['Via website en SSO', 'Via website', 'Via de website', 'Standaard', 'Standaard gebruiker'],
  /** Words anywhere in the text, "webservice" also as the start of a compound ("Webservicegebruiker"). */
  webservice: ['SSO only/Webservice', 'webservice', 'sso only', 'alleen sso'],
} as const satisfies Record<'standard' | 'webservice', readonly string[]>;

/** "Via website en SSO" = standard; anything naming a webservice or "SSO only" = webservice. */
export function parseUserType(text: string): 'standard' | 'webservice' | null {
  if (hasAnyPhrase(text, USER_KINDS.webservice, { prefix: true })) return 'webservice';
  return USER_KINDS.standard.some((k) => isPhrase(text, k)) ? 'standard' : null;
}

/** The exact badge texts of the two kinds: a badge alone tells the kind. */
export function userKindBadge(text: string): 'standard' | 'webservice' | null {
  return isPhrase(text, USER_KINDS.standard[0]) ? 'standard' : isPhrase(text, USER_KINDS.webservice[0]) ? 'webservice' : null;
}

/** Status wording. A negated word turns round: "niet geblokkeerd" is active, "niet actief" is not. */
const STATUS_NEGATED: ReadonlyArray<readonly [RegExp, string]> = [
  [/ niet (geblokkeerd|gedeactiveerd|inactief) /g, ' actief '],
  [/ niet (actief|active) /g, ' inactief '],
];
const STATUS_ACTIVE: readonly string[] = ['actief', 'active'];
const STATUS_INACTIVE: readonly string[] = ['geblokkeerd', 'inactief', 'gedeactiveerd', 'blocked', 'inactive'];

/** Status text → active? "Actief", "Actief (niet geblokkeerd)" true; "Geblokkeerd", "Niet actief" false; both or neither null. */
export function parseActive(text: string): boolean | null {
  let w = ` ${words(text)} `;
  for (const [negated, meaning] of STATUS_NEGATED) w = w.replace(negated, meaning);
  const active = hasAnyPhrase(w, STATUS_ACTIVE);
  return active === hasAnyPhrase(w, STATUS_INACTIVE) ? null : active;
}
