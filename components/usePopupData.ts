import { useCallback, useEffect, useRef, useState } from 'react';
import { applyUserEdit, newEmployerRecord, type EmployerRecord } from '@/utils/employer-record';
import type { EmployerDraft, Profile } from '@/utils/registration/schema';
import {
  asrFormUrlItem,
  chosenEmployerIdItem,
  employersItem,
  lastEmployerIdItem,
  newId,
  profileItem,
  quarantineItem,
  readEmployers,
  readProfile,
  readQuarantine,
  readRights,
  readSettings,
  rightsItem,
  settingsItem,
  tabEmployersItem,
  updateEmployers,
  writeProfile,
  type QuarantineEntry,
  type RightsRecord,
  type Settings,
} from '@/utils/storage';
import type { TargetTab } from '@/utils/popup/target-tab';
import { siteOf } from '@/utils/sites';
import { resolveTargetTab } from '@/utils/popup/target-tab';
import { chooseEmployer } from '@/utils/popup/choose-employer';

/** Typing is saved this long after the last keystroke (the issue allows 300 ms). */
const SAVE_DELAY_MS = 150;

export interface PopupData {
  profile: Profile;
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

const tabRecordId = (target: TargetTab | null, tabEmployers: Record<string, string>) =>
  target && siteOf(target.url) === 'loket' ? tabEmployers[String(target.id)] : undefined;

async function loadAll(targetTab: Promise<TargetTab | null>): Promise<PopupData> {
  // Storage is read while the target tab is still being looked up: both are on the path to
  // the first useful paint.
  const [target, profile, records, rights, settings, lastSeenId, chosenId, asrFormUrl, tabEmployers] = await Promise.all([
    targetTab,
    readProfile(),
    readEmployers(),
    readRights(),
    readSettings(),
    lastEmployerIdItem.getValue(),
    chosenEmployerIdItem.getValue(),
    asrFormUrlItem.getValue().catch(() => null),
    tabEmployersItem.getValue().catch(() => ({}) as Record<string, string>),
  ]);
  // Read last: the validated reads above may just have set something aside.
  const quarantine = await readQuarantine();
  const { selectedId, mustPick } = chooseEmployer({
    site: siteOf(target?.url),
    records,
    tabEmployerId: tabRecordId(target, tabEmployers),
    chosenId,
    lastSeenId,
  });
  return { profile, records, selectedId, rights, quarantine, settings, mustPick, chosenId, lastSeenId, asrFormUrl };
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
        // A capture stored while the popup was loading was missed by the watchers: look once more.
        const [records, tabEmployers] = await Promise.all([readEmployers(), tabEmployersItem.getValue()]);
        if (cancelled || pendingEmployer.current) return;
        const fromTab = tabRecordId(tab, tabEmployers);
        update((d) => ({ ...d, records, selectedId: fromTab && records[fromTab] ? fromTab : d.selectedId }));
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
      const write = closing
        ? employersItem.setValue(d.records)
        : updateEmployers((records) => ({
            ...records,
            [pending.id]: applyUserEdit(records[pending.id] ?? d.records[pending.id] ?? newEmployerRecord(pending.id, at), pending.patch, at),
          }));
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

  // Captures that arrive while the popup is open appear without reopening it.
  useEffect(() => {
    const unwatch = [
      employersItem.watch(() => {
        void readEmployers().then((records) => {
          const pending = pendingEmployer.current;
          update((d) => {
            const merged = { ...records };
            const base = records[pending?.id ?? ''] ?? d.records[pending?.id ?? ''];
            if (pending && base) merged[pending.id] = applyUserEdit(base, pending.patch, new Date().toISOString());
            return { ...d, records: merged };
          });
        });
      }),
      // The Loket.nl tab this popup acts on now shows another (or its first) employer.
      tabEmployersItem.watch((tabEmployers) => {
        const id = tabRecordId(target ?? null, tabEmployers ?? {});
        if (!id || pendingEmployer.current) return;
        void readEmployers().then((records) => update((d) => (records[id] ? { ...d, records, selectedId: id } : d)));
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
      scheduleSave();
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
      const next = id ?? newId();
      setData({ ...d, selectedId: next, mustPick: false, chosenId: next, lastSeenId: next });
      if (id === null) return;
      // Chosen in the popup: this is now both the choice and the employer worked on last.
      await Promise.all([lastEmployerIdItem.setValue(id), chosenEmployerIdItem.setValue(id)]);
    },
    [flush, setData],
  );

  /** Deletes one employer after writing pending typing; returns it so the deletion can be undone. */
  const removeEmployer = useCallback(
    async (id: string): Promise<EmployerRecord | null> => {
      await flush();
      let removed: EmployerRecord | null = null;
      await updateEmployers((records) => {
        const { [id]: gone, ...rest } = records;
        removed = gone ?? null;
        return rest;
      });
      await Promise.all([
        lastEmployerIdItem.getValue().then((v) => (v === id ? lastEmployerIdItem.setValue(null) : undefined)),
        chosenEmployerIdItem.getValue().then((v) => (v === id ? chosenEmployerIdItem.setValue(null) : undefined)),
        tabEmployersItem.getValue().then((tabs) =>
          tabEmployersItem.setValue(Object.fromEntries(Object.entries(tabs).filter(([, v]) => v !== id))),
        ),
      ]);
      const d = dataRef.current;
      if (d) {
        const { [id]: _gone, ...records } = d.records;
        setData({ ...d, records, selectedId: d.selectedId === id ? null : d.selectedId });
      }
      return removed;
    },
    [flush, setData],
  );

  const restoreEmployer = useCallback(
    async (record: EmployerRecord) => {
      await updateEmployers((records) => ({ ...records, [record.id]: record }));
      const d = dataRef.current;
      if (d) setData({ ...d, records: { ...d.records, [record.id]: record }, selectedId: record.id });
      await Promise.all([lastEmployerIdItem.setValue(record.id), chosenEmployerIdItem.setValue(record.id)]);
    },
    [setData],
  );

  /** Replaces a group of duplicates by their merge (kept under the first id). */
  const replaceEmployers = useCallback(
    async (removeIds: string[], merged: EmployerRecord) => {
      await flush();
      await updateEmployers((records) => {
        const next = { ...records };
        for (const id of removeIds) delete next[id];
        return { ...next, [merged.id]: merged };
      });
      const d = dataRef.current;
      if (d) {
        const records = { ...d.records };
        for (const id of removeIds) delete records[id];
        setData({ ...d, records: { ...records, [merged.id]: merged }, selectedId: merged.id });
      }
      await chosenEmployerIdItem.setValue(merged.id);
    },
    [flush, setData],
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
