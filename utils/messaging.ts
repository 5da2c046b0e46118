import { z } from 'zod';
import type { LoketCapture } from './loket/types';
import { REQUIRED_RIGHTS } from './loket/types';
import type { FillReport } from './asr/types';

/**
 * Every message between the extension's parts, declared once and validated on receipt.
 * Content scripts send and receive plain objects (they stay lean and carry no zod); the
 * background and the popup validate with these schemas.
 */

const PayPeriod = z.enum(['maand', '4weken', 'week']);
const RightsMap = z.object(
  Object.fromEntries(REQUIRED_RIGHTS.map((r) => [r, z.boolean()])) as Record<
    (typeof REQUIRED_RIGHTS)[number],
    z.ZodBoolean
  >,
);

export const CompanyCaptureSchema = z.object({
  kind: z.literal('company'),
  werkgeverId: z.string().min(1).max(100),
  werkgeverNaam: z.string().max(300).optional(),
  loonheffingennummers: z.array(z.string().regex(/^\d{9}L\d{2}$/)).max(50),
  verloning: PayPeriod.optional(),
});

export const EmployeeCaptureSchema = z.object({
  kind: z.literal('employee'),
  werkgeverId: z.string().max(100).optional(),
  werkgeverNaam: z.string().max(300).optional(),
  naam: z.string().max(300),
  personeelsnummer: z.string().regex(/^\d{1,12}$/),
  isDga: z.boolean().nullable(),
});

export const RightsCaptureSchema = z.object({
  kind: z.literal('rights'),
  userName: z.string().min(1).max(300),
  userType: z.enum(['standard', 'webservice']).nullable(),
  active: z.boolean().nullable(),
  employers: z.array(z.string().max(300)).max(5000).nullable(),
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

export { FillValuesSchema, FillMessageSchema, ProbeMessageSchema } from './asr/request';
export type { FillMessage, ProbeMessage } from './asr/request';

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
      index: z.number().int().optional(),
      label: z.string().optional(),
      status: z.enum(['filled', 'not-found', 'conflict', 'skipped']),
      detail: z.string().optional(),
    }),
  ),
});
const reportsAgree: Same<z.infer<typeof FillReportSchema>, FillReport> = true;
void reportsAgree;

/** Only our own extension may talk to us: rejects messages from other extensions and pages. */
export function isFromThisExtension(sender: { id?: string }, ownId: string): boolean {
  return sender.id === ownId;
}
