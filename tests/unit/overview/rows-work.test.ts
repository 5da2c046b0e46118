// The rows of 1,000 employers against the stored rights checks (utils/overview/rows.ts toRows):
// counted work, never time. Which check applies to an employer is worked out from the same
// checks for every row, so what does not depend on the employer is done once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EmployerRecord } from '../../../utils/employers/record';
import type { StoredCheck } from '../../../utils/rights/checklist';
import { toRow, toRows, type RowContext } from '../../../utils/overview/rows';
import { generateEmployers, generateRights } from '../../support/employers.mjs';

const work = vi.hoisted(() => ({ teamsOfUser: 0 }));
vi.mock('../../../utils/rights/teams', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../utils/rights/teams')>();
  return {
    ...actual,
    teamsOfUser: (...args: Parameters<typeof actual.teamsOfUser>) => {
      work.teamsOfUser++;
      return actual.teamsOfUser(...args);
    },
  };
});

const N = 1000;
const records = generateEmployers(N) as Record<string, EmployerRecord>;
// Three users; the link user's page lists all 1,000 employers by name.
const rights = Object.values(generateRights(records)) as StoredCheck[];
const context: RowContext = { rights, now: new Date('2026-11-20T12:00:00Z'), keylaneDays: 14 };

afterEach(() => vi.restoreAllMocks());

describe('toRows for 1,000 employers and 3 users', () => {
  it("resolves each user's teams once, not once per employer", () => {
    work.teamsOfUser = 0;
    toRows(records, context);
    expect(work.teamsOfUser).toBe(rights.length);
  });

  it('normalises each employer name and id once, and each line of the lists once', () => {
    const normalize = vi.spyOn(String.prototype, 'normalize');
    toRows(records, context);
    const lines = rights.reduce((n, c) => n + (c.capture.kind === 'rights' ? (c.capture.employers?.length ?? 0) : 0), 0);
    // The lists of this module's first call are normalised then; names: 2 per employer at most.
    expect(normalize.mock.calls.length).toBeLessThanOrEqual(lines + 2 * N + 2 * rights.length);
    normalize.mockClear();
    toRows(records, context);
    // A second time (a reload, same lists and names): nothing normalised again but the teams.
    expect(normalize.mock.calls.length).toBeLessThanOrEqual(2 * rights.length);
  });

  it('gives every row what it gives alone', () => {
    const rows = toRows(records, context);
    expect(rows.filter((r) => r.rights.state === 'ok')).toHaveLength(N);
    expect(rows.slice(0, 50)).toEqual(Object.values(records).slice(0, 50).map((r) => toRow(r, context)));
  });
});
