// Issue 24, "Next employer": after a send, the employer offered next is one not sent yet, ready
// ones first, then the one with the fewest fields missing.
import { describe, expect, it } from 'vitest';
import { nextEmployer, openNextEmployer } from '../../../utils/popup/next-employer';
import type { EmployerRecord } from '../../../utils/employers/record';
import { FULL } from '../../flows/data';

const record = (id: string, draft: Partial<EmployerRecord['draft']> = {}, updatedAt = '2026-12-01T10:00:00.000Z'): EmployerRecord =>
  ({ id, draft: { ...FULL.draft, ...draft }, loket: null, edited: [], dgaCandidates: [], updatedAt }) as EmployerRecord;

describe('nextEmployer', () => {
  it('skips the employer just sent and every one sent or further, and offers a ready one before an incomplete one', () => {
    const records = [
      record('sent', { status: { stage: 'verstuurd', sentAt: '2026-12-01T09:00:00.000Z' } }),
      record('keylane', { status: { stage: 'wacht-op-keylane', since: '2026-12-01T09:00:00.000Z' } }),
      record('incomplete', { loonheffingennummer: '' }, '2026-12-05T10:00:00.000Z'),
      record('ready', {}, '2026-11-01T10:00:00.000Z'),
      record('current'),
    ];
    const next = nextEmployer(FULL.profile, records, 'current');
    expect(next?.record.id).toBe('ready');
    expect(next?.ready).toBe(true);
  });

  it('among incomplete ones: the fewest fields missing first, then the most recently changed', () => {
    const records = [
      record('two-missing', { loonheffingennummer: '', verloning: null }, '2026-12-05T10:00:00.000Z'),
      record('one-missing-old', { verloning: null }, '2026-11-01T10:00:00.000Z'),
      record('one-missing-new', { dertiendeMaand: null }, '2026-11-02T10:00:00.000Z'),
    ];
    const next = nextEmployer(FULL.profile, records, null);
    expect(next).toMatchObject({ ready: false, missing: 1 });
    expect(next?.record.id).toBe('one-missing-new');
  });

  it('null when every other employer is sent already', () => {
    expect(nextEmployer(FULL.profile, [record('a'), record('b', { status: { stage: 'bevestigd', firstExchangeDate: '', confirmedAt: '2026-12-01T09:00:00.000Z' } })], 'a')).toBeNull();
  });
});

describe('"Volgende werkgever" after a send', () => {
  it('stores the next employer as the choice before its form starts to load, and shows it once the form has loaded', async () => {
    const order: string[] = [];
    let chosen = 'sent-one';
    await openNextEmployer({
      storeChoice: async () => {
        await Promise.resolve();
        chosen = 'next-one';
        order.push('stored');
      },
      openForm: async () => {
        // What the form page's own button reads when it loads.
        order.push(`form loads (button reads ${chosen})`);
      },
      show: () => order.push('shown'),
    });
    expect(order).toEqual(['stored', 'form loads (button reads next-one)', 'shown']);
  });

  it('a form that fails to open still leaves the next employer chosen and shown', async () => {
    const order: string[] = [];
    await openNextEmployer({
      storeChoice: async () => void order.push('stored'),
      openForm: () => Promise.reject(new Error('tab closed')),
      show: () => order.push('shown'),
    });
    expect(order).toEqual(['stored', 'shown']);
  });

  it('a choice that could not be stored still opens the form and shows the next employer', async () => {
    const order: string[] = [];
    await openNextEmployer({
      storeChoice: () => Promise.reject(new Error('storage full')),
      openForm: async () => void order.push('form loads'),
      show: () => order.push('shown'),
    });
    expect(order).toEqual(['form loads', 'shown']);
  });
});
