// Plain types (no zod): the Loket.nl content script imports these and must stay lean.
// The background validates every capture with the zod schemas in utils/messages/.

import type { PayPeriod } from '../text/meaning';

/** Loket.nl knows month, four weeks and week: the registration's own PayPeriod. */
export type LoketPayPeriod = PayPeriod;

export interface CompanyCapture {
  kind: 'company';
  werkgeverId: string;
  werkgeverNaam?: string;
  /** Every loonheffingennummer shown, normalised, in page order, without duplicates. */
  loonheffingennummers: string[];
  /** Administrations whose name the page shows beside their number (same row or section); never guessed. */
  administraties?: Administratie[];
  verloning?: LoketPayPeriod;
  /**
   * The pay period Loket.nl shows beside a loonheffingennummer (in its row or section), per
   * normalised number: it belongs to that administration, not the employer as a whole. Only
   * numbers the capture carries; absent when no administration shows its own.
   */
  verloningen?: Record<string, LoketPayPeriod>;
}

export interface Administratie {
  naam: string;
  loonheffingennummer: string;
}

export interface EmployeeCapture {
  kind: 'employee';
  /** The employer the employee page belongs to, when the page shows it. */
  werkgeverId?: string;
  werkgeverNaam?: string;
  naam: string;
  personeelsnummer: string;
  isDga: boolean | null;
}

export type RightName =
  | 'Beheren en raadplegen BSN'
  | 'Raadplegen beloningen'
  | 'Raadplegen dienstverbanden'
  | 'Raadplegen HRM'
  | 'Raadplegen loonoutput beperkt'
  | 'Raadplegen variabele gegevens';

export const REQUIRED_RIGHTS: readonly RightName[] = [
  'Beheren en raadplegen BSN',
  'Raadplegen beloningen',
  'Raadplegen dienstverbanden',
  'Raadplegen HRM',
  'Raadplegen loonoutput beperkt',
  'Raadplegen variabele gegevens',
];

export type RightState = boolean | 'unknown';

/**
 * An employee overview with a DGA column (issue 23): the employees marked DGA, and what the page
 * tells of its employer (Werkgever ID on the page or in its address, an administration's
 * number in the selector, the name in a heading or breadcrumb). Only DGAs: the rest of the list
 * is never carried.
 */
export interface EmployeeListCapture {
  kind: 'employeeList';
  werkgeverId?: string;
  werkgeverNaam?: string;
  loonheffingennummer?: string;
  dgas: Array<{ naam: string; personeelsnummer: string }>;
}

export interface RightsCapture {
  kind: 'rights';
  userName: string;
  /** 'standard' = "Via website en SSO"; 'webservice' = "SSO only/Webservice"; null when not shown. */
  userType: 'standard' | 'webservice' | null;
  /** null when the page does not show it. */
  active: boolean | null;
  /** Employers (names or ids as shown) the user can reach; null when not shown. */
  employers: string[] | null;
  /**
   * Each of the six rights: true granted, false not granted, 'unknown' when the page lists it
   * without a visible state (or does not show it in a list without states). Unknown is never
   * counted as granted.
   */
  rights: Record<RightName, RightState>;
  /**
   * Teams the user's page shows the user is a member of (Loket.nl grants rights "individueel of
   * via het team"); absent or null when the page shows none. Absent in records stored before
   * teams were read: those still read, as "not shown".
   */
  teams?: string[] | null;
}

/** A team's page ("Teams en Gebruikers" → Teams): its name, its members where shown, its rights. */
export interface TeamCapture {
  kind: 'team';
  teamName: string;
  /** User names as the page lists them; null when the page shows no members. */
  members: string[] | null;
  /** Employers the team reaches; null when not shown. */
  employers: string[] | null;
  rights: Record<RightName, RightState>;
}

export type LoketCapture = CompanyCapture | EmployeeCapture | EmployeeListCapture | RightsCapture | TeamCapture;
