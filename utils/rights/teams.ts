import type { RightName, RightsCapture, TeamCapture } from '../loket/types';

/**
 * Rights through teams. Loket.nl's own help says a link user's rights may be held "individueel
 * of via het team": a right granted to a team the user belongs to counts. Pure: the popup, the
 * badge and the page panel all combine through here, so they cannot disagree.
 */

/** A team's rights page is stored beside the users' checks, under this key prefix. */
export const TEAM_KEY_PREFIX = 'team:';
export const teamKey = (teamName: string): string => TEAM_KEY_PREFIX + teamName;

export interface TeamCheck {
  capture: TeamCapture;
  readAt: string;
}

/** The teams a user is shown to be in: those whose rights were read, and those never read. */
export interface UserTeams {
  seen: TeamCheck[];
  /** Named as the user's team (on the user's page) but no page of the team was ever read. */
  unseen: string[];
}

export interface CombinedRight {
  state: 'granted' | 'missing' | 'undetermined';
  /** Granted to the user individually. */
  individually: boolean;
  /** Teams granting it, by name. */
  viaTeams: string[];
  /** Teams whose rights were never read: while the right is not granted, one of them might. */
  unseenTeams: string[];
}

export const normalizeName = (s: string): string =>
  s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A member line names the user when one of its parts is the user's name exactly: "Koppeling
 * a.s.r. (koppeling.asr)" names "Koppeling a.s.r." and "koppeling.asr", but "Jan Jansen" does not
 * name "Jan": a team wrongly counted would call a right granted that is not.
 */
export function lineNames(line: string, name: string): boolean {
  const wanted = normalizeName(name);
  return wanted.length > 0 && line.split(/[()[\]|,;–—]| - /).some((part) => normalizeName(part) === wanted);
}

const sameName = (a: string, b: string): boolean => normalizeName(a) === normalizeName(b);

/**
 * The teams a user is a member of by what the pages showed: named on the user's own page, or
 * listing the user among its members on the team's page. A team the user's page names whose
 * page was never read is "unseen".
 */
export function teamsOfUser(user: RightsCapture, teams: readonly TeamCheck[]): UserTeams {
  const named = user.teams ?? [];
  const seen = teams.filter(
    (t) => named.some((n) => sameName(n, t.capture.teamName)) || (t.capture.members ?? []).some((m) => lineNames(m, user.userName)),
  );
  const unseen = named.filter((n) => !teams.some((t) => sameName(n, t.capture.teamName)));
  return { seen, unseen: [...new Set(unseen)] };
}

/**
 * One right for a user: granted individually or by any team the user is in; else 'undetermined'
 * while a source could still grant it (a team never read, or a list that showed no state);
 * else missing. Unknown is never granted.
 */
export function combineRight(right: RightName, user: RightsCapture, teams: UserTeams): CombinedRight {
  const individually = user.rights[right] === true;
  const viaTeams = teams.seen.filter((t) => t.capture.rights[right] === true).map((t) => t.capture.teamName);
  const unseenTeams = teams.unseen;
  const unknown = user.rights[right] === 'unknown' || teams.seen.some((t) => t.capture.rights[right] === 'unknown');
  const state = individually || viaTeams.length > 0 ? 'granted' : unseenTeams.length > 0 || unknown ? 'undetermined' : 'missing';
  return { state, individually, viaTeams, unseenTeams };
}
