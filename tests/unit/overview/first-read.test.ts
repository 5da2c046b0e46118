// The overview's first-read script (utils/overview/first-read.ts) and how the page's bundle
// takes its values (utils/overview/store.ts readFirstPaint): counted storage calls, and the
// store's own read (validation, repair) whenever the script's values are not usable.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readOverviewFirstRead } from '../../../utils/overview/first-read';
import { readFirstPaint } from '../../../utils/overview/store';
import { ensureMigrated, readEmployerIndex, readQuarantine, settingsItem } from '../../../utils/store';
import { EmployerIndexEntrySchema, LEGACY_KEY, entryIn, entryKey } from '../../../utils/store/layout';
import { meterStorage } from '../store/meter';
import { seedEmployers } from '../store/seed';

beforeEach(() => fakeBrowser.reset());

describe("the overview's first read", () => {
  it('reads settings, the id pages and every index entry in two calls; the bundle then reads nothing more', async () => {
    await seedEmployers(1000);
    await ensureMigrated();
    await settingsItem.setValue({ lang: 'en' });
    const meter = meterStorage();
    const early = readOverviewFirstRead();
    await early;
    const script = { ...meter.calls };
    const schemaParse = vi.spyOn(EmployerIndexEntrySchema, 'safeParse');
    const first = await readFirstPaint(early);
    meter.stop();
    // Checked value by value (utils/store/layout.ts entryIn), not by 1,000 runs of the schema.
    expect(schemaParse).not.toHaveBeenCalled();
    schemaParse.mockRestore();
    expect(script.get).toBe(2);
    expect(meter.calls.get).toBe(2); // none by the bundle
    expect(first.settings).toEqual({ lang: 'en' });
    expect(first.entries).toEqual(await readEmployerIndex());
    expect(first.entries).toHaveLength(1000);
  });

  it('beyond the pages read ahead, one call more', async () => {
    await seedEmployers(1900); // 9 full pages of 200: one past the 8 read with the root
    await ensureMigrated();
    const meter = meterStorage();
    const early = readOverviewFirstRead();
    const first = await readFirstPaint(early);
    meter.stop();
    expect(meter.calls.get).toBe(3);
    expect(first.entries.map((e) => e.id)).toEqual((await readEmployerIndex()).map((e) => e.id));
  });

  it('a damaged entry: the store reads, rebuilds it from its record and the page shows every employer', async () => {
    const records = await seedEmployers(30);
    await ensureMigrated();
    const id = Object.keys(records)[7]!;
    await fakeBrowser.storage.local.set({ [entryKey(id)]: { id, werkgeverNaam: 42 } });
    const first = await readFirstPaint(readOverviewFirstRead());
    expect(first.entries).toHaveLength(30);
    expect(first.entries[7]).toMatchObject({ id, werkgeverNaam: records[id]!.draft.werkgeverNaam });
    expect(entryIn((await fakeBrowser.storage.local.get(entryKey(id)))[entryKey(id)], id)).toMatchObject({ werkgeverNaam: records[id]!.draft.werkgeverNaam });
    expect(await readQuarantine()).toEqual([]); // a derived entry is rebuilt, not set aside
  });

  it('while the old single item is stored: no entry read by the script, the store path answers', async () => {
    await fakeBrowser.storage.local.set({ [LEGACY_KEY]: {} });
    const meter = meterStorage();
    const read = await readOverviewFirstRead();
    meter.stop();
    expect(meter.calls.get).toBe(1);
    expect(read.entries).toEqual({});
  });
});
