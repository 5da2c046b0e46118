// Plain types (no zod): shared by the popup and the a.s.r. content script.

export type AsrFieldKey =
  | 'bedrijfsnaam'
  | 'email'
  | 'raamwerkcontractnummer'
  | 'loonheffingennummer'
  | 'werkgeverId'
  | 'hasDga'
  | 'dgaNaam'
  | 'dgaPersoneelsnummer'
  | 'verloning'
  | 'dertiendeMaand';

export interface FillValues {
  bedrijfsnaam: string;
  email: string;
  raamwerkcontractnummer: string;
  loonheffingennummer: string;
  werkgeverId: string;
  hasDga: boolean | null;
  dgas: { naam: string; personeelsnummer: string }[];
  verloning: 'maand' | '4weken' | null;
  dertiendeMaand: boolean | null;
}

export interface FillOptions {
  /** Overwrite fields that already hold a different value (user confirmed). */
  overwriteConflicts: boolean;
}

export type FillStatus = 'filled' | 'not-found' | 'conflict' | 'skipped';

export interface FieldReport {
  field: AsrFieldKey;
  /** Row index for DGA rows. */
  index?: number;
  /** The label as the page shows it (when found). */
  label?: string;
  status: FillStatus;
  /** Why it was skipped or conflicted: e.g. the value already on the page. */
  detail?: string;
}

export interface FillReport {
  fields: FieldReport[];
  /** True when no field at all was found (not a registration form). */
  formFound: boolean;
}
