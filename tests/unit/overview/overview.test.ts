import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { newEmployerRecord, type EmployerRecord } from '../../../utils/employers/record';
import { entryRow, toRow, rightsSummary, type RowContext } from '../../../utils/overview/rows';
import { entryOf } from '../../../utils/store/layout';
import { DEFAULT_QUERY, filterRows, findRows, needsDetails, nextSort, sortRows, type OverviewQuery } from '../../../utils/overview/find';
import { CSV_HEADERS, fromIdCell, idCell, rowsToCsv, textCell } from '../../../utils/overview/csv';
import { applyPlan, BACKUP_VERSION, conflictKey, makeBackup, planRestore, readBackup, type Portfolio } from '../../../utils/overview/backup';
import type { RightsCheck } from '../../../utils/rights/checklist';
import { REQUIRED_RIGHTS } from '../../../utils/loket/types';
import { EMPTY_PROFILE } from '../../../utils/registration/schema';
import { validDraft } from '../registration/fixtures';

const NOW = new Date('2026-11-20T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 864e5).toISOString();

const record = (id: string, draft: Parameters<typeof validDraft>[0] = {}, over: Partial<EmployerRecord> = {}): EmployerRecord => ({
  ...newEmployerRecord(id, daysAgo(1)),
  draft: validDraft(draft),
  ...over,
});

const check = (employers: string[] | null, over: Partial<RightsCheck> = {}): RightsCheck => ({
  capture: {
    kind: 'rights',
    userName: 'koppel',
    userType: 'standard',
    active: true,
    employers,
    rights: Object.fromEntries(REQUIRED_RIGHTS.map((r) => [r, true])) as RightsCheck['capture']['rights'],
  },
  readAt: daysAgo(1),
  dedicatedConfirmed: true,
  ...over,
});

const context = (over: Partial<RowContext> = {}): RowContext => ({ rights: [], now: NOW, keylaneDays: 14, ...over });

describe('rights summary', () => {
  it('in orde / mist n / niet gecontroleerd / verouderd', () => {
    const employer = { werkgeverId: '20720', werkgeverNaam: 'Bakkerij Jansen' };
    expect(rightsSummary(check(['Bakkerij Jansen']), employer, NOW)).toEqual({ state: 'ok' });
    const lacking = check(['Bakkerij Jansen']);
    lacking.capture.rights['Raadplegen HRM'] = false;
    lacking.capture.active = false;
    expect(rightsSummary(lacking, employer, NOW)).toEqual({ state: 'missing', count: 2 });
    expect(rightsSummary(undefined, employer, NOW)).toEqual({ state: 'unchecked' });
    expect(rightsSummary(check(['Bakkerij Jansen'], { dedicatedConfirmed: false }), employer, NOW)).toEqual({ state: 'unchecked' });
    expect(rightsSummary(check(['Bakkerij Jansen'], { readAt: daysAgo(45) }), employer, NOW)).toEqual({ state: 'outdated' });
  });
});

describe('rows and "heeft aandacht nodig"', () => {
  it('missing data counts until the registration is sent', () => {
    expect(toRow(record('a', { verloning: null }), context()).attention).toEqual(['missingData']);
    expect(toRow(record('a', { verloning: null, status: { stage: 'verstuurd', sentAt: daysAgo(1) } }), context()).attention).toEqual([]);
  });

  it('missing rights: a check whose user cannot reach this employer', () => {
    expect(toRow(record('a'), context({ rights: [check(['Iemand Anders B.V.'])] })).attention).toEqual(['missingRights']);
  });

  it('waiting for Keylane longer than the set number of days', () => {
    const waiting = record('a', { status: { stage: 'wacht-op-keylane', since: daysAgo(20) } });
    expect(toRow(waiting, context({ keylaneDays: 14 })).attention).toEqual(['keylaneWaiting']);
    expect(toRow(waiting, context({ keylaneDays: 30 })).attention).toEqual([]);
  });

  it('numbers: the chosen one and the other administrations', () => {
    const row = toRow(
      record('a', { loonheffingennummer: '123456782L02' }, { loket: { werkgeverId: '20720', loonheffingennummers: ['123456782L01', '123456782L02'], capturedAt: daysAgo(3) } }),
      context(),
    );
    expect(row.numbers).toEqual([
      { number: '123456782L01', administration: null, chosen: false },
      { number: '123456782L02', administration: null, chosen: true },
    ]);
    expect(row.lastSeen).toBe(daysAgo(3));
  });

  it('numbers with their administration names, in the row, the search and the CSV', () => {
    const loket = {
      werkgeverId: '20720',
      loonheffingennummers: ['123456782L01', '123456782L02'],
      administraties: [
        { naam: 'Hoofdvestiging', loonheffingennummer: '123456782L01' },
        { naam: 'Filiaal Zuid', loonheffingennummer: '123456782L02' },
      ],
      capturedAt: daysAgo(3),
    };
    const row = toRow(record('a', { loonheffingennummer: '123456782L01' }, { loket }), context());
    expect(row.numbers).toEqual([
      { number: '123456782L01', administration: 'Hoofdvestiging', chosen: true },
      { number: '123456782L02', administration: 'Filiaal Zuid', chosen: false },
    ]);
    expect(findRows([row], { ...DEFAULT_QUERY, text: 'filiaal zuid' })).toHaveLength(1);
    const [, cells] = Papa.parse<string[]>(rowsToCsv([row]).slice(1), { delimiter: ';' }).data;
    expect(cells!.slice(2, 5)).toEqual(['="123456782L01"', '123456782L02 · Filiaal Zuid', 'Hoofdvestiging']);
  });
});

describe('find', () => {
  const rows = [
    record('a', { werkgeverNaam: 'Bakkerij Jansen', werkgeverId: '20720', loonheffingennummer: '123456782L01', dgas: [{ naam: 'Piet Bos', personeelsnummer: '1' }] }),
    record('b', { werkgeverNaam: 'Autobedrijf Mol', werkgeverId: '31337', loonheffingennummer: '111222333L01', dgas: [], hasDga: false, status: { stage: 'verstuurd', sentAt: daysAgo(2) } }),
    record('c', { werkgeverNaam: 'Zorggroep Baken', werkgeverId: '4100', loonheffingennummer: '', dgas: [], hasDga: false, status: { stage: 'verstuurd', sentAt: daysAgo(9) } }),
  ].map((r) => toRow(r, context()));
  const ids = (q: Partial<OverviewQuery>) => findRows(rows, { ...DEFAULT_QUERY, ...q }).map((r) => r.id);

  it('searches name, Werkgever ID, loonheffingennummer (loosely typed) and DGA name', () => {
    expect(ids({ text: 'jansen' })).toEqual(['a']);
    expect(ids({ text: '31337' })).toEqual(['b']);
    expect(ids({ text: '1112.22.333 l01' })).toEqual(['b']);
    expect(ids({ text: 'piet bos' })).toEqual(['a']);
    expect(ids({ text: 'bak' })).toEqual(['a', 'c']);
  });

  it('filters by stage and attention', () => {
    expect(ids({ stages: ['verstuurd'] })).toEqual(['b', 'c']);
    expect(ids({ attentionOnly: true })).toEqual([]);
  });

  it('sorts any column both ways; empty values last either way; stage by the date it was reached', () => {
    expect(ids({ sort: { key: 'werkgeverId', direction: 'ascending' } })).toEqual(['c', 'a', 'b']);
    expect(ids({ sort: { key: 'werkgeverId', direction: 'descending' } })).toEqual(['b', 'a', 'c']);
    expect(ids({ sort: { key: 'numbers', direction: 'descending' } })).toEqual(['a', 'b', 'c']);
    expect(ids({ sort: { key: 'stage', direction: 'ascending' } })).toEqual(['a', 'c', 'b']);
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'stage')).toEqual({ key: 'stage', direction: 'ascending' });
  });
});

describe('rows painted from index entries', () => {
  const full = record('a', { werkgeverNaam: 'Bakkerij Jansen', werkgeverId: '20720', loonheffingennummer: '1234.56.782.l01', dgas: [{ naam: 'Piet Bos', personeelsnummer: '1' }] });
  const light = entryRow(entryOf(full));

  it('carry name, Werkgever ID, numbers (normalised) and stage; nothing else is claimed', () => {
    expect(light).toMatchObject({ id: 'a', details: false, name: 'Bakkerij Jansen', werkgeverId: '20720', stage: full.draft.status.stage });
    expect(light.numbers).toEqual([{ number: '123456782L01', administration: null, chosen: false }]);
    expect(light).toMatchObject({ dgaNames: [], missing: [], attention: [], lastSeen: null, stageDate: null });
  });

  it('are found by name, ID and number; a DGA name needs the full row', () => {
    const q = (text: string) => findRows([light], { ...DEFAULT_QUERY, text }).length;
    expect([q('jansen'), q('20720'), q('1234.56.782 L01'), q('piet')]).toEqual([1, 1, 1, 0]);
    expect(needsDetails({ ...DEFAULT_QUERY, text: 'piet' })).toBe(true);
    expect(needsDetails({ ...DEFAULT_QUERY, attentionOnly: true })).toBe(true);
    expect(needsDetails({ ...DEFAULT_QUERY, stages: ['concept'] })).toBe(false);
  });

  it('sort last on the columns they do not know, whatever the direction', () => {
    const known = toRow(record('b', { werkgeverNaam: 'Autobedrijf Mol' }), context());
    for (const direction of ['ascending', 'descending'] as const)
      for (const key of ['rights', 'missing', 'lastSeen', 'dgas'] as const)
        expect(sortRows([light, known], { key, direction }).map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('filtering keeps the sorted order (a keystroke does not sort again)', () => {
    const rows = ['Qx Cees', 'Qx Anna', 'Bert', 'Qx Anton'].map((n, i) => toRow(record(String(i), { werkgeverNaam: n }), context()));
    const sorted = sortRows(rows, { key: 'name', direction: 'ascending' });
    expect(filterRows(sorted, { ...DEFAULT_QUERY, text: 'qx' }).map((r) => r.name)).toEqual(['Qx Anna', 'Qx Anton', 'Qx Cees']);
  });
});

describe('CSV for Dutch Excel', () => {
  it('starts with a BOM, uses ; and CRLF, Dutch headers, IDs as ="…" text, formulas defused', () => {
    const rows = [
      record('a', { werkgeverNaam: '=1+1', werkgeverId: '0012345678901234567' }),
      record('b', { werkgeverNaam: 'Van "Dijk"; Zn', dgas: [{ naam: 'A; B', personeelsnummer: '1' }] }),
    ].map((r) => toRow(r, context()));
    const csv = rowsToCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...CSV_HEADERS]);
    expect(parsed.data[1]![0]).toBe("'=1+1");
    expect(fromIdCell(parsed.data[1]![1]!)).toBe('0012345678901234567');
    expect(parsed.data[2]![0]).toBe('Van "Dijk"; Zn');
    expect(parsed.data[2]![6]).toBe('A; B');
  });

  it('cell helpers', () => {
    expect(idCell('')).toBe('');
    expect(idCell('a"b')).toBe('="a""b"');
    expect(fromIdCell(idCell('a"b'))).toBe('a"b');
    expect(textCell('-5')).toBe("'-5");
    expect(textCell('Bakkerij')).toBe('Bakkerij');
  });
});

describe('back-up', () => {
  const portfolio = (employers: EmployerRecord[]): Portfolio => ({
    profile: { bedrijfsnaam: 'Noord', email: '', raamwerkcontractnummer: 'A020' },
    employers: Object.fromEntries(employers.map((e) => [e.id, e])),
    rights: {},
  });

  it('round trip through text', () => {
    const p = portfolio([record('a'), record('b', { werkgeverId: '31337', loonheffingennummer: '111222333L01' })]);
    const read = readBackup(JSON.stringify(makeBackup(p, NOW)));
    expect(read.ok && read.backup.employers).toEqual(p.employers);
  });

  it('rejects damaged, foreign and newer files with a Dutch sentence', () => {
    const good = JSON.stringify(makeBackup(portfolio([record('a')]), NOW));
    const msg = (t: string) => {
      const r = readBackup(t);
      return r.ok ? 'ok' : r.message.nl;
    };
    expect(msg(good.slice(0, 40))).toMatch(/kan niet worden gelezen/);
    expect(msg('{"storage":{}}')).toMatch(/geen back-up van de koppelhulp/);
    expect(msg(good.replace(`"version":${BACKUP_VERSION}`, `"version":${BACKUP_VERSION + 1}`))).toMatch(/nieuwere versie/);
    expect(msg(good.replace('"concept"', '"kwijt"'))).toMatch(/beschadigd \(bij employers › a › draft › status/);
    expect(msg('\uFEFF' + good)).toBe('ok');
  });

  it('plans adds, merges and identical records; local-only records stay; a local id is kept for the same employer', () => {
    const local = portfolio([record('a', { dertiendeMaand: false }, { updatedAt: daysAgo(0) }), record('only-here', { werkgeverId: '5', loonheffingennummer: '' })]);
    const theirs = portfolio([
      // The same employer under another id: matched by loonheffingennummer.
      record('their-a', { dertiendeMaand: true, dgas: [{ naam: 'X', personeelsnummer: '9' }] }, { updatedAt: daysAgo(2) }),
      record('new', { werkgeverId: '77', loonheffingennummer: '111222333L01' }),
    ]);
    theirs.profile.email = 'x@y.nl';
    const plan = planRestore(local, makeBackup(theirs, NOW));
    expect(plan.add.map((r) => r.id)).toEqual(['new']);
    expect(plan.change.map((c) => c.localId)).toEqual(['a']);
    expect(plan.change[0]!.conflicts).toEqual([{ field: 'dertiendeMaand', local: false, backup: true, kept: 'local' }]);
    expect(plan.profile).toEqual({ bedrijfsnaam: 'Noord', email: 'x@y.nl', raamwerkcontractnummer: 'A020' });

    const after = applyPlan(local.employers, plan);
    expect(Object.keys(after).sort()).toEqual(['a', 'new', 'only-here']);
    expect(after.a!.draft.dertiendeMaand).toBe(false);
    expect(after.a!.draft.dgas.map((d) => d.naam)).toEqual(['J. Jansen', 'X']);
    const flipped = applyPlan(local.employers, plan, new Set([conflictKey('a', plan.change[0]!.conflicts[0]!)]));
    expect(flipped.a!.draft.dertiendeMaand).toBe(true);
  });

  it('restoring what is already here changes nothing', () => {
    const p = portfolio([record('a')]);
    const plan = planRestore(p, makeBackup(p, NOW));
    expect(plan).toMatchObject({ add: [], change: [], same: 1, rightsChanged: 0, profileChanged: false });
    expect(EMPTY_PROFILE.email).toBe('');
  });
});

describe('work at scale', () => {
  it("a rights check's employer list is normalised once, not once per employer shown", async () => {
    const { vi } = await import('vitest');
    const names = Array.from({ length: 300 }, (_, i) => `Werkgever ${i} B.V.`);
    const records = Object.fromEntries(names.map((n, i) => [`e${i}`, record(`e${i}`, { werkgeverNaam: n, werkgeverId: String(1000 + i) })]));
    const spy = vi.spyOn(String.prototype, 'normalize');
    const { toRows } = await import('../../../utils/overview/rows');
    const rows = toRows(records, context({ rights: [check(names)] }));
    expect(rows.every((r) => r.rights.state === 'ok')).toBe(true);
    // 300 list lines once, plus the employer's id and name a few times per row: linear, not 300 × 300.
    expect(spy.mock.calls.length).toBeLessThan(300 + 300 * 8);
  });
});

describe('CSV cells', () => {
  it('quotes only what needs it, and a real parser reads every cell back', async () => {
    const { csvCell } = await import('../../../utils/overview/csv');
    const cells = ['Bakkerij; De "Korenschoof"', 'regel 1\r\nregel 2', ' spatie', 'gewoon', '="00123"'];
    expect(csvCell('gewoon')).toBe('gewoon');
    const parsed = Papa.parse<string[]>(cells.map(csvCell).join(';'), { delimiter: ';' });
    expect(parsed.data[0]).toEqual(cells);
  });
});
