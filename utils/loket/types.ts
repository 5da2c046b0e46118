// Plain types (no zod): the Loket.nl content script imports these and must stay lean.
// The background validates every capture with the zod schemas in utils/messaging.ts.

export type LoketPayPeriod = 'maand' | '4weken' | 'week';

export interface CompanyCapture {
  kind: 'company';
  werkgeverId: string;
  werkgeverNaam?: string;
  /** Every loonheffingennummer shown, normalised, in page order, without duplicates. */
  loonheffingennummers: string[];
  verloning?: LoketPayPeriod;
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

export interface RightsCapture {
  kind: 'rights';
  userName: string;
  /** 'standard' = "Via website en SSO"; 'webservice' = "SSO only/Webservice"; null when not shown. */
  userType: 'standard' | 'webservice' | null;
  /** null when the page does not show it. */
  active: boolean | null;
  /** Employers (names or ids as shown) the user can reach; null when not shown. */
  employers: string[] | null;
  /** Each of the six rights: granted or not, as far as the page shows rights at all. */
  rights: Record<RightName, boolean>;
}

export type LoketCapture = CompanyCapture | EmployeeCapture | RightsCapture;
