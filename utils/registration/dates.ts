/**
 * The calendar days a processor records for steps 3 and 4 (Keylane's contact, a.s.r.'s
 * confirmation, the first exchange of data), typed the Dutch way (dd-mm-jjjj) and kept as
 * yyyy-mm-dd. Pure and without Intl: the editor that uses them is on the popup's first paint.
 */

/** What a day may be: not after today (something that happened), or any day (a date announced ahead). */
export type DayRule = 'notFuture' | 'any';

export type DayInput = { ok: true; day: string | null } | { ok: false; code: 'date.invalid' | 'date.future' };

const pad = (n: number): string => String(n).padStart(2, '0');

/** yyyy-mm-dd of a moment in the browser's time zone (the day a person there would name). */
export function dayOf(moment: Date | string): string {
  const d = moment instanceof Date ? moment : new Date(moment);
  return Number.isNaN(d.getTime()) ? '' : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The start of a day in the browser's time zone, as an ISO timestamp (how stage dates are stored). */
export function startOfDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toISOString();
}

/** "dd-mm-jjjj" of a yyyy-mm-dd day; '' for anything else. */
export function dayText(day: string | null | undefined): string {
  const m = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  return m ? `${m[3]}-${m[2]}-${m[1]}` : '';
}

const isRealDay = (y: number, m: number, d: number): boolean => {
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
};

/**
 * A typed day: "15-1-2027", "15/01/2027", "15.01.2027" or "2027-01-15" (what a date field or a
 * spreadsheet gives). Empty text clears the day. A day that does not exist ("31-02-2027"), a
 * two-digit year (which century?) and, under 'notFuture', a day after `today` are refused with
 * a code the caller words; nothing is guessed.
 */
export function readDay(text: string, rule: DayRule, today: string): DayInput {
  const t = text.trim();
  if (!t) return { ok: true, day: null };
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const [y, m, d] = dutch ? [dutch[3], dutch[2], dutch[1]].map(Number) : iso ? [iso[1], iso[2], iso[3]].map(Number) : [0, 0, 0];
  if (!isRealDay(y!, m!, d!)) return { ok: false, code: 'date.invalid' };
  const day = `${y}-${pad(m!)}-${pad(d!)}`;
  if (rule === 'notFuture' && day > today) return { ok: false, code: 'date.future' };
  return { ok: true, day };
}

/** Whole days from `from` to `to` (both yyyy-mm-dd); negative when `to` lies before `from`. */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return Date.UTC(y!, m! - 1, d!);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
