import type { EmployerRecord } from '../employers/record';
import type { EmployerIndexEntry } from '../store/layout';
import type { PayPeriod, ValidationIssue } from '../registration/schema';
import type { Stage } from '../registration/stage';
import { stageIndex, stageReachedAt, stepDates } from '../registration/stage';
import { dayOf, daysBetween } from '../registration/dates';
import { fold } from '../text/normalize';
import { validateEmployer } from '../registration/validate';
import { normalizeLoonheffingennummer } from '../registration/loonheffingennummer';
import { numberChoices } from '../employers/administrations';
import { buildChecklist, checkerFor, isOutdated, missingItems, type RightsCheck, type StoredCheck } from '../rights/checklist';

/**
 * One row of the overview per employer, derived once from the stored record (validation,
 * rights, stage date) so filtering, sorting and the CSV export work on plain values.
 */

export type RightsSummary =
  | { state: 'ok' }
  | { state: 'missing'; count: number }
  | { state: 'unchecked' }
  | { state: 'outdated' };

export interface NumberShown {
  number: string;
  /** The administration's name, when Loket.nl showed one. */
  administration: string | null;
  /** The number chosen for the registration. */
  chosen: boolean;
}

export type AttentionReason = 'missingData' | 'missingRights' | 'keylaneWaiting';

export interface OverviewRow {
  id: string;
  /**
   * False for a row painted from the small index entry before the record was read: only name,
   * Werkgever ID, numbers and stage are known; every other field is empty, not a claim.
   */
  details: boolean;
  name: string;
  werkgeverId: string;
  numbers: NumberShown[];
  dgaNames: string[];
  verloning: PayPeriod | null;
  dertiendeMaand: boolean | null;
  /** Blocking problems of the registration (the popup's "Nog te doen"), employer part only. */
  missing: ValidationIssue[];
  rights: RightsSummary;
  stage: Stage;
  /** When the stage was reached (ISO), null when unknown. */
  stageDate: string | null;
  /** Step 3: the day Keylane made contact (yyyy-mm-dd), null when not recorded. */
  keylaneContact: string | null;
  /** Step 4: when a.s.r. confirmed the link (ISO), null when not confirmed or unknown. */
  confirmed: string | null;
  /** Step 4: the day of the first data exchange (yyyy-mm-dd), null when not announced. */
  firstExchange: string | null;
  /** Days from today to the first exchange (negative: it lies behind), null without one. */
  daysToExchange: number | null;
  /** When Loket.nl last showed this employer (ISO), null when never. */
  lastSeen: string | null;
  attention: AttentionReason[];
  /** Lower-case text searched by "Zoeken": name, Werkgever ID, numbers (also without dots), DGA names. */
  haystack: string;
}

export interface RowContext {
  /** Users' checks and teams' pages as stored (teams combined by checkForEmployer). */
  rights: StoredCheck[];
  now: Date;
  /** "Waiting longer than N days for Keylane" needs attention. */
  keylaneDays: number;
}

export const DEFAULT_KEYLANE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export function rightsSummary(check: RightsCheck | undefined, employer: { werkgeverId: string; werkgeverNaam: string }, now: Date): RightsSummary {
  if (!check) return { state: 'unchecked' };
  // An old reading says nothing reliable any more, whatever it said then.
  if (isOutdated(check.readAt, now)) return { state: 'outdated' };
  const items = buildChecklist(check, employer);
  const missing = missingItems(items).length;
  if (missing > 0) return { state: 'missing', count: missing };
  // "Used only for this link" is confirmed by the user; until then the check is not complete.
  return items.every((i) => i.state === 'granted') ? { state: 'ok' } : { state: 'unchecked' };
}

function numbersOf(record: EmployerRecord): NumberShown[] {
  const chosen = normalizeLoonheffingennummer(record.draft.loonheffingennummer);
  const shown = record.loket?.loonheffingennummers ?? [];
  const names = administrationNames(record);
  const all = chosen && !shown.includes(chosen) ? [chosen, ...shown] : shown;
  return all.map((number) => ({ number, administration: names.get(number) ?? null, chosen: number === chosen }));
}

/** Administration names by number, where the stored snapshot carries them (captures before the field have none). */
function administrationNames(record: EmployerRecord): Map<string, string> {
  const list = record.loket?.administraties ?? [];
  return new Map(list.filter((a) => a.naam.trim()).map((a) => [a.loonheffingennummer, a.naam.trim()]));
}

/**
 * Every issue of the record's employer part, from the popup's inputs (the numbers Loket.nl showed
 * as choices): the overview's editor and its "Ontbreekt nog" column say what the popup says.
 */
export function employerIssues(record: EmployerRecord): ValidationIssue[] {
  return validateEmployer(record.draft, numberChoices(record));
}

export function toRow(record: EmployerRecord, context: RowContext, checkFor = checkerFor(context.rights)): OverviewRow {
  const { draft } = record;
  const employer = { werkgeverId: draft.werkgeverId, werkgeverNaam: draft.werkgeverNaam };
  const missing = employerIssues(record).filter((i) => i.severity === 'error');
  const rights = rightsSummary(checkFor(employer), employer, context.now);
  const stageDate = stageReachedAt(draft.status);
  const dates = stepDates(draft.status);
  const numbers = numbersOf(record);
  const dgaNames = draft.hasDga === false ? [] : draft.dgas.map((d) => d.naam.trim()).filter(Boolean);

  const attention: AttentionReason[] = [];
  // Once sent, a.s.r. has the data: what the draft lacks then no longer holds anything up.
  if (missing.length > 0 && stageIndex(draft.status.stage) < stageIndex('verstuurd')) attention.push('missingData');
  if (rights.state === 'missing') attention.push('missingRights');
  if (
    draft.status.stage === 'wacht-op-keylane' &&
    stageDate !== null &&
    context.now.getTime() - Date.parse(stageDate) > context.keylaneDays * DAY_MS
  )
    attention.push('keylaneWaiting');

  const haystack = haystackOf([
    draft.werkgeverNaam,
    draft.werkgeverId,
    ...numbers.map((n) => n.number),
    ...numbers.map((n) => n.administration ?? ''),
    ...draft.dgas.map((d) => d.naam),
  ]);

  return {
    id: record.id,
    details: true,
    name: draft.werkgeverNaam.trim(),
    werkgeverId: draft.werkgeverId.trim(),
    numbers,
    dgaNames,
    verloning: draft.verloning,
    dertiendeMaand: draft.dertiendeMaand,
    missing,
    rights,
    stage: draft.status.stage,
    stageDate,
    keylaneContact: dates.keylaneContact,
    confirmed: dates.confirmed,
    firstExchange: dates.firstExchange,
    daysToExchange: dates.firstExchange ? daysBetween(dayOf(context.now), dates.firstExchange) : null,
    lastSeen: record.loket?.capturedAt ?? null,
    attention,
    haystack,
  };
}

/**
 * Worked out once per row, so a keystroke only compares strings: folded as the query is
 * (find.ts textMatcher), so "Reunie" finds "Café Reünie" and "ijssalon" finds "Ĳssalon".
 */
const haystackOf = (parts: string[]) => fold(parts.join('\n'));

/**
 * The row the index entry alone can give, for the first paint: reading and validating 1,000
 * full records takes longer than showing the list. Which number was chosen, DGAs, rights and
 * dates are unknown here, so they stay empty until toRow replaces the row.
 */
export function entryRow(entry: EmployerIndexEntry): OverviewRow {
  const numbers = [...new Set(entry.loonheffingennummers.map(normalizeLoonheffingennummer).filter(Boolean))];
  return {
    id: entry.id,
    details: false,
    name: entry.werkgeverNaam.trim(),
    werkgeverId: entry.werkgeverId.trim(),
    numbers: numbers.map((number) => ({ number, administration: null, chosen: false })),
    dgaNames: [],
    verloning: null,
    dertiendeMaand: null,
    missing: [],
    rights: { state: 'unchecked' },
    stage: entry.stage,
    stageDate: null,
    keylaneContact: null,
    confirmed: null,
    firstExchange: null,
    daysToExchange: null,
    lastSeen: null,
    attention: [],
    haystack: haystackOf([entry.werkgeverNaam, entry.werkgeverId, ...numbers]),
  };
}

export function toRows(records: Record<string, EmployerRecord>, context: RowContext): OverviewRow[] {
  const checkFor = checkerFor(context.rights);
  return Object.values(records).map((r) => toRow(r, context, checkFor));
}
