// THE one table of Loket.nl label wording. Every reader matches labels through this file, so a
// new spelling seen in the field is added here once. Variants are compared with labelKey()
// (case, spaces, hyphens, dots, trailing ':' / '*' ignored), so "Werkgever-ID:" needs no own entry.

import { labelKey } from './text';

export const LABELS = {
  werkgeverId: ['Werkgever ID', 'Werkgevers ID', 'Werkgever-ID', 'WerkgeverID', 'Werkgever id', 'Werkgeversnummer ID', 'ID werkgever'],
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
  /** Employer named in an employee page's header or breadcrumb. */
  werkgeverContext: ['Werkgever', 'Werkgevernaam', 'Naam werkgever', 'Bedrijfsnaam'],
  verloning: ['Verloningsperiode', 'Loontijdvak', 'Verloningsfrequentie', 'Periode', 'Verloning', 'Tijdvak', 'Verloningstijdvak'],
  personeelsnummer: ['Personeelsnummer', 'Personeelsnr', 'Pers. nr', 'Personeelsnummer werknemer'],
  naam: ['Volledige naam', 'Naam', 'Naam werknemer', 'Naam medewerker', 'Achternaam, voorletters', 'Achternaam, voornaam', 'Naam, voorletters'],
  voornaam: ['Voornaam', 'Voornamen', 'Roepnaam'],
  voorletters: ['Voorletters', 'Initialen'],
  tussenvoegsel: ['Tussenvoegsel', 'Tussenvoegsels', 'Voorvoegsel'],
  achternaam: ['Achternaam', 'Geslachtsnaam', 'Geboortenaam'],
  dga: ['Directeur-grootaandeelhouder', 'Directeur grootaandeelhouder', 'DGA', 'Indicatie DGA', 'DGA-indicatie', 'Is DGA', 'Directeur-grootaandeelhouder (DGA)', 'Indicatie directeur-grootaandeelhouder'],
  /** Never read: pairs with these labels are dropped before their value is touched. */
  bsn: ['BSN', 'Burgerservicenummer', 'Sofinummer', 'Sofi-nummer', 'BSN/Sofinummer', 'BSN nummer', 'Burgerservicenummer (BSN)'],
  userName: ['Naam', 'Volledige naam', 'Naam gebruiker', 'Gebruiker'],
  userLogin: ['Gebruikersnaam', 'Inlognaam'],
  userType: ['Type gebruiker', 'Gebruikerstype', 'Soort gebruiker', 'Type', 'Soort', 'Inlogmethode', 'Toegangstype'],
  status: ['Status', 'Status gebruiker', 'Account status', 'Accountstatus'],
  blocked: ['Geblokkeerd', 'Gebruiker geblokkeerd', 'Blokkeren'],
  active: ['Actief', 'Gebruiker actief'],
} as const satisfies Record<string, readonly string[]>;

export type LabelField = keyof typeof LABELS;

/** Page-kind wording found in headings, tabs, legends and captions. */
export const PAGE_HEADINGS = {
  company: ['Bedrijfsgegevens', 'Werkgeversgegevens', 'Gegevens werkgever'],
  employee: ['Werknemer', 'Persoon', 'Dienstverband', 'Persoonsgegevens', 'Werknemergegevens', 'Gegevens werknemer'],
  rights: ['Gebruiker AK', 'Gebruiker', 'Rechten', 'Autorisaties', 'Autorisatieset AK', 'Rechten gebruiker', 'Gebruikersrechten'],
  employers: ['Werkgevers', 'Toegang tot werkgevers', 'Werkgevers met toegang', 'Toegang werkgevers', 'Gekoppelde werkgevers'],
} as const satisfies Record<string, readonly string[]>;

export type PageKind = keyof typeof PAGE_HEADINGS;

/** Page titles that name no employer: an <h1> saying one of these is never taken as a company name. */
export const GENERIC_HEADINGS = ['Loket', 'Loket.nl', 'Overzicht', 'Dashboard', 'Home', 'Start', 'Startpagina', 'Welkom', 'Werkgever', 'Werkgevers', 'Werknemers', 'Administratie', 'Administraties', 'Gegevens', 'Algemeen', 'Details', 'Instellingen', 'Zoeken', 'Zoekresultaten', 'Providerniveau', 'Werkgeverniveau', 'Teams en Gebruikers', 'Gebruikers AK'];

const fieldKeys = new Map<LabelField, Set<string>>();
for (const field of Object.keys(LABELS) as LabelField[]) {
  fieldKeys.set(field, new Set(LABELS[field].map(labelKey)));
}

/** Every label key any field knows: used to decide whether a sibling/text heuristic may fire. */
const allKeys = new Set<string>();
for (const keys of fieldKeys.values()) for (const key of keys) allKeys.add(key);

/** True when the label (any raw form) is one of the field's variants. */
export function isLabel(field: LabelField, label: string): boolean {
  return fieldKeys.get(field)!.has(labelKey(label));
}

/** True when the text is the wording of some known field (incl. BSN). */
export function isKnownLabel(text: string): boolean {
  return text.length <= 60 && allKeys.has(labelKey(text));
}

export function isBsnLabel(text: string): boolean {
  return isLabel('bsn', text);
}

/** BSN wording anywhere in a text (as a word): such a text is never used as a value. */
const BSN_WORDING = /(^|[^\p{L}])(bsn|burgerservicenummer|sofi-?nummer)([^\p{L}]|$)/iu;
export function mentionsBsn(text: string): boolean {
  return BSN_WORDING.test(text);
}

const headingKeys = new Map<PageKind, string[]>();
for (const kind of Object.keys(PAGE_HEADINGS) as PageKind[]) {
  headingKeys.set(kind, PAGE_HEADINGS[kind].map((h) => h.toLowerCase()));
}

/** A heading names a page kind when it equals a variant or starts with one followed by a separator ("Bedrijfsgegevens – X"). */
export function headingKind(normalizedLowerHeading: string, kind: PageKind): boolean {
  for (const variant of headingKeys.get(kind)!) {
    if (normalizedLowerHeading === variant) return true;
    if (normalizedLowerHeading.startsWith(variant) && /^[\s:–\-|]/.test(normalizedLowerHeading.slice(variant.length))) return true;
  }
  return false;
}
