import * as z from 'zod/mini';
import type { FillValues } from './types';

/**
 * The two requests the a.s.r. content script accepts, in zod's tree-shakable "mini" form:
 * this runs inside the content script, which must stay small.
 */

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

export const FillMessageSchema = z.object({
  type: z.literal('asr/fill'),
  values: FillValuesSchema,
  options: z.object({ overwriteConflicts: z.boolean() }),
});
export type FillMessage = z.infer<typeof FillMessageSchema>;

export const ProbeMessageSchema = z.object({ type: z.literal('asr/probe') });
export type ProbeMessage = z.infer<typeof ProbeMessageSchema>;

const AsrRequestSchema = z.discriminatedUnion('type', [FillMessageSchema, ProbeMessageSchema]);
export type AsrRequest = z.infer<typeof AsrRequestSchema>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const valuesAgree: Same<z.infer<typeof FillValuesSchema>, FillValues> = true;
void valuesAgree;

/** null for anything that is not exactly one of our requests. */
export function parseAsrRequest(message: unknown): AsrRequest | null {
  const parsed = AsrRequestSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}
