import { applyUserEdit, newEmployerRecord, type EmployerRecord } from '../employers/record';
import type { EmployerDraft, Profile } from '../registration/schema';
import {
  asrFormUrlItem,
  chosenEmployerIdItem,
  entryOf,
  lastEmployerIdItem,
  newId,
  profileItem,
  quarantineItem,
  readEmployer,
  readEmployerIndex,
  readProfile,
  readQuarantine,
  readRights,
  readSettings,
  rightsItem,
  settingsItem,
  tabEmployersItem,
  updateEmployer,
  employerTransaction,
  watchEmployer,
  watchEmployerIndex,
  writeEmployerUnlocked,
  writeProfile,
  type Settings,
} from '../store';
import type { TargetTab } from './target-tab';
import { employerOfTab } from './first-read';
import type { PopupBoot, PopupData } from './load';

/** Typing is saved this long after the last keystroke (the issue allows 300 ms). */
export const SAVE_DELAY_MS = 150;

export interface PopupState {
  data: PopupData | null;
  /** The tab the popup acts on; undefined until the first read is back. */
  target: TargetTab | null | undefined;
  loadFailed: boolean;
  saveError: boolean;
}

export type PopupStore = ReturnType<typeof createPopupStore>;

/**
 * The popup's state and its saving, outside React (components/popup/usePopupData.ts binds it).
 * Typing is saved as a patch under the storage lock, so a capture the background stores
 * meanwhile is kept. Only when the popup hides (it closes the moment it loses focus) is the
 * in-memory state written blindly (`flush(true)`): a read before the write could be cut off by
 * the closing page, and losing what was typed is the worse risk.
 */
export function createPopupStore(ready?: PopupBoot['ready']) {
  let state: PopupState = { data: ready?.data ?? null, target: ready?.target, loadFailed: false, saveError: false };
  const listeners = new Set<() => void>();
  /** Edits to one employer not yet written, re-applied over captures that arrive meanwhile. */
  let pendingEmployer: { id: string; patch: Partial<EmployerDraft> } | null = null;
  let pendingProfile = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Employer writes started by this popup: a read that began before one may be older than the screen. */
  let employerWrites = 0;
  /**
   * Reads of the employer the Loket.nl tab shows, started so far: only the newest selects. The
   * tab moving on twice starts two reads; the older, answered last, would show the employer the
   * tab no longer shows.
   */
  let tabReads = 0;
  /** While watching: the shown employer's watcher, and which employer it watches. */
  let watching = false;
  let watchedId: string | null = null;
  let unwatchShown: (() => void) | undefined;

  const set = (patch: Partial<PopupState>) => {
    if ((Object.keys(patch) as (keyof PopupState)[]).every((key) => patch[key] === state[key])) return;
    state = { ...state, ...patch };
    followShown();
    listeners.forEach((listener) => listener());
  };
  const setData = (next: PopupData | null) => set({ data: next });
  const update = (change: (d: PopupData) => PopupData) => {
    if (state.data) setData(change(state.data));
  };

  // Captures that arrive while the popup is open appear without reopening it. Only the shown
  // employer and the index are watched: a change to another employer costs the popup nothing.
  function followShown() {
    const selectedId = (watching && state.data?.selectedId) || null;
    if (selectedId === watchedId) return;
    unwatchShown?.();
    unwatchShown = undefined;
    watchedId = selectedId;
    if (!selectedId) return;
    unwatchShown = watchEmployer(selectedId, (record) => {
      if (!record) return;
      const pending = pendingEmployer;
      update((d) => ({
        ...d,
        records: {
          ...d.records,
          [record.id]: pending?.id === record.id ? applyUserEdit(record, pending.patch, new Date().toISOString()) : record,
        },
      }));
    });
  }

  /** Takes the boot's reads; returns the cancel (the popup closed, or other promises came). */
  function load(bootTarget: PopupBoot['target'], bootData: PopupBoot['data']): () => void {
    let cancelled = false;
    void Promise.all([bootTarget, bootData]).then(
      async ([tab, loaded]) => {
        if (cancelled) return;
        // Already shown when the boot was ready; what was typed since must not be replaced.
        if (!state.data) set({ target: tab, data: loaded });
        // The list of employers, a capture stored while the popup was loading (missed by the
        // watchers) and what the first reads set aside: read now that the employer is on screen.
        const writesBefore = employerWrites;
        const tabRead = ++tabReads;
        const [index, tabEmployers, quarantine] = await Promise.all([readEmployerIndex(), tabEmployersItem.getValue(), readQuarantine()]);
        const fromTab = employerOfTab(tab, tabEmployers);
        const record = await readEmployer(fromTab ?? loaded.selectedId ?? '');
        if (cancelled) return;
        // A capture stored since the first read is taken, with typing not yet written applied over
        // it (as the record watcher does): a blind write when the popup closes must not put the
        // older record back. After a write of typing this read may predate it: the screen stays.
        const pending = pendingEmployer;
        const take = record && employerWrites === writesBefore && (!pending || pending.id === record.id) ? record : null;
        update((d) => ({
          ...d,
          index,
          quarantine,
          records: take ? { ...d.records, [take.id]: pending ? applyUserEdit(take, pending.patch, new Date().toISOString()) : take } : d.records,
          selectedId: fromTab && take && !pending && tabRead === tabReads ? fromTab : d.selectedId,
        }));
      },
      () => {
        if (!cancelled) set({ loadFailed: true });
      },
    );
    return () => {
      cancelled = true;
    };
  }

  /** Starts the storage watchers; returns their stop. */
  function watch(): () => void {
    watching = true;
    followShown();
    const unwatch = [
      watchEmployerIndex((index) => update((d) => ({ ...d, index }))),
      // The Loket.nl tab this popup acts on now shows another (or its first) employer.
      tabEmployersItem.watch((tabEmployers) => {
        const id = employerOfTab(state.target ?? null, tabEmployers);
        if (!id || pendingEmployer) return;
        const tabRead = ++tabReads;
        void readEmployer(id).then((record) => {
          if (tabRead !== tabReads) return;
          update((d) => (record ? { ...d, records: { ...d.records, [id]: record }, selectedId: id } : d));
        });
      }),
      rightsItem.watch(() => void readRights().then((rights) => update((d) => ({ ...d, rights })))),
      profileItem.watch(() => {
        void readProfile().then((profile) => {
          // Checked when the read is back: a keystroke during the read wins.
          if (!pendingProfile) update((d) => ({ ...d, profile }));
        });
      }),
      quarantineItem.watch(() => void readQuarantine().then((quarantine) => update((d) => ({ ...d, quarantine })))),
      settingsItem.watch(() => void readSettings().then((settings) => update((d) => ({ ...d, settings })))),
    ];
    return () => {
      watching = false;
      followShown();
      unwatch.forEach((stop) => stop());
    };
  }

  /** Writes pending typing now; `closing`: the popup is hiding, the shown employer is written blindly. */
  function flush(closing = false): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const d = state.data;
    if (!d) return Promise.resolve();
    const writes: Promise<unknown>[] = [];
    if (pendingProfile) {
      pendingProfile = false;
      writes.push(writeProfile(d.profile));
    }
    const pending = pendingEmployer;
    if (pending) {
      employerWrites++;
      const at = new Date().toISOString();
      const shown = d.records[pending.id];
      const write =
        closing && shown
          ? writeEmployerUnlocked(shown)
          : updateEmployer(pending.id, (stored) =>
              applyUserEdit(stored ?? d.records[pending.id] ?? newEmployerRecord(pending.id, at), pending.patch, at),
            );
      writes.push(
        write.then(() => {
          // Only now is the patch in storage; typing since then stays pending.
          if (pendingEmployer === pending) pendingEmployer = null;
        }),
        lastEmployerIdItem.setValue(pending.id),
        chosenEmployerIdItem.setValue(pending.id),
      );
    }
    return Promise.all(writes).then(
      () => set({ saveError: false }),
      () => set({ saveError: true }),
    );
  }

  function scheduleSave() {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }

  /** `forId`: the employer an action started for (a fill may end after the user switched). */
  function editEmployer(patch: Partial<EmployerDraft>, forId?: string) {
    const d = state.data;
    if (!d) return;
    const at = new Date().toISOString();
    const id = forId ?? d.selectedId ?? newId();
    if (pendingEmployer && pendingEmployer.id !== id) void flush();
    const queued = pendingEmployer?.id === id ? pendingEmployer.patch : {};
    pendingEmployer = { id, patch: { ...queued, ...patch } };
    const base = d.records[id] ?? newEmployerRecord(id, at);
    setData({ ...d, selectedId: forId ? d.selectedId : id, records: { ...d.records, [id]: applyUserEdit(base, patch, at) } });
    // A new employer is stored at once: the write when the popup closes expects it listed.
    if (d.index.some((e) => e.id === id)) scheduleSave();
    else void flush();
  }

  function editProfile(patch: Partial<Profile>) {
    const d = state.data;
    if (!d) return;
    pendingProfile = true;
    setData({ ...d, profile: { ...d.profile, ...patch } });
    scheduleSave();
  }

  /** null: a new employer, kept only in the popup until something is typed. */
  async function selectEmployer(id: string | null) {
    await flush();
    const d = state.data;
    if (!d) return;
    if (id === null) {
      const fresh = newId();
      setData({ ...d, selectedId: fresh, mustPick: false, chosenId: fresh, lastSeenId: fresh });
      return;
    }
    const record = d.records[id] ?? (await readEmployer(id));
    if (!record) return;
    update((current) => ({
      ...current,
      selectedId: id,
      mustPick: false,
      chosenId: id,
      lastSeenId: id,
      records: { ...current.records, [id]: record },
    }));
    // Chosen in the popup: this is now both the choice and the employer worked on last.
    await storeChoice(id);
  }

  /** The employer chosen, in storage only (the a.s.r. page's own button reads it there). */
  function storeChoice(id: string): Promise<unknown> {
    return Promise.all([lastEmployerIdItem.setValue(id), chosenEmployerIdItem.setValue(id)]);
  }

  /** Deletes one employer after writing pending typing; returns it so the deletion can be undone. */
  async function removeEmployer(id: string): Promise<EmployerRecord | null> {
    await flush();
    const removed = (await readEmployer(id)) ?? state.data?.records[id] ?? null;
    await import('../store/delete-employer').then((m) => m.deleteEmployer(id));
    await chosenEmployerIdItem.getValue().then((v) => (v === id ? chosenEmployerIdItem.setValue(null) : undefined));
    update((d) => {
      const { [id]: _gone, ...records } = d.records;
      return { ...d, records, index: d.index.filter((e) => e.id !== id), selectedId: d.selectedId === id ? null : d.selectedId };
    });
    return removed;
  }

  async function restoreEmployer(record: EmployerRecord) {
    await updateEmployer(record.id, () => record);
    update((d) => ({
      ...d,
      records: { ...d.records, [record.id]: record },
      index: [...d.index.filter((e) => e.id !== record.id), entryOf(record)],
      selectedId: record.id,
    }));
    await storeChoice(record.id);
  }

  /** Replaces a group of duplicates by their merge (kept under the merged record's id). */
  async function replaceEmployers(removeIds: string[], merged: EmployerRecord) {
    await flush();
    await employerTransaction(async (tx) => {
      for (const id of removeIds) tx.remove(id);
      tx.put(merged);
    });
    update((d) => {
      const records = { ...d.records };
      for (const id of removeIds) delete records[id];
      return {
        ...d,
        records: { ...records, [merged.id]: merged },
        index: [...d.index.filter((e) => e.id !== merged.id && !removeIds.includes(e.id)), entryOf(merged)],
        selectedId: merged.id,
      };
    });
    await chosenEmployerIdItem.setValue(merged.id);
  }

  const rememberAsrForm = (url: string) => void asrFormUrlItem.setValue(url).catch(() => undefined);

  async function setLang(lang: Settings['lang']) {
    update((d) => ({ ...d, settings: { lang } }));
    await settingsItem.setValue({ lang });
  }

  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    load,
    watch,
    editEmployer,
    editProfile,
    selectEmployer,
    storeChoice,
    removeEmployer,
    restoreEmployer,
    replaceEmployers,
    rememberAsrForm,
    setLang,
    flush,
  };
}
