import { defineTable, keptDutch, translate, type Lang, type Values } from './table';

/** The popup's own words (./table.ts), Dutch first. */
export const POPUP_TEXT = defineTable({
  title: { nl: 'Koppelhulp Loket.nl → a.s.r.', en: 'Loket.nl → a.s.r. link helper' },
  /** The one name of the a.s.r. form, everywhere. */
  formName: {
    nl: "het a.s.r.-formulier 'Aanleveren gegevens in eigen beheer'",
    en: "the a.s.r. form 'Aanleveren gegevens in eigen beheer'",
  },
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
  yes: { nl: 'Ja', en: 'Yes' },
  no: { nl: 'Nee', en: 'No' },
  naamDga: { nl: 'Naam DGA', en: 'Naam DGA' },
  personeelsnummer: { nl: 'Personeelsnummer', en: 'Personeelsnummer' },
  addDga: { nl: 'DGA toevoegen', en: 'Add DGA' },
  dgaShort: { nl: "DGA's", en: 'DGAs' },
  removeDga: { nl: 'Verwijder DGA', en: 'Remove DGA' },
  candidates: { nl: 'Gevonden in Loket.nl (DGA)', en: 'Found in Loket.nl (DGA)' },
  addCandidate: { nl: 'Toevoegen', en: 'Add' },
  verloning: { nl: 'Verloning', en: 'Verloning' },
  perMaand: { nl: 'Per maand', en: 'Monthly' },
  per4Weken: { nl: 'Per 4 weken', en: 'Every 4 weeks' },
  /** Issue 23: the chosen administration shows no period, the others differ. */
  periodAsk: {
    nl: 'Loket.nl toont bij deze administratie geen verloning en de andere administraties verschillen ({periods}): kies zelf.',
    en: 'Loket.nl shows no pay period for this administration and the others differ ({periods}): please choose.',
  },
  dertiendeMaand: { nl: '13e maand', en: '13e maand' },
  // One word for the stage in every part (the overview's column and filter say the same).
  status: { nl: 'Fase', en: 'Stage' },
  stageConcept: { nl: 'Concept', en: 'Draft' },
  stageIngevuld: { nl: 'Ingevuld bij a.s.r.', en: 'Filled in at a.s.r.' },
  stageVerstuurd: { nl: 'Verstuurd', en: 'Sent' },
  stageKeylane: { nl: 'Wacht op Keylane', en: 'Waiting for Keylane' },
  stageBevestigd: { nl: 'Koppeling bevestigd', en: 'Link confirmed' },
  firstExchange: { nl: 'Eerste uitwisseling', en: 'First data exchange' },
  stillMissing: { nl: 'Nog te doen vóór het invullen', en: 'Still to do before filling' },
  allComplete: {
    nl: 'Alle gegevens zijn compleet en juist ingevuld voor a.s.r.',
    en: 'All details are complete and correct for a.s.r.',
  },
  fill: { nl: 'Invullen op a.s.r.', en: 'Fill in on a.s.r.' },
  fillSection: { nl: 'Invullen op het a.s.r.-formulier', en: 'Fill in the a.s.r. form' },
  fillNoForm: {
    nl: "Op deze a.s.r.-pagina staat niet het formulier 'Aanleveren gegevens in eigen beheer'.",
    en: "This a.s.r. page does not show the form 'Aanleveren gegevens in eigen beheer'.",
  },
  pickFirst: {
    nl: 'Kies eerst hieronder voor welke werkgever u invult.',
    en: 'First choose below which employer to fill in.',
  },
  pickHeading: { nl: 'Voor welke werkgever vult u in?', en: 'Which employer are you filling in?' },
  pickHint: {
    nl: 'U werkte in de koppelhulp aan een andere werkgever dan Loket.nl het laatst toonde.',
    en: 'The employer you worked on here differs from the one Loket.nl showed last.',
  },
  pickChosen: { nl: 'laatst gekozen in de koppelhulp', en: 'last chosen here' },
  pickLastSeen: { nl: 'laatst gezien in Loket.nl', en: 'last seen in Loket.nl' },
  pickReady: { nl: 'klaar om in te vullen', en: 'ready to fill in' },
  pickIncomplete: { nl: 'nog niet compleet', en: 'not yet complete' },
  unsavedEmployer: { nl: '(nieuwe werkgever, nog niet opgeslagen)', en: '(new employer, not saved yet)' },
  change: { nl: 'Wijzigen', en: 'Change' },
  reloadPage: {
    nl: 'De extensie is bijgewerkt sinds deze pagina werd geopend. Vernieuw de pagina (F5) en probeer het opnieuw.',
    en: 'The extension was updated after this page was opened. Reload the page (F5) and try again.',
  },
  openAsr: { nl: 'a.s.r.-formulier openen', en: 'Open the a.s.r. form' },
  openAsrHint: {
    nl: "Opent de pagina van a.s.r. voor salarisverwerkers in een nieuw tabblad. Kies daar 'Aanleveren gegevens in eigen beheer' en klik daarna in de koppelhulp op 'Invullen op a.s.r.'.",
    en: "Opens a.s.r.'s page for payroll processors in a new tab. Choose 'Aanleveren gegevens in eigen beheer' there, then click Fill in on a.s.r. in the link helper.",
  },
  openAsrHintKnown: {
    nl: "Opent het formulier 'Aanleveren gegevens in eigen beheer' in een nieuw tabblad; klik daar op 'Invullen met koppelhulp'.",
    en: "Opens the form 'Aanleveren gegevens in eigen beheer' in a new tab; click 'Invullen met koppelhulp' there.",
  },
  confirmIncomplete: {
    nl: 'De gegevens zijn nog niet compleet. Druk nogmaals op de knop om toch in te vullen; controleer het formulier daarna zelf.',
    en: 'The details are incomplete. Press the button again to fill in anyway; check the form yourself afterwards.',
  },
  fillAnyway: { nl: 'Invullen, ook al is het onvolledig', en: 'Fill in anyway, incomplete' },
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
    nl: "Het formulier 'Aanleveren gegevens in eigen beheer' staat niet op deze pagina: er is niets ingevuld.",
    en: "The form 'Aanleveren gegevens in eigen beheer' is not on this page: nothing was filled in.",
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
  confirmDeleteEmployer: { nl: 'Ja, deze werkgever verwijderen', en: 'Yes, delete this employer' },
  deleted: { nl: 'Werkgever verwijderd', en: 'Employer deleted' },
  undo: { nl: 'Ongedaan maken', en: 'Undo' },
  duplicateFound: {
    nl: 'Deze werkgever staat er meer dan eens in (zelfde loonheffingennummer of Werkgever ID).',
    en: 'This employer is stored more than once (same loonheffingennummer or Werkgever ID).',
  },
  merge: { nl: 'Samenvoegen', en: 'Merge' },
  merged: { nl: 'Samengevoegd; niets is weggegooid.', en: 'Merged; nothing was thrown away.' },
  mergeKept: { nl: 'Let op, twee waarden; behouden', en: 'Note, two values; kept' },
  reloadLoket: {
    nl: 'De extensie is bijgewerkt sinds dit Loket.nl-tabblad werd geopend. Vernieuw dit tabblad (F5) om weer gegevens over te nemen',
    en: 'The extension was updated after this Loket.nl tab was opened. Reload this tab (F5) to read data again',
  },
  nextStep: { nl: 'Volgende stap', en: 'Next step' },
  payrollSection: { nl: "DGA's en verloning", en: 'DGAs and payroll' },
  statusSection: { nl: 'Fase van de aanmelding', en: 'Registration stage' },
  markSent: { nl: 'Ik heb het formulier verstuurd', en: 'I have sent the form' },
  since: { nl: 'sinds', en: 'since' },
  allEmployers: { nl: 'Alle werkgevers', en: 'All employers' },
  deleteAll: { nl: 'Alles verwijderen', en: 'Delete everything' },
  confirmDeleteAll: { nl: 'Echt alles verwijderen?', en: 'Really delete everything?' },
  privacy: {
    nl: 'Alles blijft op deze computer (browseropslag). Er wordt niets verzonden.',
    en: 'Everything stays on this computer (browser storage). Nothing is sent anywhere.',
  },
  /** Read out before a field's message (components/shared/IssueText.tsx). */
  issueError: { nl: 'Fout: ', en: 'Error: ' },
  issueWarning: { nl: 'Let op: ', en: 'Warning: ' },
  storedData: { nl: 'Opgeslagen gegevens', en: 'Stored data' },
  // Administrations (issue 14).
  chooseAdministration: { nl: 'Kies de administratie', en: 'Choose the administration' },
});

export type TextKey = keyof typeof POPUP_TEXT;

/** A popup text, its `{placeholders}` filled when `values` are given. */
export const text = (key: TextKey, lang: Lang, values?: Values): string => translate(POPUP_TEXT, key, lang, values);

/**
 * "nl" when English mode shows this text in Dutch on purpose (the a.s.r. form's own field names),
 * so screen readers pronounce it as Dutch; undefined otherwise.
 */
export const dutchIn = (key: TextKey, lang: Lang) => keptDutch(POPUP_TEXT[key], lang);
