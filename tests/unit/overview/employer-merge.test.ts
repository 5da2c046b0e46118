import { describe, expect, it } from 'vitest';
import { findDuplicateGroups, mergeEmployerRecords, mergeGroup, takeOther, unionDgas } from '../../../utils/employers/merge';
import { newEmployerRecord, type EmployerRecord } from '../../../utils/employers/record';
import { validDraft } from '../registration/fixtures';

const record = (id: string, over: Partial<EmployerRecord> = {}, draft: Parameters<typeof validDraft>[0] = {}): EmployerRecord => ({
  ...newEmployerRecord(id, '2026-01-01T00:00:00.000Z'),
  draft: validDraft(draft),
  ...over,
});

const snapshot = (werkgeverId: string, numbers: string[], capturedAt: string) => ({
  werkgeverId,
  werkgeverNaam: 'Bakkerij Jansen',
  loonheffingennummers: numbers,
  capturedAt,
});

describe('mergeEmployerRecords', () => {
  it('unions DGAs by personeelsnummer (leading zeros are the same employee) and keeps a name over none', () => {
    const a = record('a', {}, { dgas: [{ naam: 'J. Jansen', personeelsnummer: '12' }, { naam: '', personeelsnummer: '30' }] });
    const b = record('b', {}, { dgas: [{ naam: 'Jan Jansen', personeelsnummer: '012' }, { naam: 'P. Bos', personeelsnummer: '30' }, { naam: 'K. Mol', personeelsnummer: '' }] });
    const { merged } = mergeEmployerRecords(a, b);
    expect(merged.draft.dgas).toEqual([
      { naam: 'J. Jansen', personeelsnummer: '12' },
      { naam: 'P. Bos', personeelsnummer: '30' },
      { naam: 'K. Mol', personeelsnummer: '' },
    ]);
  });

  it('a typed value beats a captured one, whichever side is newer', () => {
    const typed = record('a', { edited: ['werkgeverNaam'], updatedAt: '2026-01-01T00:00:00Z' }, { werkgeverNaam: 'Bakkerij Jansen (Utrecht)' });
    const captured = record('b', { updatedAt: '2026-03-01T00:00:00Z' }, { werkgeverNaam: 'Bakkerij Jansen B.V.' });
    for (const [x, y] of [[typed, captured], [captured, typed]] as const) {
      const { merged, conflicts } = mergeEmployerRecords(x, y);
      expect(merged.draft.werkgeverNaam).toBe('Bakkerij Jansen (Utrecht)');
      expect(merged.edited).toEqual(['werkgeverNaam']);
      expect(conflicts).toEqual([]);
    }
  });

  it('two different typed values: the later edit is kept, the other reported and can be taken instead', () => {
    const older = record('a', { updatedAt: '2026-01-01T00:00:00Z' }, { dertiendeMaand: false });
    const newer = record('b', { updatedAt: '2026-02-01T00:00:00Z' }, { dertiendeMaand: true });
    const { merged, conflicts } = mergeEmployerRecords(older, newer);
    expect(merged.id).toBe('a');
    expect(merged.draft.dertiendeMaand).toBe(true);
    expect(conflicts).toEqual([{ field: 'dertiendeMaand', kept: true, other: false }]);
    expect(takeOther(merged, conflicts[0]!).draft.dertiendeMaand).toBe(false);
  });

  it('an empty answer never wins over a given one and is no conflict', () => {
    const empty = record('a', { updatedAt: '2026-05-01T00:00:00Z' }, { verloning: null, hasDga: null, dgas: [] });
    const filled = record('b', { updatedAt: '2026-01-01T00:00:00Z' }, { verloning: '4weken', hasDga: true });
    const { merged, conflicts } = mergeEmployerRecords(empty, filled);
    expect(merged.draft.verloning).toBe('4weken');
    expect(merged.draft.hasDga).toBe(true);
    expect(conflicts).toEqual([]);
  });

  it('the later stage wins, with its date', () => {
    const sent = record('a', { updatedAt: '2026-05-01T00:00:00Z' }, { status: { stage: 'verstuurd', sentAt: '2026-04-01T00:00:00Z' } });
    const waiting = record('b', { updatedAt: '2026-01-01T00:00:00Z' }, { status: { stage: 'wacht-op-keylane', since: '2026-04-03T00:00:00Z' } });
    expect(mergeEmployerRecords(sent, waiting).merged.draft.status).toEqual({ stage: 'wacht-op-keylane', since: '2026-04-03T00:00:00Z' });
    expect(mergeEmployerRecords(waiting, sent).merged.draft.status).toEqual({ stage: 'wacht-op-keylane', since: '2026-04-03T00:00:00Z' });
  });

  it('two different first-exchange dates are a status conflict', () => {
    const x = record('a', { updatedAt: '2026-05-01T00:00:00Z' }, { status: { stage: 'bevestigd', firstExchangeDate: '2026-06-01' } });
    const y = record('b', { updatedAt: '2026-01-01T00:00:00Z' }, { status: { stage: 'bevestigd', firstExchangeDate: '2026-07-01', confirmedAt: '2026-01-01T00:00:00Z' } });
    const { merged, conflicts } = mergeEmployerRecords(x, y);
    expect(merged.draft.status).toEqual({ stage: 'bevestigd', firstExchangeDate: '2026-06-01', confirmedAt: '2026-01-01T00:00:00Z' });
    expect(conflicts.map((c) => c.field)).toEqual(['status']);
  });

  it('keeps both Werkgever IDs in view: a number and a GUID of one employer are a conflict, and the numbers of both snapshots stay offered', () => {
    const byNumber = record('a', { loket: snapshot('20720', ['123456782L01'], '2026-01-01T00:00:00Z'), updatedAt: '2026-01-01T00:00:00Z' }, { werkgeverId: '20720' });
    const byGuid = record(
      'b',
      { loket: snapshot('b14acd0d-75d7-4fc8-8b22-4a3924585cab', ['123456782L02'], '2026-02-01T00:00:00Z'), updatedAt: '2026-02-01T00:00:00Z' },
      { werkgeverId: 'b14acd0d-75d7-4fc8-8b22-4a3924585cab' },
    );
    const { merged, conflicts } = mergeEmployerRecords(byNumber, byGuid);
    expect(conflicts).toEqual([{ field: 'werkgeverId', kept: 'b14acd0d-75d7-4fc8-8b22-4a3924585cab', other: '20720' }]);
    expect(merged.loket?.loonheffingennummers).toEqual(['123456782L02', '123456782L01']);
  });

  it('keeps an accepted eleven-test failure only for the number that survives', () => {
    const x = record('a', { updatedAt: '2026-02-01T00:00:00Z' }, { loonheffingennummer: '123456789L01', elevenTestAcceptedFor: '123456789L01' });
    const y = record('b', { updatedAt: '2026-01-01T00:00:00Z' }, { loonheffingennummer: '', elevenTestAcceptedFor: null });
    expect(mergeEmployerRecords(y, x).merged.draft.elevenTestAcceptedFor).toBe('123456789L01');
  });

  it('unions DGA candidates', () => {
    const x = record('a', { dgaCandidates: [{ naam: 'A', personeelsnummer: '1' }] });
    const y = record('b', { dgaCandidates: [{ naam: 'B', personeelsnummer: '2' }, { naam: 'A', personeelsnummer: '1' }] });
    expect(mergeEmployerRecords(x, y).merged.dgaCandidates).toHaveLength(2);
  });

  it('merging a record with itself changes nothing', () => {
    const x = record('a', { edited: ['verloning'] });
    expect(mergeEmployerRecords(x, structuredClone(x))).toEqual({ merged: x, conflicts: [] });
  });
});

describe('unionDgas', () => {
  it('falls back to the name (case-insensitive) when there is no personeelsnummer', () => {
    expect(unionDgas([{ naam: 'Jan', personeelsnummer: '' }], [{ naam: ' jan ', personeelsnummer: '' }])).toHaveLength(1);
  });
});

describe('findDuplicateGroups', () => {
  it('groups by normalised loonheffingennummer, Werkgever ID, and transitively; others stay alone', () => {
    const records = {
      e1: record('e1', {}, { werkgeverId: '1', loonheffingennummer: '123456782 l01' }),
      e2: record('e2', {}, { werkgeverId: '2', loonheffingennummer: '123456782L01' }),
      e3: record('e3', { loket: snapshot('2', ['111222333L01'], 'x') }, { werkgeverId: 'b14acd0d-75d7-4fc8-8b22-4a3924585cab', loonheffingennummer: '' }),
      e4: record('e4', {}, { werkgeverId: '4', loonheffingennummer: '111222333L02' }),
      e5: record('e5', {}, { werkgeverId: '5', loonheffingennummer: '' }),
      e6: record('e6', {}, { werkgeverId: '6', loonheffingennummer: '' }),
    };
    expect(findDuplicateGroups(records)).toEqual([['e1', 'e2', 'e3']]);
  });

  it('does not group on an incomplete number', () => {
    const records = { x: record('x', {}, { werkgeverId: '1', loonheffingennummer: '1234' }), y: record('y', {}, { werkgeverId: '2', loonheffingennummer: '1234' }) };
    expect(findDuplicateGroups(records)).toEqual([]);
  });

  it('mergeGroup folds a whole group into its first record', () => {
    const group = [record('a', {}, { dgas: [{ naam: 'A', personeelsnummer: '1' }] }), record('b', {}, { dgas: [{ naam: 'B', personeelsnummer: '2' }] }), record('c', {}, { dgas: [{ naam: 'C', personeelsnummer: '3' }] })];
    const { merged } = mergeGroup(group);
    expect(merged.id).toBe('a');
    expect(merged.draft.dgas.map((d) => d.naam)).toEqual(['A', 'B', 'C']);
  });
});
