import { useCallback, useEffect, useRef, useState } from 'react';
import { applyUserEdit, newEmployerRecord, type EmployerRecord } from '../../utils/employers/record';
import type { EmployerDraft, Profile } from '../../utils/registration/schema';
import {
  asrFormUrlItem,
  chosenEmployerIdItem,
  entryOf,
  lastEmployerIdItem,
  newId,
  profileItem,
  quarantineItem,
  readEmployer,
  readEmployers,
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
  type EmployerIndexEntry,
  type QuarantineEntry,
  type RightsRecord,
  type Settings,
} from '../../utils/store';
import type { TargetTab } from '../../utils/popup/target-tab';
import { FIRST_READ_GLOBAL, employerOfTab, readFirstPaint, type FirstRead } from '../../utils/popup/first-read';
import { siteOf } from '../../utils/browser/sites';
import { chooseEmployer } from '../../utils/popup/choose-employer';

/** Typing is saved this long after the last keystroke (the issue allows 300 ms). */
const SAVE_DELAY_MS = 150;

export interface PopupData {
  profile: Profile;
  /** Every employer, small entries only (the switcher's list); just the shown one until read. */
  index: EmployerIndexEntry[];
  /** The employers read in full: the one shown (and any shown before in this popup). */
  records: Record<string, EmployerRecord>;
  selectedId: string | null;
  rights: Record<string, RightsRecord>;
  quarantine: QuarantineEntry[];
  settings: Settings;
  /** On an a.s.r. tab: the popup's choice and the employer last seen in Loket.nl differ; ask. */
  mustPick: boolean;
  chosenId: string | null;
  lastSeenId: string | null;
  /** Where the a.s.r. form was last found. */
  asrFormUrl: string | null;
}

async function loadAll(first: Promise<FirstRead>): Promise<PopupData> {
  // What the first read brought is validated here; the index of all employers is read right
  // after the first paint (see usePopupData).
  const { target, items, tabEmployerId, candidateIds, employers } = await first;
  const lastSeenId = lastEmployerIdItem.valueIn(items);
  const chosenId = chosenEmployerIdItem.valueIn(items);
  const [profile, found, rights, settings, quarantine] = await Promise.all([
    readProfile(items),
    readEmployers(candidateIds, items, employers ?? undefined),
    readRights(items),
    readSettings(items),
    // As read before the validations here: what they set aside is read after the first paint.
    readQuarantine(items),
  ]);
  const choice = chooseEmployer({
    site: siteOf(target?.url),
    ids: new Set(found.keys()),
    tabEmployerId,
    chosenId,
    lastSeenId,
  });
  const wanted = new Set([choice.selectedId, choice.mustPick ? lastSeenId : null]);
  const shown = [...found.values()].filter((r) => wanted.has(r.id));
  const records = Object.fromEntries(shown.map((r) => [r.id, r]));
  const index = shown.map(entryOf);
  const asrFormUrl = asrFormUrlItem.valueIn(items);
  return { profile, index, records, selectedId: choice.selectedId, rights, quarantine, settings, mustPick: choice.mustPick, chosenId, lastSeenId, asrFormUrl };
}

export interface PopupBoot {
  target: Promise<TargetTab | null>;
  data: Promise<PopupData>;
  /** Both, when they were there before React's first render (the usual case). */
  ready?: { target: TargetTab | null; data: PopupData };
}

/**
 * Started before React renders, so the reads overlap with loading the UI: taken from the
 * first-read script when popup.html ran it, else read here.
 */
export function bootPopup(search: string): PopupBoot {
  const started = (globalThis as Record<string, unknown>)[FIRST_READ_GLOBAL] as Promise<FirstRead> | undefined;
  const first = started ?? readFirstPaint(search);
  return { target: first.then((f) => f.target, () => null), data: loadAll(first) };
}

/**
 * The popup's state and its saving. Typing is saved as a patch under the storage lock, so a
 * capture the background stores meanwhile is kept. Only when the popup hides (it closes the
 * moment it loses focus) is the in-memory state written blindly: a read before the write could
 * be cut off by the closing page, and losing what was typed is the worse risk.
 */
export function usePopupData(boot: PopupBoot) {
  const [target, setTarget] = useState<TargetTab | null | undefined>(boot.ready?.target);
  const [data, setDataState] = useState<PopupData | null>(boot.ready?.data ?? null);
  const [saveError, setSaveError] = useState(false);
  const dataRef = useRef<PopupData | null>(boot.ready?.data ?? null);
  /** Edits to one employer not yet written, re-applied over captures that arrive meanwhile. */
  const pendingEmployer = useRef<{ id: string; patch: Partial<EmployerDraft> } | null>(null);
  const pendingProfile = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Employer writes started by this popup: a read that began before one may be older than the screen. */
  const employerWrites = useRef(0);

  const setData = useCallback((next: PopupData | null) => {
    dataRef.current = next;
    setDataState(next);
  }, []);
  const update = useCallback(
    (change: (d: PopupData) => PopupData) => {
      if (dataRef.current) setData(change(dataRef.current));
    },
    [setData],
  );

  const [loadFailed, setLoadFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    void Promise.all([boot.target, boot.data]).then(
      async ([tab, loaded]) => {
        if (cancelled) return;
        // Already shown when the boot was ready; what was typed since must not be replaced.
        if (!dataRef.current) {
          setTarget(tab);
          setData(loaded);
        }
        // The list of employers, a capture stored while the popup was loading (missed by the
        // watchers) and what the first reads set aside: read now that the employer is on screen.
        const writesBefore = employerWrites.current;
        const [index, tabEmployers, quarantine] = await Promise.all([readEmployerIndex(), tabEmployersItem.getValue(), readQuarantine()]);
        const fromTab = employerOfTab(tab, tabEmployers);
        const record = await readEmployer(fromTab ?? loaded.selectedId ?? '');
        if (cancelled) return;
        // A capture stored since the first read is taken, with typing not yet written applied over
        // it (as the record watcher does): a blind write when the popup closes must not put the
        // older record back. After a write of typing this read may predate it: the screen stays.
        const pending = pendingEmployer.current;
        const take = record && employerWrites.current === writesBefore && (!pending || pending.id === record.id) ? record : null;
        update((d) => ({
          ...d,
          index,
          quarantine,
          records: take ? { ...d.records, [take.id]: pending ? applyUserEdit(take, pending.patch, new Date().toISOString()) : take } : d.records,
          selectedId: fromTab && take && !pending ? fromTab : d.selectedId,
        }));
      },
      () => {
        if (!cancelled) setLoadFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
    // The promises, not the object: main.tsx renders again with the same promises once they are there.
  }, [boot.target, boot.data, setData, update]);

  const flush = useCallback((closing = false) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const d = dataRef.current;
    if (!d) return Promise.resolve();
    const writes: Promise<unknown>[] = [];
    if (pendingProfile.current) {
      pendingProfile.current = false;
      writes.push(writeProfile(d.profile));
    }
    const pending = pendingEmployer.current;
    if (pending) {
      employerWrites.current++;
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
          if (pendingEmployer.current === pending) pendingEmployer.current = null;
        }),
        lastEmployerIdItem.setValue(pending.id),
        chosenEmployerIdItem.setValue(pending.id),
      );
    }
    return Promise.all(writes).then(
      () => setSaveError(false),
      () => setSaveError(true),
    );
  }, []);

  const scheduleSave = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }, [flush]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush(true);
    };
    const onPageHide = () => void flush(true);
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [flush]);

  // Captures that arrive while the popup is open appear without reopening it. Only the shown
  // employer and the index are watched: a change to another employer costs the popup nothing.
  const selectedId = data?.selectedId ?? null;
  useEffect(() => {
    if (!selectedId) return;
    return watchEmployer(selectedId, (record) => {
      if (!record) return;
      const pending = pendingEmployer.current;
      update((d) => ({
        ...d,
        records: {
          ...d.records,
          [record.id]: pending?.id === record.id ? applyUserEdit(record, pending.patch, new Date().toISOString()) : record,
        },
      }));
    });
  }, [selectedId, update]);

  useEffect(() => {
    const unwatch = [
      watchEmployerIndex((index) => update((d) => ({ ...d, index }))),
      // The Loket.nl tab this popup acts on now shows another (or its first) employer.
      tabEmployersItem.watch((tabEmployers) => {
        const id = employerOfTab(target ?? null, tabEmployers);
        if (!id || pendingEmployer.current) return;
        void readEmployer(id).then((record) =>
          update((d) => (record ? { ...d, records: { ...d.records, [id]: record }, selectedId: id } : d)),
        );
      }),
      rightsItem.watch(() => void readRights().then((rights) => update((d) => ({ ...d, rights })))),
      profileItem.watch(() => {
        void readProfile().then((profile) => {
          // Checked when the read is back: a keystroke during the read wins.
          if (!pendingProfile.current) update((d) => ({ ...d, profile }));
        });
      }),
      quarantineItem.watch(() => void readQuarantine().then((quarantine) => update((d) => ({ ...d, quarantine })))),
      settingsItem.watch(() => void readSettings().then((settings) => update((d) => ({ ...d, settings })))),
    ];
    return () => unwatch.forEach((stop) => stop());
  }, [target, update]);

  const editEmployer = useCallback(
    /** `forId`: the employer an action started for (a fill may end after the user switched). */
    (patch: Partial<EmployerDraft>, forId?: string) => {
      const d = dataRef.current;
      if (!d) return;
      const at = new Date().toISOString();
      const id = forId ?? d.selectedId ?? newId();
      if (pendingEmployer.current && pendingEmployer.current.id !== id) void flush();
      const queued = pendingEmployer.current?.id === id ? pendingEmployer.current.patch : {};
      pendingEmployer.current = { id, patch: { ...queued, ...patch } };
      const base = d.records[id] ?? newEmployerRecord(id, at);
      setData({ ...d, selectedId: forId ? d.selectedId : id, records: { ...d.records, [id]: applyUserEdit(base, patch, at) } });
      // A new employer is stored at once: the write when the popup closes expects it listed.
      if (d.index.some((e) => e.id === id)) scheduleSave();
      else void flush();
    },
    [flush, scheduleSave, setData],
  );

  const editProfile = useCallback(
    (patch: Partial<Profile>) => {
      const d = dataRef.current;
      if (!d) return;
      pendingProfile.current = true;
      setData({ ...d, profile: { ...d.profile, ...patch } });
      scheduleSave();
    },
    [scheduleSave, setData],
  );

  const selectEmployer = useCallback(
    /** null: a new employer, kept only in the popup until something is typed. */
    async (id: string | null) => {
      await flush();
      const d = dataRef.current;
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
      await Promise.all([lastEmployerIdItem.setValue(id), chosenEmployerIdItem.setValue(id)]);
    },
    [flush, setData, update],
  );

  /** Deletes one employer after writing pending typing; returns it so the deletion can be undone. */
  const removeEmployer = useCallback(
    async (id: string): Promise<EmployerRecord | null> => {
      await flush();
      const removed = (await readEmployer(id)) ?? dataRef.current?.records[id] ?? null;
      await import('../../utils/store/delete-employer').then((m) => m.deleteEmployer(id));
      await chosenEmployerIdItem.getValue().then((v) => (v === id ? chosenEmployerIdItem.setValue(null) : undefined));
      update((d) => {
        const { [id]: _gone, ...records } = d.records;
        return { ...d, records, index: d.index.filter((e) => e.id !== id), selectedId: d.selectedId === id ? null : d.selectedId };
      });
      return removed;
    },
    [flush, update],
  );

  const restoreEmployer = useCallback(
    async (record: EmployerRecord) => {
      await updateEmployer(record.id, () => record);
      update((d) => ({
        ...d,
        records: { ...d.records, [record.id]: record },
        index: [...d.index.filter((e) => e.id !== record.id), entryOf(record)],
        selectedId: record.id,
      }));
      await Promise.all([lastEmployerIdItem.setValue(record.id), chosenEmployerIdItem.setValue(record.id)]);
    },
    [update],
  );

  /** Replaces a group of duplicates by their merge (kept under the merged record's id). */
  const replaceEmployers = useCallback(
    async (removeIds: string[], merged: EmployerRecord) => {
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
    },
    [flush, update],
  );

  const rememberAsrForm = useCallback((url: string) => void asrFormUrlItem.setValue(url).catch(() => undefined), []);

  const setLang = useCallback(
    async (lang: Settings['lang']) => {
      update((d) => ({ ...d, settings: { lang } }));
      await settingsItem.setValue({ lang });
    },
    [update],
  );

  return {
    data,
    target,
    loadFailed,
    saveError,
    editEmployer,
    editProfile,
    selectEmployer,
    removeEmployer,
    restoreEmployer,
    replaceEmployers,
    rememberAsrForm,
    setLang,
    flush,
  };
}
