// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPopupStore, SAVE_DELAY_MS, type PopupStore } from '../../../utils/popup/popup-store';
import { bootPopup } from '../../../utils/popup/load';
import { FIRST_READ_GLOBAL } from '../../../utils/popup/first-read';
import { newEmployerRecord, type EmployerRecord } from '../../../utils/employers/record';
import {
  chosenEmployerIdItem,
  lastEmployerIdItem,
  profileItem,
  readEmployer,
  readEmployerIndex,
  readProfile,
  settingsItem,
  tabEmployersItem,
  updateEmployer,
  withStorageLock,
} from '../../../utils/store';
import { EMPLOYERS_LOCK } from '../../../utils/store/layout';
import { saveCapture } from '../../../utils/store/save-capture';

/** The popup's store, without React or a DOM: what utils/popup/popup-store.ts promises. */

const AT = '2026-11-01T00:00:00.000Z';
const stops: (() => void)[] = [];

function employer(id: string, werkgeverId: string, werkgeverNaam: string): EmployerRecord {
  const record = newEmployerRecord(id, AT, werkgeverId);
  return { ...record, draft: { ...record.draft, werkgeverNaam } };
}

/**
 * Stores the employers, opens the popup on `shown` and waits until the index is read after the
 * first paint. `watch: false`: the popup does not see what is stored meanwhile.
 */
async function openPopup(records: EmployerRecord[], shown: string, { watch = true } = {}): Promise<PopupStore> {
  for (const record of records) await updateEmployer(record.id, () => record);
  await lastEmployerIdItem.setValue(shown);
  const boot = bootPopup('');
  const store = createPopupStore();
  stops.push(store.load(boot.target, boot.data));
  if (watch) stops.push(store.watch());
  await vi.waitFor(() => expect(store.getState().data?.index.map((e) => e.id).sort()).toEqual(records.map((r) => r.id).sort()));
  expect(store.getState().data?.selectedId).toBe(shown);
  return store;
}

const shownDraft = (store: PopupStore) => {
  const data = store.getState().data!;
  return data.records[data.selectedId!]!.draft;
};

beforeEach(() => {
  fakeBrowser.reset();
  delete (globalThis as Record<string, unknown>)[FIRST_READ_GLOBAL];
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('typing', () => {
  it('is shown at once and saved after the delay, as a patch over what is stored meanwhile', async () => {
    // Unwatched, so the screen does not take the other write: only a patch (not the screen) keeps it.
    const store = await openPopup([employer('e1', '20720', 'Bakkerij')], 'e1', { watch: false });
    const seen: unknown[] = [];
    stops.push(store.subscribe(() => seen.push(store.getState())));

    store.editEmployer({ werkgeverNaam: 'Bakkerij De Korenschoof' });
    expect(shownDraft(store).werkgeverNaam).toBe('Bakkerij De Korenschoof');
    expect(seen).toHaveLength(1);
    // One save waits for the delay; nothing is written before it.
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    expect((await readEmployer('e1'))!.draft.werkgeverNaam).toBe('Bakkerij');

    // Another context writes the same employer before the save: the save keeps its change.
    await updateEmployer('e1', (r) => ({ ...r!, draft: { ...r!.draft, loonheffingennummer: '123456782L01' } }));
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(async () => expect((await readEmployer('e1'))!.draft.werkgeverNaam).toBe('Bakkerij De Korenschoof'));
    const stored = (await readEmployer('e1'))!;
    expect(stored.draft.loonheffingennummer).toBe('123456782L01');
    expect(stored.edited).toContain('werkgeverNaam');
    expect(await lastEmployerIdItem.getValue()).toBe('e1');
    expect(await chosenEmployerIdItem.getValue()).toBe('e1');
    expect(store.getState().saveError).toBe(false);
  });

  it('typing again restarts the delay; one save writes both keystrokes', async () => {
    const store = await openPopup([employer('e1', '20720', 'Bakkerij')], 'e1');
    store.editEmployer({ werkgeverNaam: 'B' });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 10);
    store.editEmployer({ verloning: 'maand' });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 10);
    expect((await readEmployer('e1'))!.draft.werkgeverNaam).toBe('Bakkerij');
    await vi.advanceTimersByTimeAsync(10);
    await vi.waitFor(async () => expect((await readEmployer('e1'))!.draft).toMatchObject({ werkgeverNaam: 'B', verloning: 'maand' }));
  });

  it('a capture arriving for the shown employer keeps the typing not yet saved on top', async () => {
    const store = await openPopup([employer('e1', '20720', 'Bakkerij')], 'e1');
    store.editEmployer({ werkgeverNaam: 'Getypt' });
    await saveCapture(
      { kind: 'company', werkgeverId: '20720', werkgeverNaam: 'Uit Loket', loonheffingennummers: ['123456782L01'], verloning: 'maand' },
      undefined,
    );
    await vi.waitFor(() => expect(shownDraft(store).loonheffingennummer).toBe('123456782L01'));
    expect(shownDraft(store)).toMatchObject({ werkgeverNaam: 'Getypt', verloning: 'maand' });
    expect((await readEmployer('e1'))!.draft.werkgeverNaam).toBe('Uit Loket');

    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await vi.waitFor(async () => expect((await readEmployer('e1'))!.draft.werkgeverNaam).toBe('Getypt'));
    expect((await readEmployer('e1'))!.draft.loonheffingennummer).toBe('123456782L01');
  });

  it('flush(true) writes the shown record at once, without waiting for the storage lock', async () => {
    const store = await openPopup([employer('e1', '20720', 'Bakkerij')], 'e1');
    store.editEmployer({ werkgeverNaam: 'Getypt' });
    const shown = store.getState().data!.records.e1!;
    let release!: () => void;
    const held = withStorageLock(EMPLOYERS_LOCK, () => new Promise<void>((resolve) => (release = resolve)));
    try {
      // While another context holds the lock: a locked write would wait, the closing popup's does not.
      await store.flush(true);
      expect(await readEmployer('e1')).toEqual(shown);
      expect(shown.draft.werkgeverNaam).toBe('Getypt');
      expect((await readEmployerIndex()).find((e) => e.id === 'e1')?.werkgeverNaam).toBe('Getypt');
      expect(await chosenEmployerIdItem.getValue()).toBe('e1');
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      release();
      await held;
    }
  });

  it('a new employer is stored at once, not after the delay', async () => {
    const store = await openPopup([employer('e1', '20720', 'Bakkerij')], 'e1');
    await store.selectEmployer(null);
    const fresh = store.getState().data!.selectedId!;
    expect(fresh).not.toBe('e1');
    expect(await readEmployer(fresh)).toBeNull();
    store.editEmployer({ werkgeverId: '30000' });
    expect(vi.getTimerCount()).toBe(0);
    await vi.waitFor(async () => expect((await readEmployer(fresh))?.draft.werkgeverId).toBe('30000'));
    expect(await chosenEmployerIdItem.getValue()).toBe(fresh);
  });

  it('profile typing is saved after the delay; a profile change read meanwhile does not replace it', async () => {
    const store = await openPopup([employer('e1', '20720', 'Bakkerij')], 'e1');
    store.editProfile({ bedrijfsnaam: 'Adviesbureau' });
    await profileItem.setValue({ bedrijfsnaam: 'Elders', email: '', raamwerkcontractnummer: '' });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().data!.profile.bedrijfsnaam).toBe('Adviesbureau');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await vi.waitFor(async () => expect((await readProfile()).bedrijfsnaam).toBe('Adviesbureau'));
  });
});

describe('choosing employers', () => {
  it('select writes pending typing first and stores the choice', async () => {
    const store = await openPopup([employer('e1', '20720', 'Bakkerij'), employer('e2', '30000', 'Slagerij')], 'e1');
    store.editEmployer({ werkgeverNaam: 'Bakkerij B.V.' });
    await store.selectEmployer('e2');
    expect((await readEmployer('e1'))!.draft.werkgeverNaam).toBe('Bakkerij B.V.');
    expect(store.getState().data).toMatchObject({ selectedId: 'e2', chosenId: 'e2', lastSeenId: 'e2', mustPick: false });
    expect(shownDraft(store).werkgeverNaam).toBe('Slagerij');
    expect(await lastEmployerIdItem.getValue()).toBe('e2');
    expect(await chosenEmployerIdItem.getValue()).toBe('e2');
  });

  it('remove deletes the employer and clears the choice; restore brings it back', async () => {
    const store = await openPopup([employer('e1', '20720', 'Bakkerij'), employer('e2', '30000', 'Slagerij')], 'e1');
    await store.selectEmployer('e2');
    const removed = await store.removeEmployer('e2');
    expect(removed?.draft.werkgeverNaam).toBe('Slagerij');
    expect(await readEmployer('e2')).toBeNull();
    expect((await readEmployerIndex()).map((e) => e.id)).toEqual(['e1']);
    expect(await chosenEmployerIdItem.getValue()).toBeNull();
    const afterRemove = store.getState().data!;
    expect(afterRemove.selectedId).toBeNull();
    expect(afterRemove.records.e2).toBeUndefined();
    expect(afterRemove.index.map((e) => e.id)).toEqual(['e1']);

    await store.restoreEmployer(removed!);
    expect(await readEmployer('e2')).toEqual(removed);
    expect(await lastEmployerIdItem.getValue()).toBe('e2');
    expect(await chosenEmployerIdItem.getValue()).toBe('e2');
    const afterRestore = store.getState().data!;
    expect(afterRestore.selectedId).toBe('e2');
    expect(afterRestore.index.map((e) => e.id).sort()).toEqual(['e1', 'e2']);
  });

  it('replace stores the merge in place of the duplicates and shows it', async () => {
    const store = await openPopup([employer('e1', '20720', 'Bakkerij'), employer('e2', '20720', 'Bakkerij BV')], 'e1');
    const merged = employer('e1', '20720', 'Bakkerij B.V.');
    await store.replaceEmployers(['e2'], merged);
    expect(await readEmployer('e2')).toBeNull();
    expect((await readEmployer('e1'))!.draft.werkgeverNaam).toBe('Bakkerij B.V.');
    expect(await chosenEmployerIdItem.getValue()).toBe('e1');
    expect(store.getState().data!.index.map((e) => e.id)).toEqual(['e1']);
    expect(shownDraft(store).werkgeverNaam).toBe('Bakkerij B.V.');
  });
});

describe('watchers', () => {
  it('rights and settings stored elsewhere reach the state; after stop they no longer do', async () => {
    const store = await openPopup([employer('e1', '20720', 'Bakkerij')], 'e1');
    await saveCapture(
      {
        kind: 'rights',
        userName: 'koppeling.asr',
        userType: 'standard',
        active: true,
        employers: null,
        rights: {
          'Beheren en raadplegen BSN': true,
          'Raadplegen beloningen': true,
          'Raadplegen dienstverbanden': true,
          'Raadplegen HRM': true,
          'Raadplegen loonoutput beperkt': false,
          'Raadplegen variabele gegevens': true,
        },
      },
      3,
    );
    await vi.waitFor(() => expect(store.getState().data!.rights['koppeling.asr']?.capture).toMatchObject({ userType: 'standard' }));
    await settingsItem.setValue({ lang: 'en' });
    await vi.waitFor(() => expect(store.getState().data!.settings.lang).toBe('en'));

    stops.splice(0).forEach((stop) => stop());
    await settingsItem.setValue({ lang: 'nl' });
    await updateEmployer('e1', (r) => ({ ...r!, draft: { ...r!.draft, werkgeverNaam: 'Later' } }));
    await vi.advanceTimersByTimeAsync(0);
    await readEmployer('e1');
    expect(store.getState().data!.settings.lang).toBe('en');
    expect(shownDraft(store).werkgeverNaam).toBe('Bakkerij');
  });

  it('the Loket.nl tab moving on twice: its last employer is shown, even when the older read answers last', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.loket.nl/werkgever/bedrijfsgegevens' });
    const records = [employer('e1', '20720', 'Bakkerij'), employer('e2', '20721', 'Slagerij'), employer('e3', '20722', 'Kapsalon')];
    for (const record of records) await updateEmployer(record.id, () => record);
    await tabEmployersItem.setValue({ [String(tab.id)]: 'e1' });
    const boot = bootPopup(`?tabId=${tab.id}`);
    const store = createPopupStore();
    stops.push(store.load(boot.target, boot.data));
    stops.push(store.watch());
    await vi.waitFor(() => expect(store.getState().data?.index).toHaveLength(3));
    expect(store.getState().data!.selectedId).toBe('e1');

    // The read of e2 (the tab's employer a moment ago) is answered only when released.
    const local = fakeBrowser.storage.local;
    const get = local.get.bind(local);
    const held: Array<() => void> = [];
    vi.spyOn(local, 'get').mockImplementation(((keys: string[]) => {
      const answer = get(keys);
      if (![keys].flat().includes('employer:e2')) return answer;
      return answer.then((value) => new Promise((resolve) => held.push(() => resolve(value))));
    }) as typeof local.get);
    await tabEmployersItem.setValue({ [String(tab.id)]: 'e2' });
    await vi.waitFor(() => expect(held).toHaveLength(1));
    await tabEmployersItem.setValue({ [String(tab.id)]: 'e3' });
    await vi.waitFor(() => expect(store.getState().data!.selectedId).toBe('e3'));

    held.splice(0).forEach((release) => release());
    await vi.advanceTimersByTimeAsync(0);
    await readEmployer('e1');
    expect(store.getState().data!.selectedId).toBe('e3');
    expect(shownDraft(store).werkgeverNaam).toBe('Kapsalon');
  });

  it('setLang shows and stores the language', async () => {
    const store = await openPopup([employer('e1', '20720', 'Bakkerij')], 'e1');
    const pending = store.setLang('en');
    expect(store.getState().data!.settings.lang).toBe('en');
    await pending;
    expect(await settingsItem.getValue()).toEqual({ lang: 'en' });
  });
});
