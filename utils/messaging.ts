import * as z from 'zod/mini';
import type { LoketCapture } from './loket/types';
import { REQUIRED_RIGHTS } from './loket/types';
import type { FillReport, FillValues } from './asr/types';

/**
 * Every message between the extension's parts, declared once and validated on receipt.
 * Content scripts send and receive plain objects (they stay lean and carry no zod); the
 * background and the popup validate with these schemas.
 */

const PayPeriod = z.enum(['maand', '4weken', 'week']);
const RightsMap = z.object(
  Object.fromEntries(REQUIRED_RIGHTS.map((r) => [r, z.boolean()])) as Record<
    (typeof REQUIRED_RIGHTS)[number],
    z.ZodMiniBoolean
  >,
);

export const CompanyCaptureSchema = z.object({
  kind: z.literal('company'),
  werkgeverId: z.string().check(z.minLength(1), z.maxLength(100)),
  werkgeverNaam: z.optional(z.string().check(z.maxLength(300))),
  loonheffingennummers: z.array(z.string().check(z.regex(/^\d{9}L\d{2}$/))).check(z.maxLength(50)),
  verloning: z.optional(PayPeriod),
});

export const EmployeeCaptureSchema = z.object({
  kind: z.literal('employee'),
  werkgeverId: z.optional(z.string().check(z.maxLength(100))),
  werkgeverNaam: z.optional(z.string().check(z.maxLength(300))),
  naam: z.string().check(z.maxLength(300)),
  personeelsnummer: z.string().check(z.regex(/^\d{1,12}$/)),
  isDga: z.nullable(z.boolean()),
});

export const RightsCaptureSchema = z.object({
  kind: z.literal('rights'),
  userName: z.string().check(z.minLength(1), z.maxLength(300)),
  userType: z.nullable(z.enum(['standard', 'webservice'])),
  active: z.nullable(z.boolean()),
  employers: z.nullable(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(5000))),
  rights: RightsMap,
});

export const LoketCaptureSchema = z.discriminatedUnion('kind', [
  CompanyCaptureSchema,
  EmployeeCaptureSchema,
  RightsCaptureSchema,
]);

// Compile-time proof that the plain content-script types and the schemas describe the same data.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const capturesAgree: Same<z.infer<typeof LoketCaptureSchema>, LoketCapture> = true;
void capturesAgree;

export const CaptureMessageSchema = z.object({
  type: z.literal('loket/capture'),
  capture: LoketCaptureSchema,
});
export type CaptureMessage = z.infer<typeof CaptureMessageSchema>;

const Text = z.string().check(z.maxLength(500));
export const FillValuesSchema = z.object({
  bedrijfsnaam: Text,
  email: Text,
  raamwerkcontractnummer: Text,
  loonheffingennummer: Text,
  werkgeverId: Text,
  hasDga: z.nullable(z.boolean()),
  dgas: z.array(z.object({ naam: Text, personeelsnummer: Text })).check(z.maxLength(50)),
  verloning: z.nullable(z.enum(['maand', '4weken'])),
  dertiendeMaand: z.nullable(z.boolean()),
});
const fillValuesAgree: Same<z.infer<typeof FillValuesSchema>, FillValues> = true;
void fillValuesAgree;

export const FillMessageSchema = z.object({
  type: z.literal('asr/fill'),
  values: FillValuesSchema,
  options: z.object({ overwriteConflicts: z.boolean() }),
});
export type FillMessage = z.infer<typeof FillMessageSchema>;

export const ProbeMessageSchema = z.object({ type: z.literal('asr/probe') });
export type ProbeMessage = z.infer<typeof ProbeMessageSchema>;

/** What the a.s.r. content script accepts; its lean hand-written guard is tested against this. */
export const AsrRequestSchema = z.discriminatedUnion('type', [FillMessageSchema, ProbeMessageSchema]);

export const ProbeReplySchema = z.object({ formFound: z.boolean(), origin: z.string() });
export type ProbeReply = z.infer<typeof ProbeReplySchema>;

export const FillReportSchema = z.object({
  formFound: z.boolean(),
  fields: z.array(
    z.object({
      field: z.enum([
        'bedrijfsnaam',
        'email',
        'raamwerkcontractnummer',
        'loonheffingennummer',
        'werkgeverId',
        'hasDga',
        'dgaNaam',
        'dgaPersoneelsnummer',
        'verloning',
        'dertiendeMaand',
      ]),
      index: z.optional(z.int()),
      label: z.optional(z.string()),
      status: z.enum(['filled', 'not-found', 'conflict', 'skipped']),
      detail: z.optional(z.string()),
    }),
  ),
});
const reportsAgree: Same<z.infer<typeof FillReportSchema>, FillReport> = true;
void reportsAgree;

/** Only our own extension may talk to us: rejects messages from other extensions and pages. */
export function isFromThisExtension(sender: { id?: string }, ownId: string): boolean {
  return sender.id === ownId;
}
