import * as z from 'zod/mini';
import { EmployerDraftSchema, ProfileSchema, type EmployerDraft, type Profile } from './schema';
import { normalizeEmployer, normalizeProfile, validateRegistration } from './validate';

// Kept apart from validate.ts so the popup, which never needs it, does not bundle it.

/**
 * A registration ready to be filled in on a.s.r.: the open questions are answered with
 * values a.s.r. accepts, and every blocking rule of validateRegistration holds (run as a
 * refinement, so the rules live in one place). Parsing yields the normalised values.
 */
export const CompleteRegistrationSchema = z.pipe(
  z
    .object({
      profile: ProfileSchema,
      employer: z.extend(EmployerDraftSchema, {
        hasDga: z.boolean(),
        verloning: z.enum(['maand', '4weken']),
        dertiendeMaand: z.boolean(),
      }),
    })
    .check(
      z.superRefine(({ profile, employer }, ctx) => {
    for (const i of validateRegistration(profile, employer)) {
      if (i.severity !== 'error') continue;
      const path: (string | number)[] =
        i.field === 'bedrijfsnaam' || i.field === 'email' || i.field === 'raamwerkcontractnummer'
          ? ['profile', i.field]
          : ['employer', i.field, ...(i.dgaIndex === undefined ? [] : [i.dgaIndex]), ...(i.dgaPart ? [i.dgaPart] : [])];
      ctx.addIssue({ code: 'custom', message: i.message.nl, path, params: { code: i.code } });
    }
      }),
    ),
  z.transform(({ profile, employer }) => {
    const e = normalizeEmployer(employer);
    // Rows kept under "Nee" are not part of what a.s.r. receives.
    return { profile: normalizeProfile(profile), employer: { ...e, dgas: e.hasDga ? e.dgas : [] } };
  }),
);
export type CompleteRegistration = z.output<typeof CompleteRegistrationSchema>;

/** The complete, normalised registration, or null while any blocking error remains. */
export function completeRegistration(profile: Profile, draft: EmployerDraft): CompleteRegistration | null {
  const result = CompleteRegistrationSchema.safeParse({ profile, employer: draft });
  return result.success ? result.data : null;
}
