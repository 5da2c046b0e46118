import * as z from 'zod/mini';
import type { FillReport } from '../asr/types';
import { ASR_FIELD_KEYS, FILL_STATUSES } from '../asr/keys';
import type { Same } from './same';

/** a.s.r. content script → popup: validated by the popup before it is shown. */

/** `page`: the token of the form's document (see FillReport.page). */
export const ProbeReplySchema = z.object({ formFound: z.boolean(), origin: z.string(), page: z.optional(z.string()) });
export type ProbeReply = z.infer<typeof ProbeReplySchema>;

export const FillReportSchema = z.object({
  formFound: z.boolean(),
  fields: z.array(
    z.object({
      field: z.enum(ASR_FIELD_KEYS),
      index: z.optional(z.int()),
      label: z.optional(z.string()),
      status: z.enum(FILL_STATUSES),
      detail: z.optional(z.string()),
    }),
  ),
  failure: z.optional(
    z.object({ field: z.optional(z.enum(ASR_FIELD_KEYS)), index: z.optional(z.int()), label: z.optional(z.string()) }),
  ),
  page: z.optional(z.string()),
  otherEmployer: z.optional(z.object({ werkgeverId: z.optional(z.string()), loonheffingennummer: z.optional(z.string()) })),
});
const reportsAgree: Same<z.infer<typeof FillReportSchema>, FillReport> = true;
void reportsAgree;

