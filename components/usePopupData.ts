import { useCallback, useEffect, useRef, useState } from 'react';
import { applyUserEdit, newEmployerRecord, type EmployerRecord } from '@/utils/employer-record';
import type { EmployerDraft, Profile } from '@/utils/registration/schema';
import {
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
  watchEmployer,
  watchEmployerIndex,
  writeEmployerUnlocked,
  writeProfile,
  type EmployerIndexEntry,
  type QuarantineEntry,
  type RightsRecord,
  type Settings,
} from '@/utils/storage';
import type { TargetTab } from '@/utils/popup/target-tab';
import { siteOf } from '@/utils/sites';
import { resolveTargetTab } from '@/utils/popup/target-tab';

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
}

const tabRecordId = (target: TargetTab | null, tabEmployers: Record<string, string>) =>
  target && siteOf(target.url) === 'loket' ? tabEmployers[String(target.id)] : undefined;

/** On a Loket.nl tab: the employer captured there. Elsewhere: the one worked on last. */
async function readShown(target: TargetTab | null, lastId: string | null, tabEmployers: Record<string, string>) {
  for (const id of [tabRecordId(target, tabEmployers), lastId ?? undefined]) {
    const record = id ? await readEmployer(id) : null;
    if (record) return record;
  }
  return null;
}

async function loadAll(targetTab: Promise<TargetTab | null>): Promise<PopupData> {
  // Storage is read while the target tab is still being looked up: both are on the path to
  // the first useful paint. That path reads only the shown employer, whatever their number;
  // the index of all of them is read right after (see usePopupData).
  const shown = Promise.all([
    targetTab,
    lastEmployerIdItem.getValue(),
    tabEmployersItem.getValue().catch(() => ({}) as Record<string, string>),
  ]).then(([target, lastId, tabEmployers]) => readShown(target, lastId, tabEmployers));
  const [profile, record, rights, settings] = await Promise.all([
    readProfile(),
    shown,
    readRights(),
    readSettings(),
  ]);
  // Read last: the validated reads above may just have set something aside.
  const quarantine = await readQuarantine();
  const records = record ? { [record.id]: record } : {};
  const index = record ? [entryOf(record)] : [];
  return { profile, index, records, selectedId: record?.id ?? null, rights, quarantine, settings };
}

export interface PopupBoot {
  target: Promise<TargetTab | null>;
  data: Promise<PopupData>;
}

/** Started before React renders, so the reads overlap with loading the UI. */
export function bootPopup(search: string): PopupBoot {
  const target = resolveTargetTab(search).catch(() => null);
  return { target, data: loadAll(target) };
}

/**
 * The popup's state and its saving. Typing is saved as a patch under the storage lock, so a
 * capture the background stores meanwhile is kept. Only when the popup hides (it closes the
 * moment it loses focus) is the in-memory state written blindly: a read before the write could
 * be cut off by the closing page, and losing what was typed is the worse risk.
 */
export function usePopupData(boot: PopupBoot) {
  const [target, setTarget] = useState<TargetTab | null | undefined>(undefined);
  const [data, setDataState] = useState<PopupData | null>(null);
  const [saveError, setSaveError] = useState(false);
  const dataRef = useRef<PopupData | null>(null);
  /** Edits to one employer not yet written, re-applied over captures that arrive meanwhile. */
  const pendingEmployer = useRef<{ id: string; patch: Partial<EmployerDraft> } | null>(null);
  const pendingProfile = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

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
        setTarget(tab);
        setData(loaded);
        // The list of employers, and a capture stored while the popup was loading (missed by
        // the watchers): read now that the shown employer is on screen.
        const [index, tabEmployers] = await Promise.all([readEmployerIndex(), tabEmployersItem.getValue()]);
        const fromTab = tabRecordId(tab, tabEmployers);
        const record = await readEmployer(fromTab ?? loaded.selectedId ?? '');
        if (cancelled || pendingEmployer.current) return;
        update((d) => ({
          ...d,
          index,
          records: record ? { ...d.records, [record.id]: record } : d.records,
          selectedId: fromTab && record ? fromTab : d.selectedId,
        }));
      },
      () => {
        if (!cancelled) setLoadFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [boot, setData, update]);

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
        const id = tabRecordId(target ?? null, tabEmployers ?? {});
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
    async (id: string | null) => {
      await flush();
      const d = dataRef.current;
      if (!d) return;
      if (id === null) {
        const fresh = newEmployerRecord(newId(), new Date().toISOString());
        const records = { ...d.records, [fresh.id]: fresh };
        setData({ ...d, selectedId: fresh.id, records, index: [...d.index, entryOf(fresh)] });
        await Promise.all([updateEmployer(fresh.id, (stored) => stored ?? fresh), lastEmployerIdItem.setValue(fresh.id)]);
        return;
      }
      const record = d.records[id] ?? (await readEmployer(id));
      if (!record) return;
      update((current) => ({ ...current, selectedId: id, records: { ...current.records, [id]: record } }));
      await lastEmployerIdItem.setValue(id);
    },
    [flush, setData, update],
  );

  const setLang = useCallback(
    async (lang: Settings['lang']) => {
      update((d) => ({ ...d, settings: { lang } }));
      await settingsItem.setValue({ lang });
    },
    [update],
  );

  return { data, target, loadFailed, saveError, editEmployer, editProfile, selectEmployer, setLang, flush };
}
