/**
 * The popup's own words, Dutch first. The browser's UI language is not used: processors work
 * in Dutch whatever their browser says, and the English text is a deliberate choice in the popup.
 */
export type Lang = 'nl' | 'en';

const TEXT = {
  title: { nl: 'a.s.r.-aanmelding', en: 'a.s.r. registration' },
  subtitle: { nl: 'Aanleveren gegevens in eigen beheer', en: 'Submit data (self-managed)' },
  loading: { nl: 'Laden…', en: 'Loading…' },
  employer: { nl: 'Werkgever', en: 'Employer' },
  employerDetails: { nl: 'Gegevens werkgever', en: 'Employer details' },
  newEmployer: { nl: 'Nieuwe werkgever', en: 'New employer' },
  noEmployers: { nl: 'Nog geen werkgevers', en: 'No employers yet' },
  unnamedEmployer: { nl: '(naamloos)', en: '(unnamed)' },
  profile: { nl: 'Uw organisatie', en: 'Your organisation' },
  profileHint: {
    nl: 'Eén keer invullen; geldt voor elke werkgever.',
    en: 'Fill in once; used for every employer.',
  },
  bedrijfsnaam: { nl: 'Bedrijfsnaam', en: 'Bedrijfsnaam' },
  email: { nl: 'E-mailadres', en: 'E-mailadres' },
  raamwerkcontractnummer: { nl: 'Raamwerkcontractnummer', en: 'Raamwerkcontractnummer' },
  werkgeverNaam: { nl: 'Naam werkgever', en: 'Employer name' },
  werkgeverNaamHint: { nl: 'Alleen om de werkgever te herkennen.', en: 'Only to recognise the employer.' },
  werkgeverId: { nl: 'Werkgever ID', en: 'Werkgever ID' },
  loonheffingennummer: { nl: 'Loonheffingennummer', en: 'Loonheffingennummer' },
  otherNumber: { nl: 'Ander nummer…', en: 'Other number…' },
  acceptElevenTest: {
    nl: 'Ik heb dit nummer gecontroleerd: toch gebruiken',
    en: 'I checked this number: use it anyway',
  },
  loketShows: { nl: 'Loket.nl toont', en: 'Loket.nl shows' },
  takeOver: { nl: 'Overnemen', en: 'Use this' },
  dgaQuestion: { nl: "Zitten er DGA's in de verloning?", en: 'Are there DGAs in the payroll?' },
  yes: { nl: 'Ja', en: 'Ja' },
  no: { nl: 'Nee', en: 'Nee' },
  naamDga: { nl: 'Naam DGA', en: 'Naam DGA' },
  personeelsnummer: { nl: 'Personeelsnummer', en: 'Personeelsnummer' },
  addDga: { nl: 'DGA toevoegen', en: 'DGA toevoegen' },
  removeDga: { nl: 'Verwijder DGA', en: 'Remove DGA' },
  candidates: { nl: 'Gevonden in Loket.nl (DGA)', en: 'Found in Loket.nl (DGA)' },
  addCandidate: { nl: 'Toevoegen', en: 'Add' },
  verloning: { nl: 'Verloning', en: 'Verloning' },
  perMaand: { nl: 'Per maand', en: 'Per maand' },
  per4Weken: { nl: 'Per 4 weken', en: 'Per 4 weken' },
  dertiendeMaand: { nl: '13e maand', en: '13e maand' },
  status: { nl: 'Status', en: 'Status' },
  stageConcept: { nl: 'Concept', en: 'Draft' },
  stageIngevuld: { nl: 'Ingevuld bij a.s.r.', en: 'Filled in at a.s.r.' },
  stageVerstuurd: { nl: 'Verstuurd', en: 'Sent' },
  stageKeylane: { nl: 'Wacht op Keylane', en: 'Waiting for Keylane' },
  stageBevestigd: { nl: 'Koppeling bevestigd', en: 'Link confirmed' },
  firstExchange: { nl: 'Datum eerste uitwisseling', en: 'Date of first exchange' },
  stillMissing: { nl: 'Nog te doen vóór het invullen', en: 'Still to do before filling' },
  allComplete: { nl: 'Alles is ingevuld en gecontroleerd.', en: 'Everything is filled in and checked.' },
  fill: { nl: 'Invullen op a.s.r.', en: 'Invullen (fill in on a.s.r.)' },
  fillNotAsr: {
    nl: 'Open het a.s.r.-aanmeldformulier in dit tabblad om in te vullen.',
    en: 'Open the a.s.r. registration form in this tab to fill it in.',
  },
  fillNoForm: {
    nl: 'Op deze a.s.r.-pagina staat geen aanmeldformulier.',
    en: 'This a.s.r. page has no registration form.',
  },
  reloadPage: {
    nl: 'De extensie is bijgewerkt sinds deze pagina werd geopend. Vernieuw de pagina (F5) en probeer het opnieuw.',
    en: 'The extension was updated after this page was opened. Reload the page (F5) and try again.',
  },
  openAsr: { nl: 'a.s.r.-aanmeldpagina openen', en: 'Open a.s.r. registration page' },
  confirmIncomplete: {
    nl: 'De aanmelding is nog niet compleet. Druk nogmaals op de knop om toch in te vullen; controleer het formulier daarna zelf.',
    en: 'The registration is incomplete. Press the button again to fill in anyway; check the form yourself afterwards.',
  },
  fillAnyway: { nl: 'Invullen, ook al is het onvolledig', en: 'Invullen (fill in anyway, incomplete)' },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  filling: { nl: 'Bezig met invullen…', en: 'Filling in…' },
  report: { nl: 'Resultaat van het invullen', en: 'Fill result' },
  reportFilled: { nl: 'ingevuld', en: 'filled' },
  reportNotFound: { nl: 'niet gevonden', en: 'not found' },
  reportNotTaken: { nl: 'niet overgenomen', en: 'not taken' },
  reportConflict: { nl: 'conflict', en: 'conflict' },
  reportSkipped: { nl: 'overgeslagen', en: 'skipped' },
  overwrite: { nl: 'Toch overschrijven', en: 'Overwrite anyway' },
  noFormFound: {
    nl: 'Geen aanmeldformulier gevonden op deze pagina.',
    en: 'No registration form found on this page.',
  },
  neverSubmits: {
    nl: 'Er wordt niets verzonden: controleer het formulier en verstuur het zelf.',
    en: 'Nothing is submitted: check the form and send it yourself.',
  },
  copyText: { nl: 'Kopiëren als tekst', en: 'Copy as text' },
  copied: { nl: 'Gekopieerd', en: 'Copied' },
  copyFailed: { nl: 'Kopiëren lukte niet', en: 'Copy failed' },
  language: { nl: 'English', en: 'Nederlands' },
  saved: { nl: 'Opgeslagen', en: 'Saved' },
  saveFailed: {
    nl: 'Opslaan mislukt. Uw invoer staat nog in dit venster; probeer het opnieuw.',
    en: 'Saving failed. Your input is still here; try again.',
  },
  quarantined: {
    nl: 'Een deel van de opgeslagen gegevens was beschadigd en is apart gezet. Exporteer het om niets kwijt te raken.',
    en: 'Some stored data was damaged and has been set aside. Export it so nothing is lost.',
  },
  data: { nl: 'Gegevens beheren', en: 'Manage data' },
  exportJson: { nl: 'Exporteren (JSON)', en: 'Export (JSON)' },
  deleteEmployer: { nl: 'Deze werkgever verwijderen', en: 'Delete this employer' },
  deleteAll: { nl: 'Alles verwijderen', en: 'Delete everything' },
  confirmDeleteAll: { nl: 'Echt alles verwijderen?', en: 'Really delete everything?' },
  privacy: {
    nl: 'Alles blijft op deze computer (browseropslag). Er wordt niets verzonden.',
    en: 'Everything stays on this computer (browser storage). Nothing is sent anywhere.',
  },
} as const;

export type TextKey = keyof typeof TEXT;

export function text(key: TextKey, lang: Lang): string {
  return TEXT[key][lang];
}
