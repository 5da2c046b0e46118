import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateEmployers, legacyStore } from '../../support/employers.mjs';
import { migrateLegacyEmployers } from '../../../utils/store/migrate';
import { entryOf } from '../../../utils/store/layout';
import { saveCapture } from '../../../utils/store/save-capture';
import { quarantineItem, readAllEmployers, readEmployer, readEmployerIndex, readRights } from '../../../utils/store';
import { meterStorage } from './meter';

/**
 * The move from the single `employers` item (versions ≤ 2) to one key per employer, on a store
 * of 1,000 generated employers with two damaged records among them.
 */

const records = generateEmployers(1000);
const damaged = { broken: { draft: 'kapot' }, wrongKey: { ...Object.values(records)[0]!, id: 'elders' } };
const legacy = () => {
  const store = legacyStore(records);
  return { ...store, employers: { ...store.employers, ...damaged } };
};

beforeEach(() => fakeBrowser.reset());

/** Everything stored, with the quarantine's timestamps left out (they differ run to run). */
async function snapshot() {
  const everything = await fakeBrowser.storage.local.get(null);
  const quarantine = (everything.quarantine as { at: string }[] | undefined)?.map(({ at: _at, ...rest }) => rest);
  return { ...everything, quarantine };
}

describe('moving 1,000 employers to one key each', () => {
  it('loses nothing: every record, its index entry, the rights; the damaged ones are set aside', async () => {
    await fakeBrowser.storage.local.set(legacy());
    await migrateLegacyEmployers();
    expect(await readAllEmployers()).toEqual(records);
    expect(await readEmployerIndex()).toEqual(Object.values(records).map(entryOf));
    expect(Object.keys(await readRights())).toHaveLength(3);
    expect((await quarantineItem.getValue()).map((q) => q.key).sort()).toEqual(['employers.broken', 'employers.wrongKey']);
    expect(await fakeBrowser.storage.local.get(['employers', 'employers$'])).toEqual({});
  });

  it('leaves captures finding their employer by Werkgever ID', async () => {
    await fakeBrowser.storage.local.set(legacy());
    await migrateLegacyEmployers();
    const target = Object.values(records)[417]!;
    await saveCapture(
      { kind: 'company', werkgeverId: target.draft.werkgeverId.toUpperCase(), werkgeverNaam: 'Andere Naam B.V.', loonheffingennummers: [], verloning: 'maand' },
      undefined,
    );
    expect(await readEmployerIndex()).toHaveLength(1000);
    expect((await readEmployer(target.id))!.loket!.werkgeverNaam).toBe('Andere Naam B.V.');
  });

  it('is a no-op when run again', async () => {
    await fakeBrowser.storage.local.set(legacy());
    await migrateLegacyEmployers();
    const after = await snapshot();
    await migrateLegacyEmployers();
    expect(await snapshot()).toEqual(after);
  });

  it('finishes the job after an interruption at any of its writes, with the same result', async () => {
    await fakeBrowser.storage.local.set(legacy());
    const meter = meterStorage();
    await migrateLegacyEmployers();
    meter.stop();
    const expected = await snapshot();
    const writes = meter.calls.set + meter.calls.remove;
    // Copies in batches, writes the list, then removes the old item: several steps to cut.
    expect(writes).toBeGreaterThanOrEqual(6);

    for (let cut = 1; cut <= writes; cut++) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set(legacy());
      let count = 0;
      const local = fakeBrowser.storage.local;
      const [set, remove] = [local.set.bind(local), local.remove.bind(local)];
      const crash = <A extends unknown[], R>(real: (...a: A) => Promise<R>) => (...args: A) => {
        if (++count === cut) return Promise.reject(new Error(`interrupted at write ${cut}`));
        return real(...args);
      };
      const spies = [vi.spyOn(local, 'set').mockImplementation(crash(set)), vi.spyOn(local, 'remove').mockImplementation(crash(remove))];
      await expect(migrateLegacyEmployers()).rejects.toThrow(`interrupted at write ${cut}`);
      spies.forEach((s) => s.mockRestore());
      // The old item is still there until the very last step, so nothing can be lost meanwhile.
      if (cut < writes) expect(Object.keys((await local.get('employers')).employers as object)).toHaveLength(1002);
      await migrateLegacyEmployers(); // the restart
      expect(await snapshot(), `interrupted at write ${cut} of ${writes}`).toEqual(expected);
    }
  }, 120_000);
});
