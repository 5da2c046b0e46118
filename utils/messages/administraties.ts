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
