import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { applyUserEdit } from '../../utils/employers/record';
import type { EmployerDraft } from '../../utils/registration/schema';
import type { Lang } from '../../utils/i18n/table';
import { ot } from '../../utils/i18n/overview';
import { settingsItem, SettingsSchema } from '../../utils/store/items';
import { addPending, withPending, type PendingEdit } from '../../utils/overview/actions';
import { changeEmployer, readPortfolio, watchPortfolio, type readFirstPaint } from '../../utils/overview/store';
import type { Notice } from './NoticeBanner';

export type Portfolio = Awaited<ReturnType<typeof readPortfolio>>;
export type FirstPaint = Awaited<ReturnType<typeof readFirstPaint>>;

/** Typing in the editor is saved this long after the last keystroke, like the popup. */
const SAVE_DELAY_MS = 150;

/**
 * The overview's data, language and typing. `first` (index entries and settings, read while the
 * page loads) paints the list; the full records are read and validated after that paint and
 * replace the rows with their details. `initial`: its value when already known, so that the first
 * render shows the rows (./mount.tsx). A failed save is told through `setNotice`.
 */
export function usePortfolio(first: Promise<FirstPaint>, initial: FirstPaint | undefined, setNotice: Dispatch<SetStateAction<Notice | null>>) {
  const [index, setIndex] = useState<FirstPaint | null>(initial ?? null);
  const [data, setData] = useState<Portfolio | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const pending = useRef<PendingEdit | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Chosen here or in the popup while the page is open; until then the stored setting.
  const [langChosen, setLangChosen] = useState<Lang | null>(null);
  const lang: Lang = langChosen ?? (data ?? index)?.settings.lang ?? 'nl';

  /** The ids last shown, in list order: their records are asked for with the list, in one read. */
  const shownIds = useRef<readonly string[]>([]);

  /** Reloads asked for so far: only the newest one's answer is shown. */
  const reloads = useRef(0);

  /**
   * Re-reads storage; typing not yet saved is laid over what was read. Two changes in a row
   * start two reads of many calls each: the older one, answered last, would show the employers
   * as they were before the newer change, so it is dropped.
   */
  const reload = useCallback(async () => {
    const asked = ++reloads.current;
    const fresh = await readPortfolio(shownIds.current);
    if (asked !== reloads.current) return;
    shownIds.current = Object.keys(fresh.employers);
    setData({ ...fresh, employers: withPending(fresh.employers, pending.current, new Date().toISOString()) });
  }, []);

  useEffect(() => {
    first.then((f) => setIndex((shown) => shown ?? f), () => setLoadFailed(true));
    return watchPortfolio(() => void reload());
  }, [first, reload]);

  // Once the rows from the index are committed (index is set once), their records are asked for
  // in the frame that paints them: storage reads while the page paints, and the answer
  // (validation, the rows' details) is handled only after that paint.
  useEffect(() => {
    if (!index) return;
    if (!shownIds.current.length) shownIds.current = index.entries.map((e) => e.id);
    const frame = requestAnimationFrame(() => void reload().catch(() => setLoadFailed(true)));
    return () => cancelAnimationFrame(frame);
  }, [index, reload]);

  useEffect(
    () =>
      settingsItem.watch((value) => {
        const parsed = SettingsSchema.safeParse(value);
        if (parsed.success) setLangChosen(parsed.data.lang);
      }),
    [],
  );
  const switchLang = () => {
    const next: Lang = lang === 'nl' ? 'en' : 'nl';
    setLangChosen(next);
    void settingsItem.setValue({ lang: next });
  };

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${ot('pageTitle', lang)} – a.s.r.-koppelhulp`;
  }, [lang]);

  /** Saves the pending typing now. */
  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const p = pending.current;
    if (!p) return;
    try {
      await changeEmployer(p.id, (record) => (record ? applyUserEdit(record, p.patch, new Date().toISOString()) : null));
      if (pending.current === p) pending.current = null;
    } catch {
      setNotice({ kind: 'error', text: ot('saveFailed', lang) });
    }
  }, [lang, setNotice]);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [flush]);

  /** Shows an edit at once and saves it shortly after the last one. */
  const edit = useCallback(
    (id: string, patch: Partial<EmployerDraft>) => {
      if (pending.current && pending.current.id !== id) void flush();
      pending.current = addPending(pending.current, id, patch);
      setData((d) => {
        const record = d?.employers[id];
        return d && record ? { ...d, employers: { ...d.employers, [id]: applyUserEdit(record, patch, new Date().toISOString()) } } : d;
      });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  return { index, data, loadFailed, lang, switchLang, flush, edit };
}
