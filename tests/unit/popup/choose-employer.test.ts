import { describe, expect, it } from 'vitest';
import { newEmployerRecord, type EmployerRecord } from '../../../utils/employers/record';
import { chooseEmployer, pickOrder } from '../../../utils/popup/choose-employer';
import { validDraft, validProfile } from '../registration/fixtures';

const record = (id: string, over: Partial<EmployerRecord> = {}): EmployerRecord => ({
  ...newEmployerRecord(id, '2026-11-01T00:00:00.000Z'),
  ...over,
});
const ids = new Set(['a', 'b']);

describe('which employer the popup shows', () => {
  it('on a Loket.nl tab: the employer that tab shows', () => {
    expect(chooseEmployer({ site: 'loket', ids, tabEmployerId: 'b', chosenId: 'a', lastSeenId: 'a' })).toEqual({ selectedId: 'b', mustPick: false });
  });
  it('on a.s.r.: the popup choice, never silently the employer last seen in Loket.nl; differing, the user picks', () => {
    expect(chooseEmployer({ site: 'asr', ids, chosenId: 'a', lastSeenId: 'b' })).toEqual({ selectedId: 'a', mustPick: true });
  });
  it('on a.s.r. with the same employer on both sides: nothing to ask', () => {
    expect(chooseEmployer({ site: 'asr', ids, chosenId: 'a', lastSeenId: 'a' })).toEqual({ selectedId: 'a', mustPick: false });
  });
  it('without a popup choice: the last seen one (nothing else to go by)', () => {
    expect(chooseEmployer({ site: 'asr', ids, chosenId: null, lastSeenId: 'b' })).toEqual({ selectedId: 'b', mustPick: false });
  });
  it('a deleted choice does not count', () => {
    expect(chooseEmployer({ site: 'asr', ids, chosenId: 'gone', lastSeenId: 'b' })).toEqual({ selectedId: 'b', mustPick: false });
  });
  it('elsewhere: the choice, without asking', () => {
    expect(chooseEmployer({ site: 'other', ids, chosenId: 'a', lastSeenId: 'b' })).toEqual({ selectedId: 'a', mustPick: false });
  });
});

describe('the order employers are offered in', () => {
  it('ready to fill first, then the most recently changed', () => {
    const all = {
      newIncomplete: record('newIncomplete', { updatedAt: '2026-11-03T00:00:00.000Z' }),
      oldReady: record('oldReady', { draft: validDraft(), updatedAt: '2026-11-01T00:00:00.000Z' }),
      newReady: record('newReady', { draft: validDraft(), updatedAt: '2026-11-02T00:00:00.000Z' }),
    };
    expect(pickOrder(validProfile(), all).map((o) => [o.record.id, o.ready])).toEqual([
      ['newReady', true],
      ['oldReady', true],
      ['newIncomplete', false],
    ]);
  });
});
