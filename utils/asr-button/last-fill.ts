import type { FillReport, FillValues } from '../asr/types';
import { defineItem } from '../store/item';
import { FillReportSchema } from '../messages/replies';

/**
 * The last fill in a tab (from the page's button or the popup), so the popup opened afterwards
 * shows its full report. Session storage: tab ids mean nothing after a restart, and only the
 * extension's own pages and background can read this area, not content scripts.
 */
export interface LastFill {
  tabId: number;
  /** What was filled: the report's conflict lines name these values. */
  values: FillValues;
  report: FillReport;
  at: string;
  /** The employer filled, and the page's origin: a later send is noticed only for them (./sent-notice.ts). */
  employerId?: string;
  origin?: string;
}

export const lastFillItem = defineItem<LastFill | null>('session', 'lastFill', null);

export function rememberFill(tabId: number, values: FillValues, report: FillReport, employerId?: string, url?: string): Promise<void> {
  let origin: string | undefined;
  try {
    origin = url ? new URL(url).origin : undefined;
  } catch {
    origin = undefined;
  }
  return lastFillItem.setValue({ tabId, values, report, at: new Date().toISOString(), employerId, origin }).catch(() => undefined);
}

/** Chrome's storage gives objects back with their keys sorted: compare whatever the order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * The report of the last fill in this tab, when it filled exactly these values on the page load
 * shown now; else null. A page reloaded (or left and reopened) since shows an empty or other
 * form, and an old "12 of 12 filled" would say the opposite of what is on screen.
 */
export async function lastFillFor(tabId: number, values: FillValues, page: string): Promise<FillReport | null> {
  const stored = await lastFillItem.getValue().catch(() => null);
  if (!stored || stored.tabId !== tabId || canonical(stored.values) !== canonical(values)) return null;
  const parsed = FillReportSchema.safeParse(stored.report);
  return parsed.success && parsed.data.page === page ? parsed.data : null;
}
