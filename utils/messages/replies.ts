import * as z from 'zod/mini';
import type { FillReport } from '../asr/types';
import type { Same } from './same';

/** a.s.r. content script → popup: validated by the popup before it is shown. */

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

