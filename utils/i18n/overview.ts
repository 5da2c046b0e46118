import { defineTable, translate, type Lang, type Values } from './table';

/**
 * The overview page's words (./table.ts), Dutch first. Kept apart from ./popup.ts so the popup's
 * bundle does not carry them. Column headers double as the CSV headers (always Dutch there: the
 * file is for Dutch Excel and colleagues).
 */
export const OVERVIEW_TEXT = defineTable({
  pageTitle: { nl: 'Alle werkgevers', en: 'All employers' },
  search: { nl: 'Zoeken', en: 'Search' },
  // A placeholder cannot mark a Dutch field name as Dutch: English names them in English.
  searchHint: { nl: 'Naam, Werkgever ID, loonheffingennummer of DGA', en: 'Name, employer ID, payroll tax number or DGA' },
  stageFilter: { nl: 'Fase', en: 'Stage' },
  allStages: { nl: 'Alle fasen', en: 'All stages' },
  attentionOnly: { nl: 'Heeft aandacht nodig', en: 'Needs attention' },
  dateFilter: { nl: 'Opvolgen', en: 'Follow up' },
  anyDate: { nl: 'Alles', en: 'Everything' },
  exchangeWithinWeek: { nl: 'Eerste uitwisseling binnen 7 dagen', en: 'First exchange within 7 days' },
  confirmedNoExchange: { nl: 'Bevestigd, geen datum eerste uitwisseling', en: 'Confirmed, no date of first exchange' },
  keylaneContactShort: { nl: 'Keylane {date}', en: 'Keylane {date}' },
  confirmedShort: { nl: 'bevestigd {date}', en: 'confirmed {date}' },
  noExchangeDate: { nl: 'nog onbekend', en: 'not known yet' },
  keylaneDays: { nl: 'Wacht op Keylane langer dan (dagen)', en: 'Waiting for Keylane longer than (days)' },
  shownCount: { nl: '{n} van {total} werkgevers', en: '{n} of {total} employers' },
  selectedCount: { nl: '{n} geselecteerd', en: '{n} selected' },
  selectAll: { nl: 'Alle getoonde selecteren', en: 'Select all shown' },
  selectRow: { nl: '{name} selecteren', en: 'Select {name}' },
  setStage: { nl: 'Fase zetten voor selectie', en: 'Set stage for selection' },
  apply: { nl: 'Toepassen', en: 'Apply' },
  merge: { nl: 'Samenvoegen', en: 'Merge' },
  mergeHint: {
    nl: 'Deze werkgevers lijken dubbel (zelfde loonheffingennummer of Werkgever ID):',
    en: 'These employers look like duplicates (same payroll tax number or employer ID):',
  },
  mergeSelected: { nl: 'Selectie samenvoegen', en: 'Merge selection' },
  mergeDone: { nl: '{n} werkgevers samengevoegd.', en: '{n} employers merged.' },
  delete: { nl: 'Verwijderen', en: 'Delete' },
  deleted: { nl: '{n} werkgever(s) verwijderd.', en: '{n} employer(s) deleted.' },
  undo: { nl: 'Ongedaan maken', en: 'Undo' },
  exportCsv: { nl: 'Exporteren als CSV', en: 'Export as CSV' },
  backup: { nl: 'Back-up maken', en: 'Make a back-up' },
  restore: { nl: 'Back-up terugzetten', en: 'Restore a back-up' },
  restoreTitle: { nl: 'Back-up terugzetten', en: 'Restore back-up' },
  restorePlan: {
    nl: 'Uit de back-up van {date}: {add} nieuw, {change} aangevuld of gewijzigd, {same} al gelijk. Niets op deze computer gaat verloren.',
    en: 'From the back-up of {date}: {add} new, {change} completed or changed, {same} already the same. Nothing on this computer is lost.',
  },
  restoreAdd: { nl: 'Nieuw', en: 'New' },
  restoreChange: { nl: 'Aangevuld of gewijzigd', en: 'Completed or changed' },
  restoreConflict: {
    nl: '{field}: hier “{kept}”, in de back-up “{other}”. Bewaard wordt de laatst bewerkte waarde “{kept}”.',
    en: '{field}: here “{kept}”, in the back-up “{other}”. The value edited last, “{kept}”, is kept.',
  },
  useOther: { nl: 'Gebruik “{other}”', en: 'Use “{other}”' },
  restoreConfirm: { nl: 'Samenvoegen met de huidige gegevens', en: 'Merge with the current data' },
  restoreDone: { nl: 'Back-up samengevoegd: {add} nieuw, {change} bijgewerkt.', en: 'Back-up merged: {add} new, {change} updated.' },
  restoreNothing: { nl: 'De back-up bevat niets wat hier nog niet staat.', en: 'The back-up holds nothing that is not here already.' },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  close: { nl: 'Sluiten', en: 'Close' },
  open: { nl: 'Openen', en: 'Open' },
  editorTitle: { nl: 'Werkgever bewerken', en: 'Edit employer' },
  empty: { nl: 'Nog geen werkgevers. Open een werkgever in Loket.nl of maak er een aan in de popup.', en: 'No employers yet. Open an employer in Loket.nl or create one in the popup.' },
  noMatch: { nl: 'Geen werkgevers gevonden met deze zoekopdracht en filters.', en: 'No employers match this search and these filters.' },
  loading: { nl: 'Laden…', en: 'Loading…' },
  saveFailed: { nl: 'Opslaan mislukt; probeer het opnieuw.', en: 'Saving failed; try again.' },
  showName: { nl: 'naam', en: 'name' },
  showNames: { nl: 'namen', en: 'names' },
  none: { nl: 'geen', en: 'none' },
  unnamed: { nl: '(naamloos)', en: '(unnamed)' },
  yes: { nl: 'Ja', en: 'Yes' },
  no: { nl: 'Nee', en: 'No' },
  complete: { nl: 'compleet', en: 'complete' },
  never: { nl: 'nooit', en: 'never' },
  language: { nl: 'English', en: 'Nederlands' },
  loadFailed: { nl: 'De opgeslagen gegevens konden niet worden gelezen.', en: 'The stored data could not be read.' },
  searchAndFilter: { nl: 'Zoeken en filteren', en: 'Search and filter' },
  /** A value left empty (conflicts, restore preview). */
  emptyValue: { nl: '(leeg)', en: '(empty)' },
  /** The popup offers no weekly pay period; an older or imported record may hold one. */
  perWeek: { nl: 'Per week (niet bij a.s.r.)', en: 'Per week (not accepted by a.s.r.)' },
});

export type OverviewTextKey = keyof typeof OVERVIEW_TEXT;

/** An overview text, its `{placeholders}` filled from `values`. */
export const ot = (key: OverviewTextKey, lang: Lang, values: Values = {}): string => translate(OVERVIEW_TEXT, key, lang, values);

export const COLUMN_LABELS = defineTable({
  name: { nl: 'Naam', en: 'Name' },
  werkgeverId: { nl: 'Werkgever ID', en: 'Werkgever ID' },
  numbers: { nl: 'Loonheffingennummer(s)', en: 'Loonheffingennummer(s)' },
  dgas: { nl: "DGA's", en: 'DGAs' },
  verloning: { nl: 'Verloning', en: 'Verloning' },
  dertiendeMaand: { nl: '13e maand', en: '13e maand' },
  missing: { nl: 'Ontbreekt nog', en: 'Still missing' },
  rights: { nl: 'Rechten koppelgebruiker', en: 'Link user rights' },
  stage: { nl: 'Fase', en: 'Stage' },
  firstExchange: { nl: 'Eerste uitwisseling', en: 'First exchange' },
  lastSeen: { nl: 'Laatst gezien in Loket.nl', en: 'Last seen in Loket.nl' },
});

/** The row's rights cell, by RightsSummary state. */
export const RIGHTS_LABELS = defineTable({
  ok: { nl: 'in orde', en: 'in order' },
  missing: { nl: 'mist {count}', en: 'lacks {count}' },
  unchecked: { nl: 'niet gecontroleerd', en: 'not checked' },
  outdated: { nl: 'verouderd', en: 'outdated' },
});

/** Why a row needs attention, by AttentionReason. */
export const ATTENTION_LABELS = defineTable({
  missingData: { nl: 'gegevens ontbreken', en: 'data missing' },
  missingRights: { nl: 'rechten ontbreken', en: 'rights missing' },
  keylaneWaiting: { nl: 'wacht lang op Keylane', en: 'waiting long for Keylane' },
});

/** Short names of the fields a row can lack, for the "Ontbreekt nog" column. */
export const FIELD_LABELS = defineTable({
  werkgeverId: { nl: 'Werkgever ID', en: 'Werkgever ID' },
  loonheffingennummer: { nl: 'Loonheffingennummer', en: 'Loonheffingennummer' },
  hasDga: { nl: "DGA's", en: 'DGAs' },
  dgas: { nl: "DGA's", en: 'DGAs' },
  verloning: { nl: 'Verloning', en: 'Verloning' },
  dertiendeMaand: { nl: '13e maand', en: '13e maand' },
});

/** The names of the fields a merge or a restore can find two values for. */
export const CONFLICT_FIELD_LABELS = defineTable({
  ...FIELD_LABELS,
  werkgeverNaam: COLUMN_LABELS.name,
  hasDga: { nl: "DGA's in de verloning", en: 'DGAs in the payroll' },
  status: COLUMN_LABELS.stage,
});
