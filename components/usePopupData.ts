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
  updateEmployers,
  writeProfile,
  type QuarantineEntry,
  type RightsRecord,
  type Settings,
} from '@/utils/storage';
import type { TargetTab } from '@/utils/popup/target-tab';
import { siteOf } from '@/utils/popup/target-tab';

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

async function loadAll(target: TargetTab | null): Promise<PopupData> {
  const [profile, records, rights, quarantine, settings, lastId, tabEmployers] = await Promise.all([
    readProfile(),
    readEmployers(),
    readRights(),
    quarantineItem.getValue(),
    readSettings(),
    lastEmployerIdItem.getValue(),
    tabEmployersItem.getValue().catch(() => ({}) as Record<string, string>),
  ]);
  // On a Loket.nl tab: the employer captured there. Elsewhere: the one worked on last.
  const fromTab =
    target && siteOf(target.url) === 'loket' ? tabEmployers[String(target.id)] : undefined;
  const candidates = [fromTab, lastId ?? undefined];
  const selectedId = candidates.find((id) => id !== undefined && records[id]) ?? null;
  return { profile, records, selectedId, rights, quarantine, settings };
}

export function usePopupData(target: TargetTab | null | undefined) {
  const [data, setData] = useState<PopupData | null>(null);
  const [saveError, setSaveError] = useState(false);
  const pendingEmployer = useRef<{ id: string; patch: Partial<EmployerDraft> } | null>(null);
  const pendingProfile = useRef<Profile | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (target === undefined) return;
    let cancelled = false;
    void loadAll(target).then((loaded) => {
      if (!cancelled) setData(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [target]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const employer = pendingEmployer.current;
    const profile = pendingProfile.current;
    pendingEmployer.current = null;
    pendingProfile.current = null;
    try {
      if (profile) await writeProfile(profile);
      if (employer) {
        const at = new Date().toISOString();
        await updateEmployers((records) => {
          const base = records[employer.id] ?? newEmployerRecord(employer.id, at);
          return { ...records, [employer.id]: applyUserEdit(base, employer.patch, at) };
        });
        await lastEmployerIdItem.setValue(employer.id);
      }
      setSaveError(false);
    } catch {
      // Keep what was typed queued so the next change or close retries it.
      if (employer && !pendingEmployer.current) pendingEmployer.current = employer;
      if (profile && !pendingProfile.current) pendingProfile.current = profile;
      setSaveError(true);
    }
  }, []);

  const scheduleSave = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }, [flush]);

  // The popup closes the moment it loses focus: write what is queued right then.
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [flush]);

  // Captures that arrive while the popup is open appear without reopening it; typing in
  // progress wins until it is saved.
  useEffect(() => {
    const unwatch = [
      employersItem.watch(() => {
        if (pendingEmployer.current) return;
        void readEmployers().then((records) => setData((d) => (d ? { ...d, records } : d)));
      }),
      rightsItem.watch(() => {
        void readRights().then((rights) => setData((d) => (d ? { ...d, rights } : d)));
      }),
      profileItem.watch(() => {
        if (pendingProfile.current) return;
        void readProfile().then((profile) => setData((d) => (d ? { ...d, profile } : d)));
      }),
      quarantineItem.watch((quarantine) => setData((d) => (d ? { ...d, quarantine } : d))),
      settingsItem.watch(() => {
        void readSettings().then((settings) => setData((d) => (d ? { ...d, settings } : d)));
      }),
    ];
    return () => unwatch.forEach((stop) => stop());
  }, []);

  const editEmployer = useCallback(
    (patch: Partial<EmployerDraft>) => {
      setData((d) => {
        if (!d) return d;
        const at = new Date().toISOString();
        const id = d.selectedId ?? newId();
        const base = d.records[id] ?? newEmployerRecord(id, at);
        const queued = pendingEmployer.current?.id === id ? pendingEmployer.current.patch : {};
        pendingEmployer.current = { id, patch: { ...queued, ...patch } };
        return { ...d, selectedId: id, records: { ...d.records, [id]: applyUserEdit(base, patch, at) } };
      });
      scheduleSave();
    },
    [scheduleSave],
  );

  const editProfile = useCallback(
    (patch: Partial<Profile>) => {
      setData((d) => {
        if (!d) return d;
        const profile = { ...d.profile, ...patch };
        pendingProfile.current = profile;
        return { ...d, profile };
      });
      scheduleSave();
    },
    [scheduleSave],
  );

  const selectEmployer = useCallback(
    async (id: string | null) => {
      await flush();
      if (id === null) {
        const fresh = newEmployerRecord(newId(), new Date().toISOString());
        await updateEmployers((records) => ({ ...records, [fresh.id]: fresh }));
        await lastEmployerIdItem.setValue(fresh.id);
        setData((d) => (d ? { ...d, selectedId: fresh.id, records: { ...d.records, [fresh.id]: fresh } } : d));
        return;
      }
      await lastEmployerIdItem.setValue(id);
      setData((d) => (d ? { ...d, selectedId: id } : d));
    },
    [flush],
  );

  const setLang = useCallback(async (lang: Settings['lang']) => {
    await settingsItem.setValue({ lang });
    setData((d) => (d ? { ...d, settings: { lang } } : d));
  }, []);

  return { data, setData, saveError, editEmployer, editProfile, selectEmployer, setLang, flush };
}
