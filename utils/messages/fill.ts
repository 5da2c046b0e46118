import * as z from 'zod/mini';
import type { FillValues } from '../asr/types';
import { PAY_PERIODS } from '../asr/keys';
import type { Same } from './same';

/**
 * Popup → a.s.r. content script. The content script checks these with a lean hand-written
 * guard (utils/asr/request.ts); a property test proves it accepts exactly what this accepts.
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
  verloning: z.nullable(z.enum(PAY_PERIODS)),
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

