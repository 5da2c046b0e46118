import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { employersV1toV2 } from '../../../utils/store/migrations';

const v1Record = (draft: Record<string, unknown>) => ({
  id: 'e1',
  draft: {
    werkgeverId: '20720',
    werkgeverNaam: 'Bakkerij',
    loonheffingennummer: '1234.56.789.L.01',
    acceptFailedElevenTest: true,
    hasDga: false,
    dgas: [],
    verloning: 'maand',
    dertiendeMaand: false,
    status: { stage: 'concept' },
    ...draft,
  },
  loket: null,
  edited: [],
  dgaCandidates: [],
  updatedAt: '2026-10-01T00:00:00.000Z',
});

describe('employers v1 → v2', () => {
  it('ties an accepted eleven-test failure to the number it was given for', () => {
    const migrated = employersV1toV2({ e1: v1Record({}), e2: v1Record({ acceptFailedElevenTest: false }) }) as Record<
      string,
      { draft: Record<string, unknown> }
    >;
    expect(migrated.e1!.draft.elevenTestAcceptedFor).toBe('123456789L01');
    expect(migrated.e1!.draft).not.toHaveProperty('acceptFailedElevenTest');
    expect(migrated.e2!.draft.elevenTestAcceptedFor).toBeNull();
  });

  it('is safe to run on data that is already v2', () => {
    const v2 = employersV1toV2({ e1: v1Record({}) });
    expect(employersV1toV2(v2)).toEqual(v2);
  });

  it('passes what it does not recognise through untouched', () => {
    expect(employersV1toV2('rommel')).toBe('rommel');
    expect(employersV1toV2({ x: 5, y: { draft: null } })).toEqual({ x: 5, y: { draft: null } });
  });

  describe('through the move to one key per employer', () => {
    beforeEach(() => {
      fakeBrowser.reset();
      vi.resetModules();
    });

    it('migrates v1 data on load, and the migrated record passes validation', async () => {
      await fakeBrowser.storage.local.set({ employers: { e1: v1Record({}) }, employers$: { v: 1 } });
      await import('../../../utils/store/migrate'); // the background's migrator
      const { readAllEmployers, quarantineItem } = await import('../../../utils/store');
      const records = await readAllEmployers();
      expect(records.e1!.draft.elevenTestAcceptedFor).toBe('123456789L01');
      expect(await quarantineItem.getValue()).toEqual([]);
      expect(await fakeBrowser.storage.local.get(['employers', 'employers$'])).toEqual({});
    }, 60_000); // a fresh import of the modules is slow on a busy machine

    it('a page, which has no migrator, asks the background and reads the moved records', async () => {
      await fakeBrowser.storage.local.set({ employers: { e1: v1Record({}) }, employers$: { v: 1 } });
      const asked: unknown[] = [];
      fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
        asked.push(message);
        const { ensureMigrated } = await import('../../../utils/store/migrate'); // as the background does
        await ensureMigrated();
        return { migrated: true };
      });
      const { readAllEmployers } = await import('../../../utils/store');
      expect(Object.keys(await readAllEmployers())).toEqual(['e1']);
      expect(asked).toEqual([{ type: 'storage/migrate' }]);
    }, 60_000);
  });
});
