import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { newEmployerRecord, type EmployerRecord } from '../../../utils/employers/record';
import { entryRow, toRow, type RowContext } from '../../../utils/overview/rows';
import { entryOf } from '../../../utils/store/layout';
import { DEFAULT_QUERY, findRows, needsDetails, type OverviewQuery } from '../../../utils/overview/find';
import { CSV_HEADERS, rowsToCsv } from '../../../utils/overview/csv';
import { BACKUP_VERSION, applyPlan, makeBackup, planRestore, readBackup } from '../../../utils/overview/backup';
import type { RegistrationStatus } from '../../../utils/registration/schema';
import { EMPTY_PROFILE } from '../../../utils/registration/schema';
import { validDraft } from '../registration/fixtures';

// Noon UTC: the same calendar day in every time zone from UTC-11 to UTC+11.
const NOW = new Date('2026-11-20T12:00:00Z');
const context: RowContext = { rights: [], now: NOW, keylaneDays: 14 };

const record = (id: string, name: string, status: RegistrationStatus): EmployerRecord => ({
  ...newEmployerRecord(id, '2026-11-01T10:00:00.000Z'),
  draft: validDraft({ werkgeverId: id, werkgeverNaam: name, loonheffingennummer: '', status }),
});

const confirmed = (firstExchangeDate: string, confirmedAt = '2026-11-10T09:00:00.000Z'): RegistrationStatus => ({ stage: 'bevestigd', firstExchangeDate, confirmedAt });

const records = [
  record('1', 'Soon', confirmed('2026-11-24')),
  record('2', 'Today', confirmed('2026-11-20')),
  record('3', 'Edge', confirmed('2026-11-27')),
  record('4', 'Later', confirmed('2026-11-28')),
  record('5', 'Past', confirmed('2026-11-19')),
  record('6', 'Unknown', confirmed('')),
  record('7', 'Waiting', { stage: 'wacht-op-keylane', since: '2026-11-01T10:00:00.000Z', keylaneContactDate: '2026-11-05' }),
  record('8', 'Sent', { stage: 'verstuurd', sentAt: '2026-11-01T10:00:00.000Z' }),
];
const rows = records.map((r) => toRow(r, context));
const names = (q: Partial<OverviewQuery>) => findRows(rows, { ...DEFAULT_QUERY, ...q }).map((r) => r.name);

describe('steps 3 and 4 in the overview', () => {
  it('a row carries the Keylane contact, the confirmation and the first exchange', () => {
    const [soon] = rows;
    expect(soon).toMatchObject({ confirmed: '2026-11-10T09:00:00.000Z', firstExchange: '2026-11-24', daysToExchange: 4, keylaneContact: null });
    expect(rows[6]).toMatchObject({ keylaneContact: '2026-11-05', confirmed: null, firstExchange: null });
  });

  it('"eerste uitwisseling binnen 7 dagen": today up to a week ahead, not behind', () => {
    expect(names({ dates: 'exchangeWithinWeek' })).toEqual(['Edge', 'Soon', 'Today']);
  });

  it('"bevestigd, geen datum eerste uitwisseling": only confirmed links without the day', () => {
    expect(names({ dates: 'confirmedNoExchange' })).toEqual(['Unknown']);
  });

  it('a date filter waits for the records: an index entry knows no dates', () => {
    expect(needsDetails({ ...DEFAULT_QUERY, dates: 'confirmedNoExchange' })).toBe(true);
    expect(entryRow(entryOf(records[5]!)).firstExchange).toBeNull();
  });

  it('sorts on the first exchange day (unknown last, either way) and on the confirmation day within the stage', () => {
    expect(names({ sort: { key: 'firstExchange', direction: 'ascending' } }).slice(0, 5)).toEqual(['Past', 'Today', 'Soon', 'Edge', 'Later']);
    expect(names({ sort: { key: 'firstExchange', direction: 'descending' } }).slice(0, 5)).toEqual(['Later', 'Edge', 'Soon', 'Today', 'Past']);
    const early = toRow(record('9', 'Early', confirmed('', '2026-10-01T09:00:00.000Z')), context);
    const byStage = findRows([rows[0]!, early], { ...DEFAULT_QUERY, sort: { key: 'stage', direction: 'ascending' } });
    expect(byStage.map((r) => r.name)).toEqual(['Early', 'Soon']);
  });

  it('the CSV carries the three days in Dutch form', () => {
    const csv = Papa.parse<string[]>(rowsToCsv([rows[0]!, rows[6]!]).replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    const column = (name: string) => CSV_HEADERS.indexOf(name as (typeof CSV_HEADERS)[number]);
    expect(csv[0]).toEqual([...CSV_HEADERS]);
    expect(csv[1]![column('Eerste uitwisseling')]).toBe('24-11-2026');
    expect(csv[1]![column('Bevestigd op')]).toMatch(/^10-11-2026$/);
    expect(csv[2]![column('Keylane contact')]).toBe('05-11-2026');
    expect(csv[2]![column('Eerste uitwisseling')]).toBe('');
  });
});

describe('search ignores accents and case, and reads "ĳ" as "ij"', () => {
  const shops = [record('a', 'Café Reünie', confirmed('')), record('b', 'Ĳssalon De Pool', confirmed('')), record('c', 'IJzerhandel Smit', confirmed(''))];
  const found = (text: string) => findRows(shops.map((r) => toRow(r, context)), { ...DEFAULT_QUERY, text }).map((r) => r.name);
  const foundFirstPaint = (text: string) => findRows(shops.map((r) => entryRow(entryOf(r))), { ...DEFAULT_QUERY, text }).map((r) => r.name);

  it('finds with and without accents, in any case, on full rows and first-paint rows alike', () => {
    for (const search of [found, foundFirstPaint]) {
      expect(search('Reunie')).toEqual(['Café Reünie']);
      expect(search('CAFÉ reünie')).toEqual(['Café Reünie']);
      expect(search('ijssalon')).toEqual(['Ĳssalon De Pool']);
      expect(search('ĳssalon')).toEqual(['Ĳssalon De Pool']);
      expect(search('ĳzer')).toEqual(['IJzerhandel Smit']);
    }
  });
});

describe('back-up version 2', () => {
  const fixture = readFileSync(join(__dirname, 'fixtures/backup-v1.json'), 'utf8');

  it('carries the new days and says its version', () => {
    const waiting = record('w', 'Waiting', { stage: 'wacht-op-keylane', keylaneContactDate: '2026-11-05' });
    const backup = makeBackup({ profile: EMPTY_PROFILE, employers: { w: waiting }, rights: {} }, NOW);
    expect(backup.version).toBe(2);
    const read = readBackup(JSON.stringify(backup));
    expect(read.ok && read.backup.employers.w!.draft.status).toEqual({ stage: 'wacht-op-keylane', keylaneContactDate: '2026-11-05' });
  });

  it('a version-1 back-up made before these days still restores, everything in it kept', () => {
    const read = readBackup(fixture);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.backup.version).toBe(BACKUP_VERSION);
    const old = JSON.parse(fixture) as { employers: Record<string, EmployerRecord> };
    expect(read.backup.employers).toEqual(old.employers);
    const plan = planRestore({ profile: EMPTY_PROFILE, employers: {}, rights: {} }, read.backup);
    const restored = applyPlan({}, plan);
    expect(Object.keys(restored).sort()).toEqual(['emp-1', 'emp-2', 'emp-3']);
    const restoredRows = Object.values(restored).map((r) => toRow(r, context));
    expect(restoredRows.find((r) => r.id === 'emp-1')).toMatchObject({ firstExchange: '2026-12-01', confirmed: '2026-10-28T09:12:00.000Z' });
    expect(restoredRows.find((r) => r.id === 'emp-3')).toMatchObject({ stage: 'bevestigd', firstExchange: null, confirmed: null });
  });
});

describe('merging two records of one employer', () => {
  it('keeps the day Keylane made contact when only the side at the earlier stage knows it', async () => {
    const { mergeEmployerRecords } = await import('../../../utils/employers/merge');
    const waiting = record('a', 'Dubbel', { stage: 'wacht-op-keylane', since: '2026-11-01T10:00:00.000Z', keylaneContactDate: '2026-11-05' });
    const done = record('b', 'Dubbel', confirmed('2026-12-01'));
    for (const [x, y] of [[waiting, done], [done, waiting]] as const)
      expect(mergeEmployerRecords(x, y).merged.draft.status).toMatchObject({ stage: 'bevestigd', firstExchangeDate: '2026-12-01', keylaneContactDate: '2026-11-05' });
  });
});
