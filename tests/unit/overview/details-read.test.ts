// The overview's second read (utils/overview/store.ts readPortfolio): after the rows from the index,
// every record, the rights, the profile and the settings. Counted storage calls and keys, never
// time; and what a damaged or changed store gives, which must not differ from the store's own read.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPortfolio } from '../../../utils/overview/store';
import { ensureMigrated, readAllEmployers, readQuarantine } from '../../../utils/store';
import { EMPLOYER_PREFIX, LEGACY_KEY, employerKey, idsPageKey } from '../../../utils/store/layout';
import { idPagesIn, idsIn } from '../../../utils/store/pages';
import { generateEmployers } from '../../support/employers.mjs';
import { EmployerRecordSchema } from '../../../utils/employers/record';
import { meterStorage } from '../store/meter';
import { putRawEmployer, seedEmployers } from '../store/seed';
import { setMigrator } from '../../../utils/store/ready';
import { migrateLegacyEmployers } from '../../../utils/store/migrate';

beforeEach(() => fakeBrowser.reset());

/** The ids in list order, as the page shows them after its first read. */
async function listedIds(): Promise<string[]> {
  return idsIn(idPagesIn(await fakeBrowser.storage.local.get(null))!);
}

/** Counts the gets waiting for an answer at once. */
function inFlight() {
  const local = fakeBrowser.storage.local;
  const original = local.get;
  const seen = { now: 0, max: 0 };
  // Replaced by hand, not spied: meterStorage spies on get too.
  local.get = ((keys?: string[]) => {
    seen.max = Math.max(seen.max, ++seen.now);
    return original.call(local, keys!).finally(() => seen.now--);
  }) as typeof local.get;
  return { seen, stop: () => void (local.get = original) };
}

describe("the overview's read of every record, 1,000 employers", () => {
  it('asks for every key once, in calls of at most 50 keys all made before the first answers', async () => {
    await seedEmployers(1000);
    await ensureMigrated();
    const shown = await listedIds();
    const parallel = inFlight();
    const meter = meterStorage();
    const read = await readPortfolio(shown);
    meter.stop();
    parallel.stop();

    expect(Object.keys(read.employers)).toEqual(shown);
    const records = meter.read.filter((k) => k.startsWith(EMPLOYER_PREFIX));
    expect(records).toHaveLength(1000);
    expect(new Set(records).size).toBe(1000);
    // The list and the old item once, with the records: no round trip before them.
    expect(meter.read.filter((k) => k === idsPageKey(0) || k === LEGACY_KEY)).toHaveLength(2);
    expect(new Set(meter.read).size).toBe(meter.read.length);
    expect(meter.calls.get).toBe(Math.ceil(meter.read.length / 50));
    expect(parallel.seen.max).toBe(meter.calls.get);
  });

  it("validates each call's records as it answers, while the others are read; each record once", async () => {
    await seedEmployers(1000);
    await ensureMigrated();
    const shown = await listedIds();
    const local = fakeBrowser.storage.local;
    const original = local.get;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let answered = 0;
    // The call holding the last records answers last.
    local.get = (async (keys: string[]) => {
      const items = await original.call(local, keys);
      if (keys.includes(employerKey(shown.at(-1)!))) await held;
      else answered += keys.filter((k) => k.startsWith(EMPLOYER_PREFIX)).length;
      return items;
    }) as typeof local.get;
    const validate = vi.spyOn(EmployerRecordSchema, 'safeParse');
    try {
      const read = readPortfolio(shown);
      await vi.waitFor(() => expect(answered).toBeGreaterThan(800));
      await new Promise((resolve) => setTimeout(resolve));
      expect(validate).toHaveBeenCalledTimes(answered);
      release();
      expect(Object.keys((await read).employers)).toHaveLength(1000);
      expect(validate).toHaveBeenCalledTimes(1000);
    } finally {
      local.get = original;
      validate.mockRestore();
    }
  });

  it('gives what the store reads on its own', async () => {
    await seedEmployers(1000);
    await ensureMigrated();
    expect((await readPortfolio(await listedIds())).employers).toEqual(await readAllEmployers());
  });
});

describe('when the store is not as the page last showed it', () => {
  it('an employer listed since: read too, in one call more', async () => {
    await seedEmployers(300);
    await ensureMigrated();
    const shown = await listedIds();
    const added = Object.values(generateEmployers(301, 2)).at(-1)!;
    await putRawEmployer(added.id, added);
    const meter = meterStorage();
    const read = await readPortfolio(shown);
    meter.stop();
    expect(Object.keys(read.employers)).toEqual([...shown, added.id]);
    expect(meter.read.filter((k) => k === employerKey(added.id))).toHaveLength(1);
  });

  it('an employer deleted since: left out, nothing set aside', async () => {
    await seedEmployers(300);
    await ensureMigrated();
    const shown = await listedIds();
    const gone = shown[5]!;
    await fakeBrowser.storage.local.remove(employerKey(gone));
    const read = await readPortfolio(shown);
    expect(Object.keys(read.employers)).toEqual(shown.filter((id) => id !== gone));
    expect(await listedIds()).not.toContain(gone);
    expect(await readQuarantine()).toEqual([]);
  });

  it('a corrupt record: set aside whole into the quarantine, the others shown', async () => {
    const records = await seedEmployers(1000);
    await ensureMigrated();
    const shown = await listedIds();
    const id = shown[500]!;
    const damaged = { ...records[id]!, draft: 'kapot' };
    await fakeBrowser.storage.local.set({ [employerKey(id)]: damaged });
    const read = await readPortfolio(shown);
    expect(Object.keys(read.employers)).toEqual(shown.filter((x) => x !== id));
    expect(await readQuarantine()).toMatchObject([{ key: `employers.${id}`, raw: damaged }]);
  });

  it('the old single item stored again: moved first, then every employer read', async () => {
    await seedEmployers(10);
    await ensureMigrated();
    const shown = await listedIds();
    const old = generateEmployers(12, 3);
    const extra = Object.values(old).slice(10);
    await fakeBrowser.storage.local.set({ [LEGACY_KEY]: Object.fromEntries(extra.map((r) => [r.id, r])), employers$: { v: 2 } });
    // As the background answers a page that finds the old item (utils/store/ready.ts).
    setMigrator(migrateLegacyEmployers);
    const read = await readPortfolio(shown);
    expect(Object.keys(read.employers)).toEqual(expect.arrayContaining([...shown, ...extra.map((r) => r.id)]));
  });
});
