import { useCallback, useEffect, useRef, useState } from 'react';
import { applyUserEdit, newEmployerRecord, type EmployerRecord } from '@/utils/employer-record';
import type { EmployerDraft, Profile } from '@/utils/registration/schema';
import {
  employersItem,
  lastEmployerIdItem,
  newId,
  profileItem,
  quarantineItem,
  readEmployers,
  readProfile,
  readRights,
  readSettings,
  rightsItem,
  settingsItem,
  tabEmployersItem,
  writeProfile,
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
  records: Record<string, EmployerRecord>;
  selectedId: string | null;
  rights: Record<string, RightsRecord>;
  quarantine: QuarantineEntry[];
  settings: Settings;
}

const tabRecordId = (target: TargetTab | null, tabEmployers: Record<string, string>) =>
  target && siteOf(target.url) === 'loket' ? tabEmployers[String(target.id)] : undefined;

async function loadAll(targetTab: Promise<TargetTab | null>): Promise<PopupData> {
  // Storage is read while the target tab is still being looked up: both are on the path to
  // the first useful paint.
  const [target, profile, records, rights, settings, lastId, tabEmployers] = await Promise.all([
    targetTab,
    readProfile(),
    readEmployers(),
    readRights(),
    readSettings(),
    lastEmployerIdItem.getValue(),
    tabEmployersItem.getValue().catch(() => ({}) as Record<string, string>),
  ]);
  // Read last: the validated reads above may just have set something aside.
  const quarantine = await quarantineItem.getValue();
  // On a Loket.nl tab: the employer captured there. Elsewhere: the one worked on last.
  const candidates = [tabRecordId(target, tabEmployers), lastId ?? undefined];
  const selectedId = candidates.find((id) => id !== undefined && records[id]) ?? null;
  return { profile, records, selectedId, rights, quarantine, settings };
}

/**
 * The popup's state and its saving. Edits are kept in memory and written from there: the
 * write is dispatched at once when the popup hides (it closes the moment it loses focus), with
 * no read before it that a closing page could cut off.
 */
export interface PopupBoot {
  target: Promise<TargetTab | null>;
  data: Promise<PopupData>;
}

/** Started before React renders, so the reads overlap with loading the UI. */
export function bootPopup(search: string): PopupBoot {
  const target = resolveTargetTab(search).catch(() => null);
  return { target, data: loadAll(target) };
}

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

  useEffect(() => {
    let cancelled = false;
    void Promise.all([boot.target, boot.data]).then(([tab, loaded]) => {
      if (cancelled) return;
      setTarget(tab);
      setData(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [boot, setData]);

  const flush = useCallback(() => {
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
      pendingEmployer.current = null;
      writes.push(employersItem.setValue(d.records), lastEmployerIdItem.setValue(pending.id));
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
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
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
        if (pendingProfile.current) return;
        void readProfile().then((profile) => update((d) => ({ ...d, profile })));
      }),
      quarantineItem.watch((quarantine) => update((d) => ({ ...d, quarantine: quarantine ?? [] }))),
      settingsItem.watch(() => void readSettings().then((settings) => update((d) => ({ ...d, settings })))),
    ];
    return () => unwatch.forEach((stop) => stop());
  }, [target, update]);

  const editEmployer = useCallback(
    (patch: Partial<EmployerDraft>) => {
      const d = dataRef.current;
      if (!d) return;
      const at = new Date().toISOString();
      const id = d.selectedId ?? newId();
      if (pendingEmployer.current && pendingEmployer.current.id !== id) void flush();
      const queued = pendingEmployer.current?.id === id ? pendingEmployer.current.patch : {};
      pendingEmployer.current = { id, patch: { ...queued, ...patch } };
      const base = d.records[id] ?? newEmployerRecord(id, at);
      setData({ ...d, selectedId: id, records: { ...d.records, [id]: applyUserEdit(base, patch, at) } });
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
    async (id: string | null) => {
      await flush();
      const d = dataRef.current;
      if (!d) return;
      if (id === null) {
        const fresh = newEmployerRecord(newId(), new Date().toISOString());
        const records = { ...d.records, [fresh.id]: fresh };
        setData({ ...d, selectedId: fresh.id, records });
        await Promise.all([employersItem.setValue(records), lastEmployerIdItem.setValue(fresh.id)]);
        return;
      }
      setData({ ...d, selectedId: id });
      await lastEmployerIdItem.setValue(id);
    },
    [flush, setData],
  );

  const setLang = useCallback(
    async (lang: Settings['lang']) => {
      update((d) => ({ ...d, settings: { lang } }));
      await settingsItem.setValue({ lang });
    },
    [update],
  );

  return { data, target, saveError, editEmployer, editProfile, selectEmployer, setLang, flush };
}
