import type { Stage } from '../registration/stage';
import { stageIndex } from '../registration/stage';
import type { OverviewRow, RightsSummary } from './rows';
import { compareText } from './text-order';
import { fold } from '../text/normalize';

/** What the overview shows: a text search, filters and one sort column. */

export const SORT_KEYS = [
  'name',
  'werkgeverId',
  'numbers',
  'dgas',
  'verloning',
  'dertiendeMaand',
  'missing',
  'rights',
  'stage',
  'firstExchange',
  'lastSeen',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

/**
 * The manual's step 4, as a processor follows it up: links whose first exchange of data comes
 * within a week (today included), and confirmed links whose first exchange date is not known yet.
 */
export const DATE_FILTERS = ['exchangeWithinWeek', 'confirmedNoExchange'] as const;
export type DateFilter = (typeof DATE_FILTERS)[number];
export const EXCHANGE_SOON_DAYS = 7;

export interface OverviewQuery {
  text: string;
  /** Empty: every stage. */
  stages: readonly Stage[];
  attentionOnly: boolean;
  /** null: no filter on the step 4 dates. */
  dates: DateFilter | null;
  sort: { key: SortKey; direction: SortDirection };
}

export const DEFAULT_QUERY: OverviewQuery = { text: '', stages: [], attentionOnly: false, dates: null, sort: { key: 'name', direction: 'ascending' } };

function matchesDates(row: OverviewRow, filter: DateFilter | null): boolean {
  switch (filter) {
    case null:
      return true;
    case 'exchangeWithinWeek':
      return row.daysToExchange !== null && row.daysToExchange >= 0 && row.daysToExchange <= EXCHANGE_SOON_DAYS;
    case 'confirmedNoExchange':
      return row.stage === 'bevestigd' && row.firstExchange === null;
  }
}


/**
 * Every word of the search must occur somewhere in the row. A loonheffingennummer typed with
 * spaces or dots ("1234.56.782.L01") is also searched in its normalised form. The query is
 * prepared once; each row then costs a few `includes` on its precomputed haystack.
 */
export function textMatcher(text: string): (row: OverviewRow) => boolean {
  // fold: lower case without accents, "ĳ" as "ij", as the rows' haystacks (rows.ts). Its
  // toLowerCase, not toLocaleLowerCase('nl'): Dutch has no casing rules of its own (Unicode's
  // SpecialCasing has them for Lithuanian, Turkish and Azeri only), and the locale form sets up
  // ICU on first use, on the overview's first paint (issue 26).
  const query = fold(text.trim());
  if (!query) return () => true;
  const compact = query.replace(/[\s.\-]/g, '');
  const byNumber = compact.length >= 4 && /\d/.test(compact);
  const words = query.split(/\s+/);
  return (row) => (byNumber && row.haystack.includes(compact)) || words.every((word) => row.haystack.includes(word));
}

/** Columns only a full record gives: unknown (null) on a row painted from its index entry. */
const DETAIL_KEYS: ReadonlySet<SortKey> = new Set(['dgas', 'verloning', 'dertiendeMaand', 'missing', 'rights', 'firstExchange', 'lastSeen']);

const RIGHTS_ORDER: Record<RightsSummary['state'], number> = { missing: 0, outdated: 1, unchecked: 2, ok: 3 };

/** A comparable value per column; null sorts last in either direction. */
function sortValue(row: OverviewRow, key: SortKey): string | number | null {
  if (!row.details && DETAIL_KEYS.has(key)) return null;
  switch (key) {
    case 'name':
      return row.name || null;
    case 'werkgeverId':
      return row.werkgeverId || null;
    case 'numbers':
      return row.numbers.find((n) => n.chosen)?.number ?? row.numbers[0]?.number ?? null;
    case 'dgas':
      return row.dgaNames.length;
    case 'verloning':
      return row.verloning;
    case 'dertiendeMaand':
      return row.dertiendeMaand === null ? null : row.dertiendeMaand ? 1 : 0;
    case 'missing':
      return row.missing.length;
    case 'rights':
      // Missing rights first, more missing before fewer.
      return RIGHTS_ORDER[row.rights.state] * 100 - (row.rights.state === 'missing' ? row.rights.count : 0);
    case 'stage':
      // Within a stage, the one that reached it first comes first.
      return stageIndex(row.stage) * 1e13 + (row.stageDate ? Date.parse(row.stageDate) || 0 : 0);
    case 'firstExchange':
      // yyyy-mm-dd sorts as text in date order; confirmed links without one come after every date.
      return row.firstExchange;
    case 'lastSeen':
      return row.lastSeen;
  }
}

export function compareRows(key: SortKey, direction: SortDirection) {
  const sign = direction === 'ascending' ? 1 : -1;
  return (a: OverviewRow, b: OverviewRow): number => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) return x === y ? tieBreak(a, b) : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x), String(y));
    return order !== 0 ? sign * order : tieBreak(a, b);
  };
}

/** Equal values keep a stable, predictable order: by name, then id. */
const tieBreak = (a: OverviewRow, b: OverviewRow) => compareText(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The rows in the order of one column; worked out when rows or the sort change, not per keystroke. */
export function sortRows(rows: readonly OverviewRow[], sort: OverviewQuery['sort']): OverviewRow[] {
  return [...rows].sort(compareRows(sort.key, sort.direction));
}

/** The sorted rows the search and filters let through; filtering keeps their order. */
export function filterRows(sorted: readonly OverviewRow[], query: Omit<OverviewQuery, 'sort'>): OverviewRow[] {
  const stages = new Set(query.stages);
  const matches = textMatcher(query.text);
  return sorted.filter(
    (row) =>
      (stages.size === 0 || stages.has(row.stage)) &&
      (!query.attentionOnly || row.attention.length > 0) &&
      matchesDates(row, query.dates) &&
      matches(row),
  );
}

export function findRows(rows: readonly OverviewRow[], query: OverviewQuery): OverviewRow[] {
  return filterRows(sortRows(rows, query.sort), query);
}

/** Whether what a query shows can be known from index entries alone (no text, no attention or date filter). */
export function needsDetails(query: Omit<OverviewQuery, 'sort'>): boolean {
  return query.text.trim() !== '' || query.attentionOnly || query.dates !== null;
}

/** Clicking a column header: a new column sorts ascending, the same column flips. */
export function nextSort(current: OverviewQuery['sort'], key: SortKey): OverviewQuery['sort'] {
  return current.key === key
    ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
    : { key, direction: 'ascending' };
}
