import * as z from 'zod/mini';
import { REQUIRED_RIGHTS } from '../loket/types';

// Its own module: the popup validates stored rights checks with it and must not bundle the rest.

/** Granted, not granted, or 'unknown' (listed without a visible state); old records hold booleans only. */
const RightStateSchema = z.union([z.boolean(), z.literal('unknown')]);

const RightsMap = z.object(
  Object.fromEntries(REQUIRED_RIGHTS.map((r) => [r, RightStateSchema])) as Record<
    (typeof REQUIRED_RIGHTS)[number],
    typeof RightStateSchema
  >,
);

export const RightsCaptureSchema = z.object({
  kind: z.literal('rights'),
  userName: z.string().check(z.minLength(1), z.maxLength(300)),
  userType: z.nullable(z.enum(['standard', 'webservice'])),
  active: z.nullable(z.boolean()),
  employers: z.nullable(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(5000))),
  rights: RightsMap,
  // Optional: records stored before teams were read have none (read as "not shown").
  teams: z.optional(z.nullable(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(200)))),
});

/** A team's rights page: stored beside the users' checks (utils/rights/teams.ts combines them). */
export const TeamCaptureSchema = z.object({
  kind: z.literal('team'),
  teamName: z.string().check(z.minLength(1), z.maxLength(300)),
  members: z.nullable(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(5000))),
  employers: z.nullable(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(5000))),
  rights: RightsMap,
});

