import * as z from 'zod/mini';
import { plausibleName } from '../text/normalize';

// Own file: the popup's stored-record schema needs it without the capture message schemas.

export const LoonheffingennummerSchema = z.string().check(z.regex(/^\d{9}L\d{2}$/));

/**
 * An administration's name as Loket.nl shows it beside its number. Same rule as the reader's:
 * a name holding a BSN-shaped number is refused.
 */
export const AdministratieSchema = z.object({
  naam: z.string().check(z.minLength(1), z.maxLength(200), z.refine(plausibleName, 'not a plausible name')),
  loonheffingennummer: LoonheffingennummerSchema,
});

const PERIODS: readonly unknown[] = ['maand', '4weken', 'week'];
/**
 * A map of loonheffingennummer → pay period (an administration's own, issue 23), at most 50
 * entries (what a capture carries). A guard for z.custom: z.record would add zod's map code to
 * the popup's first-paint bundle.
 */
export const isPeriodMap = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length <= 50 && Object.values(v).every((p) => PERIODS.includes(p));
