import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { applyUserEdit, type EmployerRecord } from '../../utils/employers/record';
import type { EmployerDraft } from '../../utils/registration/schema';
import { statusAt, type Stage } from '../../utils/registration/stage';
import { findDuplicateGroups, mergeGroup, takeOther, type FieldConflict } from '../../utils/employers/merge';
import type { Lang } from '../../utils/i18n/table';
import { ot } from '../../utils/i18n/overview';
import { settingsItem, SettingsSchema } from '../../utils/store/items';
import { DEFAULT_KEYLANE_DAYS, entryRow, toRows } from '../../utils/overview/rows';
import { DEFAULT_QUERY, filterRows, needsDetails, nextSort, sortRows, type OverviewQuery } from '../../utils/overview/find';
import { csvFileName, rowsToCsv } from '../../utils/overview/csv';
import { applyPlan, backupFileName, makeBackup, mergeProfile, mergeRights, planIsEmpty, planRestore, readBackup, type Backup, type RestorePlan } from '../../utils/overview/backup';
import { dataLang, stageText } from '../../utils/overview/labels';
import { changeEmployer, changeEmployers, deleteEmployers, readPortfolio, watchPortfolio, writeRestore, type readFirstPaint } from '../../utils/overview/store';
import { EmployerTable } from './EmployerTable';
import { EmployerEditorDialog } from './EmployerEditorDialog';
import { RestoreDialog } from './RestoreDialog';
import { Field, StageOptions } from './Field';
import { UseOther } from './Phrase';
import { downloadText } from './download';

type Portfolio = Awaited<ReturnType<typeof readPortfolio>>;
type FirstPaint = Awaited<ReturnType<typeof readFirstPaint>>;

/** Typing in the editor is saved this long after the last keystroke, like the popup. */
const SAVE_DELAY_MS = 150;
const KEYLANE_DAYS_KEY = 'overview.keylaneDays';

type Notice =
  | { kind: 'info'; text: string; undo?: () => Promise<unknown> }
  | { kind: 'merged'; text: string; id: string; conflicts: FieldConflict[]; undo: () => Promise<unknown> }
  | { kind: 'error'; text: string };

const button =
  'rounded-md border px-2.5 py-1 text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-sky-600 disabled:opacity-50 ';

function storedKeylaneDays(): number {
  const n = Number(localStorage.getItem(KEYLANE_DAYS_KEY));
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_KEYLANE_DAYS;
}

/**
 * `first` (index entries and settings, read while the page loads) paints the list; the full
 * records are read and validated after that paint and replace the rows with their details.
 * `initial`: its value when already known, so that the first render shows the rows (./mount.tsx).
 */
export function OverviewApp({ first, initial }: { first: Promise<FirstPaint>; initial?: FirstPaint }) {
  const [index, setIndex] = useState<FirstPaint | null>(initial ?? null);
  const [data, setData] = useState<Portfolio | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [query, setQuery] = useState<OverviewQuery>(DEFAULT_QUERY);
  const [keylaneDays, setKeylaneDays] = useState(storedKeylaneDays);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulkStage, setBulkStage] = useState<Stage>('verstuurd');
  const [openId, setOpenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [restore, setRestore] = useState<{ backup: Backup; plan: RestorePlan } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const pending = useRef<{ id: string; patch: Partial<EmployerDraft> } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Chosen here or in the popup while the page is open; until then the stored setting.
  const [langChosen, setLangChosen] = useState<Lang | null>(null);
  const lang: Lang = langChosen ?? (data ?? index)?.settings.lang ?? 'nl';

  /** Re-reads storage; typing not yet saved is laid over what was read. */
  const reload = useCallback(async () => {
    const fresh = await readPortfolio();
    const p = pending.current;
    const base = p ? fresh.employers[p.id] : undefined;
    if (p && base) fresh.employers[p.id] = applyUserEdit(base, p.patch, new Date().toISOString());
    setData(fresh);
  }, []);

  useEffect(() => {
    let frame = 0;
    let later: ReturnType<typeof setTimeout> | undefined;
    const fail = () => setLoadFailed(true);
    first.then((f) => {
      setIndex((shown) => shown ?? f);
      // After the first paint: the full read would otherwise delay it.
      frame = requestAnimationFrame(() => (later = setTimeout(() => void reload().catch(fail))));
    }, fail);
    const unwatch = watchPortfolio(() => void reload());
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(later);
      unwatch();
    };
  }, [first, reload]);

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
  }, [lang]);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [flush]);

  const edit = useCallback(
    (id: string, patch: Partial<EmployerDraft>) => {
      if (pending.current && pending.current.id !== id) void flush();
      pending.current = { id, patch: { ...(pending.current?.id === id ? pending.current.patch : {}), ...patch } };
      setData((d) => {
        const record = d?.employers[id];
        return d && record ? { ...d, employers: { ...d.employers, [id]: applyUserEdit(record, patch, new Date().toISOString()) } } : d;
      });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  const now = useMemo(() => new Date(), [data]);
  const rows = useMemo(() => {
    if (!data) return index ? index.entries.map(entryRow) : [];
    const result = toRows(data.employers, { rights: Object.values(data.rights), now, keylaneDays });
    performance.mark('overview:rows');
    return result;
  }, [index, data, now, keylaneDays]);
  // Sorted when rows or the sort change; a keystroke only filters the sorted list.
  const sorted = useMemo(() => sortRows(rows, query.sort), [rows, query.sort]);
  const { text, stages, attentionOnly } = query;
  const shown = useMemo(() => filterRows(sorted, { text, stages, attentionOnly }), [sorted, text, stages, attentionOnly]);
  // Until the records are read, a search or the attention filter cannot be answered completely.
  const countKnown = !!data || !needsDetails(query);
  const duplicates = useMemo(() => (data ? findDuplicateGroups(data.employers) : []), [data]);
  const selectedIds = useMemo(() => [...selected].filter((id) => data?.employers[id]), [selected, data]);

  const select = useCallback((ids: string[], on: boolean) => {
    setSelected((s) => {
      const next = new Set(s);
      for (const id of ids) if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const open = useCallback((id: string) => {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setOpenId(id);
  }, []);

  const remove = async (ids: string[]) => {
    await flush();
    const removed = await deleteEmployers(ids);
    setSelected((s) => new Set([...s].filter((id) => !ids.includes(id))));
    setOpenId(null);
    setNotice({
      kind: 'info',
      text: ot('deleted', lang, { n: removed.length }),
      undo: () =>
        changeEmployers((records) => ({ ...Object.fromEntries(removed.map((r) => [r.id, r])), ...records })),
    });
  };

  const setStage = async (stage: Stage) => {
    await flush();
    const ids = new Set(selectedIds);
    const at = new Date().toISOString();
    await changeEmployers((records) =>
      Object.fromEntries(
        Object.entries(records).map(([id, record]) => {
          // Already in that stage: its date stays the day it got there.
          if (!ids.has(id) || record.draft.status.stage === stage) return [id, record];
          return [id, { ...record, draft: { ...record.draft, status: statusAt(stage, at) }, updatedAt: at }];
        }),
      ),
    );
    setNotice({ kind: 'info', text: `${stageText(stage, lang)}: ${ids.size}` });
  };

  const merge = async (ids: readonly string[]) => {
    await flush();
    let originals: EmployerRecord[] = [];
    let result: ReturnType<typeof mergeGroup> | null = null;
    await changeEmployers((records) => {
      originals = ids.map((id) => records[id]).filter((r): r is EmployerRecord => !!r);
      if (originals.length < 2) return records;
      result = mergeGroup(originals);
      const rest = Object.fromEntries(Object.entries(records).filter(([id]) => !ids.includes(id)));
      return { ...rest, [result.merged.id]: result.merged };
    });
    const done = result as ReturnType<typeof mergeGroup> | null;
    if (!done) return;
    setSelected(new Set());
    setNotice({
      kind: 'merged',
      text: ot('mergeDone', lang, { n: originals.length }),
      id: done.merged.id,
      conflicts: done.conflicts,
      undo: () =>
        changeEmployers((records) => {
          const { [done.merged.id]: _merged, ...rest } = records;
          return { ...rest, ...Object.fromEntries(originals.map((r) => [r.id, r])) };
        }),
    });
  };

  const exportCsv = () => downloadText(rowsToCsv(shown), csvFileName(new Date()), 'text/csv;charset=utf-8');

  const backup = async () => {
    await flush();
    const { settings: _settings, ...portfolio } = await readPortfolio();
    downloadText(JSON.stringify(makeBackup(portfolio, new Date()), null, 2), backupFileName(new Date()), 'application/json');
  };

  const chooseRestoreFile = async (file: File | undefined) => {
    if (!file) return;
    const result = readBackup(await file.text());
    if (!result.ok) {
      setNotice({ kind: 'error', text: result.message[lang] });
      return;
    }
    await flush();
    const { settings: _settings, ...local } = await readPortfolio();
    const plan = planRestore(local, result.backup);
    if (planIsEmpty(plan)) setNotice({ kind: 'info', text: ot('restoreNothing', lang) });
    else setRestore({ backup: result.backup, plan });
  };

  const confirmRestore = async (flipped: ReadonlySet<string>) => {
    if (!restore) return;
    const { backup: file } = restore;
    setRestore(null);
    let counts = { add: 0, change: 0 };
    // Planned again against storage as it is now, inside the lock: nothing written meanwhile is lost.
    await writeRestore(
      (records) => {
        const plan = planRestore({ employers: records, rights: {}, profile: file.profile }, file);
        counts = { add: plan.add.length, change: plan.change.length };
        return applyPlan(records, plan, flipped);
      },
      (rights) => mergeRights(rights, file.rights),
      (profile) => mergeProfile(profile, file.profile),
    );
    setNotice({ kind: 'info', text: ot('restoreDone', lang, counts) });
  };

  const saveKeylaneDays = (value: number) => {
    if (!Number.isInteger(value) || value < 1) return;
    setKeylaneDays(value);
    localStorage.setItem(KEYLANE_DAYS_KEY, String(value));
  };

  if (loadFailed) {
    return (
      <main role="alert" className="p-6 text-red-800">
        {ot('loadFailed', lang)}
      </main>
    );
  }
  if (!index && !data) {
    return (
      <main aria-busy="true" className="p-6 text-slate-500">
        {ot('loading', lang)}
      </main>
    );
  }

  const openRecord = openId ? data?.employers[openId] : undefined;
  const total = rows.length;

  return (
    <main className="flex h-screen flex-col gap-3 p-4 text-slate-900">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-xl font-semibold">{ot('pageTitle', lang)}</h1>
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" lang={lang === 'nl' ? 'en' : 'nl'} onClick={switchLang} className="rounded px-1.5 py-0.5 text-sm text-sky-800 underline outline-none focus-visible:ring-2 focus-visible:ring-sky-600">
            {ot('language', lang)}
          </button>
          <button type="button" onClick={exportCsv} disabled={!data || shown.length === 0} className={button + 'border-sky-700 text-sky-900'}>
            {ot('exportCsv', lang)}
          </button>
          <button type="button" onClick={() => void backup()} className={button + 'border-slate-400 text-slate-800'}>
            {ot('backup', lang)}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()} className={button + 'border-slate-400 text-slate-800'}>
            {ot('restore', lang)}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className="hidden"
            aria-label={ot('restore', lang)}
            data-testid="restore-file"
            onChange={(e) => {
              void chooseRestoreFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
      </header>

      <section aria-label={ot('searchAndFilter', lang)} className="flex flex-wrap items-end gap-3 text-sm">
        <Field id="overview-search" label={ot('search', lang)}>
          <input
            id="overview-search"
            type="search"
            value={query.text}
            placeholder={ot('searchHint', lang)}
            onChange={(e) => setQuery((q) => ({ ...q, text: e.target.value }))}
            className="w-80 rounded-md border border-slate-300 px-2.5 py-1.5 outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
          />
        </Field>
        <Field id="overview-stage" label={ot('stageFilter', lang)}>
          <select
            id="overview-stage"
            value={query.stages[0] ?? ''}
            onChange={(e) => setQuery((q) => ({ ...q, stages: e.target.value ? [e.target.value as Stage] : [] }))}
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5"
          >
            <StageOptions lang={lang} all={ot('allStages', lang)} />
          </select>
        </Field>
        <label className="flex items-center gap-1.5 pb-1.5">
          <input
            type="checkbox"
            checked={query.attentionOnly}
            onChange={(e) => setQuery((q) => ({ ...q, attentionOnly: e.target.checked }))}
            className="accent-sky-700"
          />
          {ot('attentionOnly', lang)}
        </label>
        <Field id="overview-keylane" label={ot('keylaneDays', lang)}>
          <input
            id="overview-keylane"
            type="number"
            min={1}
            value={keylaneDays}
            onChange={(e) => saveKeylaneDays(Number(e.target.value))}
            className="w-20 rounded-md border border-slate-300 px-2 py-1.5"
          />
        </Field>
        <p role="status" className="ml-auto pb-1.5 text-slate-700" data-testid="shown-count">
          {countKnown ? ot('shownCount', lang, { n: shown.length, total }) : ot('loading', lang)}
        </p>
      </section>

      {selectedIds.length > 0 && (
        <section aria-label={ot('selectedCount', lang, { n: selectedIds.length })} className="flex flex-wrap items-end gap-2 rounded-md bg-sky-50 p-2 text-sm">
          <span className="pb-1 font-medium">{ot('selectedCount', lang, { n: selectedIds.length })}</span>
          <Field id="overview-bulk-stage" label={ot('setStage', lang)}>
            <select id="overview-bulk-stage" value={bulkStage} onChange={(e) => setBulkStage(e.target.value as Stage)} className="rounded-md border border-slate-300 bg-white px-2 py-1">
              <StageOptions lang={lang} />
            </select>
          </Field>
          <button type="button" onClick={() => void setStage(bulkStage)} className={button + 'border-sky-700 bg-white text-sky-900'}>
            {ot('apply', lang)}
          </button>
          {selectedIds.length > 1 && (
            <button type="button" onClick={() => void merge(selectedIds)} className={button + 'border-slate-400 bg-white'}>
              {ot('mergeSelected', lang)}
            </button>
          )}
          <button type="button" onClick={() => void remove(selectedIds)} className={button + 'border-red-300 bg-white text-red-800'}>
            {ot('delete', lang)}
          </button>
        </section>
      )}

      {duplicates.length > 0 && (
        <section aria-labelledby="duplicates-title" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
          <p id="duplicates-title">{ot('mergeHint', lang)}</p>
          <ul className="mt-1 space-y-1">
            {duplicates.slice(0, 5).map((group) => (
              <li key={group.join()} className="flex flex-wrap items-center gap-2">
                <span lang={dataLang(lang)}>{group.map((id) => data?.employers[id]?.draft.werkgeverNaam || data?.employers[id]?.draft.werkgeverId || id).join(' · ')}</span>
                <button type="button" onClick={() => void merge(group)} className={button + 'border-amber-600 bg-white py-0.5'}>
                  {ot('merge', lang)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {notice && (
        <div
          role={notice.kind === 'error' ? 'alert' : 'status'}
          className={'flex flex-wrap items-center gap-2 rounded-md p-2 text-sm ' + (notice.kind === 'error' ? 'bg-red-50 text-red-900' : 'bg-emerald-50 text-emerald-950')}
        >
          <span>{notice.text}</span>
          {notice.kind === 'merged' &&
            notice.conflicts.map((c, i) => (
              <button
                key={`${c.field}-${i}`}
                type="button"
                onClick={() => void changeEmployer(notice.id, (r) => (r ? takeOther(r, c) : r))}
                className={button + 'border-slate-400 bg-white py-0.5 text-xs'}
              >
                <UseOther field={c.field} other={c.other} lang={lang} />
              </button>
            ))}
          {notice.kind !== 'error' && notice.undo && (
            <button
              type="button"
              onClick={() => {
                void notice.undo!();
                setNotice(null);
              }}
              className={button + 'border-slate-500 bg-white py-0.5'}
            >
              {ot('undo', lang)}
            </button>
          )}
          <button type="button" aria-label={ot('close', lang)} onClick={() => setNotice(null)} className="ml-auto px-1 text-slate-500">
            ✕
          </button>
        </div>
      )}

      {total === 0 ? (
        <p className="text-slate-600">{ot('empty', lang)}</p>
      ) : (
        <>
          <EmployerTable
            rows={shown}
            sort={query.sort}
            onSort={(key) => setQuery((q) => ({ ...q, sort: nextSort(q.sort, key) }))}
            selected={selected}
            onSelect={select}
            onOpen={open}
            lang={lang}
            busy={!data}
          />
          {shown.length === 0 && <p className="text-slate-600">{ot('noMatch', lang)}</p>}
        </>
      )}

      {openRecord && data && (
        <EmployerEditorDialog
          key={openRecord.id}
          record={openRecord}
          profile={data.profile}
          lang={lang}
          onChange={(patch) => edit(openRecord.id, patch)}
          onDelete={() => void remove([openRecord.id])}
          onClose={() => {
            void flush();
            setOpenId(null);
            returnFocus.current?.focus();
          }}
        />
      )}
      {restore && (
        <RestoreDialog
          plan={restore.plan}
          createdAt={restore.backup.createdAt}
          lang={lang}
          onConfirm={(flipped) => void confirmRestore(flipped)}
          onCancel={() => setRestore(null)}
        />
      )}
    </main>
  );
}
