import { text, type Lang, type TextKey } from '../i18n';
import type { Stage } from '../registration/stage';
import type { PayPeriod } from '../registration/schema';
import type { AttentionReason, RightsSummary } from './rows';

/**
 * The overview page's words, Dutch first. Kept apart from utils/i18n/ so the popup's bundle
 * does not carry them. Column headers double as the CSV headers (always Dutch there: the file is
 * for Dutch Excel and colleagues).
 */
const TEXT = {
  pageTitle: { nl: 'Alle werkgevers', en: 'All employers' },
  search: { nl: 'Zoeken', en: 'Search' },
  // A placeholder cannot mark a Dutch field name as Dutch: English names them in English.
  searchHint: { nl: 'Naam, Werkgever ID, loonheffingennummer of DGA', en: 'Name, employer ID, payroll tax number or DGA' },
  stageFilter: { nl: 'Fase', en: 'Stage' },
  allStages: { nl: 'Alle fasen', en: 'All stages' },
  attentionOnly: { nl: 'Heeft aandacht nodig', en: 'Needs attention' },
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
  restoreConfirm: { nl: 'Samenvoegen met deze computer', en: 'Merge into this computer' },
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
} as const;

export type OverviewTextKey = keyof typeof TEXT;

/** Text with `{name}` placeholders filled in. */
export function ot(key: OverviewTextKey, lang: Lang, values: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export const COLUMN_LABELS = {
  name: { nl: 'Naam', en: 'Name' },
  werkgeverId: { nl: 'Werkgever ID', en: 'Werkgever ID' },
  numbers: { nl: 'Loonheffingennummer(s)', en: 'Loonheffingennummer(s)' },
  dgas: { nl: "DGA's", en: 'DGAs' },
  verloning: { nl: 'Verloning', en: 'Verloning' },
  dertiendeMaand: { nl: '13e maand', en: '13e maand' },
  missing: { nl: 'Ontbreekt nog', en: 'Still missing' },
  rights: { nl: 'Rechten koppelgebruiker', en: 'Link user rights' },
  stage: { nl: 'Fase', en: 'Stage' },
  lastSeen: { nl: 'Laatst gezien in Loket.nl', en: 'Last seen in Loket.nl' },
} as const;

const STAGE_KEYS: Record<Stage, TextKey> = {
  concept: 'stageConcept',
  ingevuld: 'stageIngevuld',
  verstuurd: 'stageVerstuurd',
  'wacht-op-keylane': 'stageKeylane',
  bevestigd: 'stageBevestigd',
};
/** The popup's stage names (utils/i18n/), so both say the same. */
export const stageText = (stage: Stage, lang: Lang) => text(STAGE_KEYS[stage], lang);

export function payPeriodText(period: PayPeriod, lang: Lang): string {
  if (period === 'week') return lang === 'nl' ? 'Per week (niet bij a.s.r.)' : 'Per week (not accepted by a.s.r.)';
  return text(period === 'maand' ? 'perMaand' : 'per4Weken', lang);
}

export const ATTENTION_LABELS: Record<AttentionReason, { nl: string; en: string }> = {
  missingData: { nl: 'gegevens ontbreken', en: 'data missing' },
  missingRights: { nl: 'rechten ontbreken', en: 'rights missing' },
  keylaneWaiting: { nl: 'wacht lang op Keylane', en: 'waiting long for Keylane' },
};

export function rightsText(rights: RightsSummary, lang: Lang): string {
  switch (rights.state) {
    case 'ok':
      return lang === 'nl' ? 'in orde' : 'in order';
    case 'missing':
      return lang === 'nl' ? `mist ${rights.count}` : `lacks ${rights.count}`;
    case 'unchecked':
      return lang === 'nl' ? 'niet gecontroleerd' : 'not checked';
    case 'outdated':
      return lang === 'nl' ? 'verouderd' : 'outdated';
  }
}

/** dd-mm-jjjj, the way Dutch users read and Dutch Excel parses a date; '' when unknown. */
export function dutchDate(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}-${pad(date.getMonth() + 1)}-${date.getFullYear()}`;
}

/** Short names of the fields a row can lack, for the "Ontbreekt nog" column. */
export const FIELD_LABELS: Record<string, { nl: string; en: string }> = {
  werkgeverId: { nl: 'Werkgever ID', en: 'Werkgever ID' },
  loonheffingennummer: { nl: 'Loonheffingennummer', en: 'Loonheffingennummer' },
  hasDga: { nl: "DGA's", en: 'DGAs' },
  dgas: { nl: "DGA's", en: 'DGAs' },
  verloning: { nl: 'Verloning', en: 'Verloning' },
  dertiendeMaand: { nl: '13e maand', en: '13e maand' },
};

/** Lacks named by what the user does, where the field's name alone would say "type it in". */
const CODE_KEYS: Record<string, TextKey> = { 'loonheffingennummer.choose': 'chooseAdministration' };

export interface MissingLabel {
  text: string;
  /** The a.s.r. form's own (Dutch) field name, in English mode too: marked lang="nl" there. */
  dutch: boolean;
}

/** Each lacking field once, in form order: "Kies de administratie", "Verloning", "13e maand". */
export function missingLabels(row: { missing: readonly { field: string; code: string }[] }, lang: Lang): MissingLabel[] {
  const labels = new Map<string, MissingLabel>();
  for (const issue of row.missing) {
    const key = CODE_KEYS[issue.code];
    const names = key ? { nl: text(key, 'nl'), en: text(key, 'en') } : (FIELD_LABELS[issue.field] ?? { nl: issue.field, en: issue.field });
    labels.set(names.nl, { text: names[lang], dutch: dutchLabel(names, lang) === 'nl' });
  }
  return [...labels.values()];
}

/** The labels as one cell of text (the CSV's). */
export const missingText = (row: Parameters<typeof missingLabels>[0], lang: Lang) =>
  missingLabels(row, lang)
    .map((l) => l.text)
    .join(', ');

const CONFLICT_FIELD_LABELS: Record<string, { nl: string; en: string }> = {
  ...FIELD_LABELS,
  werkgeverNaam: COLUMN_LABELS.name,
  hasDga: { nl: "DGA's in de verloning", en: 'DGAs in the payroll' },
  status: COLUMN_LABELS.stage,
};

export const fieldLabel = (field: string, lang: Lang) => CONFLICT_FIELD_LABELS[field]?.[lang] ?? field;

/**
 * "nl" where English mode shows Dutch on purpose, so screen readers pronounce it as Dutch: the
 * a.s.r. form's own field names (as utils/i18n/'s dutchIn) and employer data (names from
 * Loket.nl or typed by the user). Undefined otherwise.
 */
export const dutchLabel = (label: { nl: string; en: string } | undefined, lang: Lang) =>
  lang === 'en' && label !== undefined && label.en === label.nl ? 'nl' : undefined;
export const fieldLang = (field: string, lang: Lang) => dutchLabel(CONFLICT_FIELD_LABELS[field], lang);
export const dataLang = (lang: Lang) => (lang === 'en' ? 'nl' : undefined);


/** A draft value as a person reads it (conflicts, restore preview). */
export function formatValue(field: string, value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === '') return lang === 'nl' ? '(leeg)' : '(empty)';
  if (typeof value === 'boolean') return ot(value ? 'yes' : 'no', lang);
  if (field === 'verloning') return payPeriodText(value as PayPeriod, lang);
  if (field === 'status' && typeof value === 'object' && 'stage' in value) {
    const status = value as { stage: Stage; firstExchangeDate?: string };
    return status.firstExchangeDate ? `${stageText(status.stage, lang)}, ${status.firstExchangeDate}` : stageText(status.stage, lang);
  }
  return String(value);
}
