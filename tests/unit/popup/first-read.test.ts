import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFirstPaint, FIRST_READ_GLOBAL } from '../../../utils/popup/first-read';
import { bootPopup } from '../../../utils/popup/load';
import { ensureMigrated, lastEmployerIdItem, chosenEmployerIdItem, profileItem, readQuarantine } from '../../../utils/store';
import { LEGACY_KEY } from '../../../utils/store/layout';
import { meterStorage } from '../store/meter';
import { seedEmployers } from '../store/seed';

beforeEach(() => {
  fakeBrowser.reset();
  delete (globalThis as Record<string, unknown>)[FIRST_READ_GLOBAL];
});

describe("the popup's first read (utils/popup/first-read.ts)", () => {
  it('reads the small items in one call and the employers that can be shown in a second', async () => {
    const records = await seedEmployers(50);
    await ensureMigrated();
    const [a, b] = Object.keys(records);
    await lastEmployerIdItem.setValue(a!);
    await chosenEmployerIdItem.setValue(b!);
    const meter = meterStorage();
    const first = await readFirstPaint('');
    meter.stop();
    expect(meter.calls.get).toBe(2);
    expect(first.candidateIds).toEqual([b, a]);
    expect(Object.keys(first.employers ?? {}).sort()).toEqual([`employer:${a}`, `employer:${b}`].sort());
  });

  it('while the old single item is still stored, reads no employer key (the popup waits for the migration)', async () => {
    await fakeBrowser.storage.local.set({ [LEGACY_KEY]: {}, lastEmployerId: 'emp_x' });
    const meter = meterStorage();
    const first = await readFirstPaint('');
    meter.stop();
    expect(meter.calls.get).toBe(1);
    expect(first.employers).toBeNull();
  });

  it('the popup takes what the first-read script started instead of reading again', async () => {
    const records = await seedEmployers(3);
    await ensureMigrated();
    const id = Object.keys(records)[0]!;
    await lastEmployerIdItem.setValue(id);
    (globalThis as Record<string, unknown>)[FIRST_READ_GLOBAL] = readFirstPaint('');
    await (globalThis as unknown as Record<string, Promise<unknown>>)[FIRST_READ_GLOBAL];
    const meter = meterStorage();
    const data = await bootPopup('').data;
    meter.stop();
    expect(data.selectedId).toBe(id);
    expect(meter.calls.get).toBe(0);
  });

  it('a corrupt profile read this way is still set aside and replaced, not shown', async () => {
    await ensureMigrated();
    await profileItem.setValue({ bedrijfsnaam: 42 });
    const data = await bootPopup('').data;
    expect(data.profile.bedrijfsnaam).toBe('');
    expect((await readQuarantine()).map((e) => e.key)).toContain('profile');
  });
});
