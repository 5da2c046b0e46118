// What a library page test knows of its page (tests/e2e/asr-libraries.spec.ts runs them): its
// state before and after, the report a fill must give, and how a person fills it by hand.
import type { Locator, Page } from '@playwright/test';
import type { FULL } from './seed';

export type Status = 'filled' | 'not-found' | 'conflict' | 'skipped' | 'not-taken';
/** Report rows by the name the popup shows ("Naam DGA 2") → status. */
export type ReportRows = Record<string, Status | string>;
export const ALL_FILLED: ReportRows = Object.fromEntries(
  [
    'Bedrijfsnaam',
    'E-mailadres',
    'Raamwerkcontractnummer',
    'Loonheffingennummer',
    'Werkgever ID',
    'DGA in de verloning',
    'Naam DGA 1',
    'Personeelsnummer DGA 1',
    'Naam DGA 2',
    'Personeelsnummer DGA 2',
    'Verloning',
    '13e maand',
  ].map((name) => [name, 'filled']),
);

export const onlyRows = (names: string[], status: Status): ReportRows => Object.fromEntries(names.map((n) => [n, status]));

export interface LibraryPage {
  /** The built page under tests/sites/asr. */
  file: string;
  /** What the page is built with and which widget behaviours it covers. */
  title: string;
  /** The registration the user holds in the popup (default: FULL). */
  seed?: Partial<typeof FULL.draft>;
  /** window.__formState() before anyone touches the page. */
  initial: unknown;
  /** window.__formState() once the registration is on the page: exactly this. */
  expected: unknown;
  /** The report the popup must show after one press of the fill button. */
  report: ReportRows;
  /** Puts the registration on the page the way a person does, without the extension. */
  byHand: (page: Page) => Promise<void>;
  /**
   * A form in steps: the first press fills the visible step only and reports the rest as not
   * on the page; the user goes to the next step and presses the fill button again.
   */
  steps?: { afterFirst: unknown; firstReport: ReportRows; next: (page: Page) => Promise<void>; secondReport: ReportRows };
}

/** Chooses an option in a select that is not a <select>: open it, press the option by its visible text. */
export async function pick(page: Page, combobox: Locator, option: string) {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
