import * as z from 'zod/mini';

/**
 * Stored shapes. A draft holds whatever the user typed or Loket.nl showed, valid or not:
 * validation (validate.ts) turns a draft into errors and warnings instead of rejecting it,
 * so nothing typed is ever lost.
 */

export const ProfileSchema = z.object({
  bedrijfsnaam: z.string(),
  email: z.string(),
  raamwerkcontractnummer: z.string(),
});
export type Profile = z.infer<typeof ProfileSchema>;
export const EMPTY_PROFILE: Profile = { bedrijfsnaam: '', email: '', raamwerkcontractnummer: '' };

export const DgaSchema = z.object({
  naam: z.string(),
  personeelsnummer: z.string(),
});
export type Dga = z.infer<typeof DgaSchema>;

/** Loket.nl knows three pay periods; a.s.r. only accepts the first two. */
export const PayPeriodSchema = z.enum(['maand', '4weken', 'week']);
export type PayPeriod = z.infer<typeof PayPeriodSchema>;

/**
 * Where a registration stands: Concept → Ingevuld (a.s.r. form filled) → Verstuurd (the user sent it)
 * → Wacht op Keylane → Koppeling bevestigd. Every stage carries the date it was reached; fields that
 * records from before a stage had its date lack are optional, so older stored data stays valid.
 * Order, dates and transitions live in ./stage.ts.
 */
export const RegistrationStatusSchema = z.discriminatedUnion('stage', [
  z.object({ stage: z.literal('concept') }),
  z.object({ stage: z.literal('ingevuld'), filledAt: z.string() }),
  z.object({ stage: z.literal('verstuurd'), sentAt: z.string() }),
  z.object({
    stage: z.literal('wacht-op-keylane'),
    since: z.optional(z.string()),
    /** yyyy-mm-dd: the day Keylane contacted the processor (the manual's step 3); absent while it has not. */
    keylaneContactDate: z.optional(z.string()),
  }),
  z.object({
    stage: z.literal('bevestigd'),
    /** yyyy-mm-dd, as a.s.r. announces it (the manual's step 4, may lie ahead); '' while unknown. */
    firstExchangeDate: z.string(),
    /** When a.s.r. confirmed the link: set on reaching the stage, the day the user enters when corrected. */
    confirmedAt: z.optional(z.string()),
    /** Kept from "Wacht op Keylane": step 3 stays on record once step 4 is reached. */
    keylaneContactDate: z.optional(z.string()),
  }),
]);
export type RegistrationStatus = z.infer<typeof RegistrationStatusSchema>;

export const EmployerDraftSchema = z.object({
  werkgeverId: z.string(),
  werkgeverNaam: z.string(),
  loonheffingennummer: z.string(),
  /**
   * The normalised loonheffingennummer whose failed eleven-test the user knowingly accepted.
   * Tied to the number, so a different number (typed or captured) is checked afresh.
   */
  elevenTestAcceptedFor: z.nullable(z.string()),
  /** null: the DGA question is not answered yet. */
  hasDga: z.nullable(z.boolean()),
  dgas: z.array(DgaSchema),
  verloning: z.nullable(PayPeriodSchema),
  dertiendeMaand: z.nullable(z.boolean()),
  status: RegistrationStatusSchema,
});
export type EmployerDraft = z.infer<typeof EmployerDraftSchema>;

export function emptyEmployerDraft(werkgeverId = ''): EmployerDraft {
  return {
    werkgeverId,
    werkgeverNaam: '',
    loonheffingennummer: '',
    elevenTestAcceptedFor: null,
    hasDga: null,
    dgas: [],
    verloning: null,
    dertiendeMaand: null,
    status: { stage: 'concept' },
  };
}

export const FieldKeySchema = z.enum([
  'bedrijfsnaam',
  'email',
  'raamwerkcontractnummer',
  'werkgeverId',
  'loonheffingennummer',
  'hasDga',
  'dgas',
  'verloning',
  'dertiendeMaand',
]);
export type FieldKey = z.infer<typeof FieldKeySchema>;

export const SeveritySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof SeveritySchema>;

export const LocalizedTextSchema = z.object({ nl: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

// A schema like every other shape here, so an issue handed between parts of the extension
// can be checked on arrival and its type is inferred rather than written twice.
export const ValidationIssueSchema = z.object({
  field: FieldKeySchema,
  /** For DGA rows: which row (0-based) and which part. */
  dgaIndex: z.optional(z.int().check(z.nonnegative())),
  dgaPart: z.optional(z.enum(['naam', 'personeelsnummer'])),
  severity: SeveritySchema,
  /** A key of MESSAGES in messages.ts. */
  code: z.string(),
  /** Set for errors the user may knowingly override (failed eleven-test). */
  overridable: z.optional(z.boolean()),
  message: LocalizedTextSchema,
});
export type ValidationIssue = z.infer<typeof ValidationIssueSchema>;
