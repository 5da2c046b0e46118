// Plain types (no zod): shared by the popup and the a.s.r. content script.

import type { AsrFieldKey, AsrPayPeriod, FillStatus } from './keys';

export type { AsrFieldKey, FillStatus };

export interface FillValues {
  bedrijfsnaam: string;
  email: string;
  raamwerkcontractnummer: string;
  loonheffingennummer: string;
  werkgeverId: string;
  hasDga: boolean | null;
  dgas: { naam: string; personeelsnummer: string }[];
  verloning: AsrPayPeriod | null;
  dertiendeMaand: boolean | null;
}

export interface FillOptions {
  /** Overwrite fields that already hold a different value (user confirmed). */
  overwriteConflicts: boolean;
  /** How long to wait for a form that renders late (default 10 000 ms). */
  waitForFormMs?: number;
  /** How long to wait for a DGA row to appear after pressing "toevoegen" (default 2 000 ms). */
  rowWaitMs?: number;
  /** How long filled fields stay outlined on the page (default 2 000 ms; 0: no outline). */
  highlightMs?: number;
}

export interface FieldReport {
  field: AsrFieldKey;
  /**
   * For DGA rows (dgaNaam / dgaPersoneelsnummer): the index into FillValues.dgas this
   * entry is about (the DGA is put in the page's row with the same index unless a row
   * already holds that DGA).
   */
  index?: number;
  /** The label as the page shows it (when found). */
  label?: string;
  status: FillStatus;
  /**
   * conflict: the value the page holds (not overwritten);
   * skipped: why ('geen waarde', 'uitgeschakeld', 'alleen-lezen', ...);
   * filled: 'al ingevuld' when the page already held this value (nothing was changed);
   * not-taken: what the page shows instead; not-found: why no control was tied to it.
   */
  detail?: string;
}

export interface FillReport {
  fields: FieldReport[];
  /**
   * False when no field of the registration form was found (not a registration form, or
   * it never rendered): then nothing was filled. A field specific to the form
   * (loonheffingennummer, werkgever ID, raamwerkcontractnummer, DGA / verloning / 13e maand
   * question) must be found by its visible label; a lone "E-mail" box does not count.
   */
  formFound: boolean;
  /**
   * The page load that was filled: a token of the form's document (a reload or a new document
   * in the form's frame gets another). A remembered report is shown for that load only.
   */
  page?: string;
  /**
   * Set when nothing was written because the form's Werkgever ID or loonheffingennummer held
   * another employer's values (utils/asr/identity.ts): what the form holds.
   */
  otherEmployer?: FormIdentity;
}

/** The identity values a form holds (each only when shown there). */
export interface FormIdentity {
  werkgeverId?: string;
  loonheffingennummer?: string;
}
