import * as z from 'zod/mini';
import type { LoketCapture } from '../loket/types';
import { passesElevenTest } from '../registration/loonheffingennummer';
import { AdministratieSchema, isPeriodMap, LoonheffingennummerSchema } from './administraties';
import { RightsCaptureSchema, TeamCaptureSchema } from './rights';
import type { Same } from './same';

/** Loket.nl content script → background: validated there before anything is stored. */

const PayPeriod = z.enum(['maand', '4weken', 'week']);

/**
 * Defence in depth: an employer number is short; a nine-digit number that passes the
 * eleven-test could be a BSN a page put where a Werkgever ID was expected. Never stored.
 */
const WerkgeverId = z.string().check(
  z.minLength(1),
  z.maxLength(100),
  z.refine((id) => !(/^\d{9}$/.test(id.trim()) && passesElevenTest(id.trim())), 'looks like a BSN'),
);

export const CompanyCaptureSchema = z.object({
  kind: z.literal('company'),
  werkgeverId: WerkgeverId,
  werkgeverNaam: z.optional(z.string().check(z.maxLength(300))),
  loonheffingennummers: z.array(LoonheffingennummerSchema).check(z.maxLength(50)),
  administraties: z.optional(z.array(AdministratieSchema).check(z.maxLength(50))),
  verloning: z.optional(PayPeriod),
  // Keys are checked as numbers here; z.record would add zod's map code to every bundle.
  verloningen: z.optional(
    z.custom<Record<string, z.infer<typeof PayPeriod>>>((v) => isPeriodMap(v) && Object.keys(v as object).every((k) => LoonheffingennummerSchema.safeParse(k).success)),
  ),
});

const Personeelsnummer = z.string().check(z.regex(/^\d{1,12}$/));

export const EmployeeCaptureSchema = z.object({
  kind: z.literal('employee'),
  werkgeverId: z.optional(WerkgeverId),
  werkgeverNaam: z.optional(z.string().check(z.maxLength(300))),
  naam: z.string().check(z.maxLength(300)),
  personeelsnummer: Personeelsnummer,
  isDga: z.nullable(z.boolean()),
});

/** An employee overview's DGAs (issue 23): names and numbers only, at most 50. */
export const EmployeeListCaptureSchema = z.object({
  kind: z.literal('employeeList'),
  werkgeverId: z.optional(WerkgeverId),
  werkgeverNaam: z.optional(z.string().check(z.maxLength(300))),
  loonheffingennummer: z.optional(LoonheffingennummerSchema),
  dgas: z.array(z.object({ naam: z.string().check(z.minLength(1), z.maxLength(300)), personeelsnummer: Personeelsnummer })).check(z.maxLength(50)),
});

export const LoketCaptureSchema = z.discriminatedUnion('kind', [
  CompanyCaptureSchema,
  EmployeeCaptureSchema,
  EmployeeListCaptureSchema,
  RightsCaptureSchema,
  TeamCaptureSchema,
]);

// Compile-time proof that the plain content-script types and the schemas describe the same data.
const capturesAgree: Same<z.infer<typeof LoketCaptureSchema>, LoketCapture> = true;
void capturesAgree;

export const CaptureMessageSchema = z.object({
  type: z.literal('loket/capture'),
  capture: LoketCaptureSchema,
});
export type CaptureMessage = z.infer<typeof CaptureMessageSchema>;

/** Only our own extension may talk to us: rejects messages from other extensions and pages. */
export function isFromThisExtension(sender: { id?: string }, ownId: string): boolean {
  return sender.id === ownId;
}
