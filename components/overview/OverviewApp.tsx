import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Stage } from '../../utils/registration/stage';
import { acceptsKeylaneDays, deleteQuestion, keepShown, parseKeylaneDays, toggleSelection } from '../../utils/overview/actions';
import { findDuplicateGroups } from '../../utils/employers/merge';
import { ot } from '../../utils/i18n/overview';
import { entryRow, toRows } from '../../utils/overview/rows';
import { DEFAULT_QUERY, filterRows, needsDetails, nextSort, sortRows, type OverviewQuery } from '../../utils/overview/find';
import { csvFileName, rowsToCsv } from '../../utils/overview/csv';
import { EmployerTable } from './EmployerTable';
import { EmployerEditorDialog } from './EmployerEditorDialog';
import { RestoreDialog } from './RestoreDialog';
import { OverviewToolbar } from './OverviewToolbar';
import { FilterBar } from './FilterBar';
import { SelectionBar } from './SelectionBar';
import { DuplicatesOffer } from './DuplicatesOffer';
import { NoticeBanner, type Notice } from './NoticeBanner';
import { usePortfolio, type FirstPaint } from './usePortfolio';
import { usePortfolioActions } from './usePortfolioActions';
import { downloadText } from './download';

const KEYLANE_DAYS_KEY = 'overview.keylaneDays';

/**
 * The overview page: toolbar, filters, selection and duplicate offers, notices, the table and its
 * dialogs. What it reads and how typing is saved: ./usePortfolio.ts; what its actions do:
 * ./usePortfolioActions.ts. `first` and `initial`: see usePortfolio.
 */
export function OverviewApp({ first, initial }: { first: Promise<FirstPaint>; initial?: FirstPaint }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const { index, data, loadFailed, lang, switchLang, flush, edit } = usePortfolio(first, initial, setNotice);
  const [query, setQuery] = useState<OverviewQuery>(DEFAULT_QUERY);
  const [keylaneDays, setKeylaneDays] = useState(() => parseKeylaneDays(localStorage.getItem(KEYLANE_DAYS_KEY)));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulkStage, setBulkStage] = useState<Stage>('verstuurd');
  const [openId, setOpenId] = useState<string | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  const now = useMemo(() => new Date(), [data]);
  const rows = useMemo(() => {
    if (!data) return index ? index.entries.map(entryRow) : [];
    const result = toRows(data.employers, { rights: Object.values(data.rights), now, keylaneDays });
    performance.mark('overview:rows');
    return result;
  }, [index, data, now, keylaneDays]);
  // Sorted when rows or the sort change; a keystroke only filters the sorted list.
  const sorted = useMemo(() => sortRows(rows, query.sort), [rows, query.sort]);
  const { text, stages, attentionOnly, dates } = query;
  const shown = useMemo(() => filterRows(sorted, { text, stages, attentionOnly, dates }), [sorted, text, stages, attentionOnly, dates]);
  // Until the records are read, a search or the attention filter cannot be answered completely.
  const countKnown = !!data || !needsDetails(query);
  const duplicates = useMemo(() => (data ? findDuplicateGroups(data.employers) : []), [data]);
  const shownIds = useMemo(() => shown.map((row) => row.id), [shown]);
  // A row hidden by the search, a filter or a stage change is unselected: bulk actions act on
  // what is seen, never on rows out of sight.
  useEffect(() => setSelected((s) => keepShown(s, shownIds)), [shownIds]);
  const selectedIds = useMemo(() => {
    const visible = new Set(shownIds);
    return [...selected].filter((id) => data?.employers[id] && visible.has(id));
  }, [selected, data, shownIds]);

  const select = useCallback((ids: string[], on: boolean) => setSelected((s) => toggleSelection(s, ids, on)), []);
  const open = useCallback((id: string) => {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setOpenId(id);
  }, []);
  const actions = usePortfolioActions({ lang, flush, selectedIds, setSelected, setOpenId, setNotice });

  const exportCsv = () => downloadText(rowsToCsv(shown), csvFileName(new Date()), 'text/csv;charset=utf-8');

  const saveKeylaneDays = (value: number) => {
    if (!acceptsKeylaneDays(value)) return;
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
  const { restore } = actions;

  return (
    <main className="flex h-screen flex-col gap-3 p-4 text-slate-900">
      <OverviewToolbar
        lang={lang}
        onSwitchLang={switchLang}
        canExport={!!data && shown.length > 0}
        onExportCsv={exportCsv}
        onBackup={() => void actions.backup()}
        onRestoreFile={(file) => void actions.chooseRestoreFile(file)}
      />

      <FilterBar
        lang={lang}
        query={query}
        setQuery={setQuery}
        keylaneDays={keylaneDays}
        onKeylaneDays={saveKeylaneDays}
        count={countKnown ? ot('shownCount', lang, { n: shown.length, total }) : ot('loading', lang)}
      />

      {selectedIds.length > 0 && (
        <SelectionBar
          lang={lang}
          count={selectedIds.length}
          bulkStage={bulkStage}
          onBulkStage={setBulkStage}
          onApply={() => void actions.setStage(bulkStage)}
          onMerge={() => void actions.merge(selectedIds)}
          onDelete={() => void actions.remove(selectedIds)}
          deleteQuestion={deleteQuestion(selectedIds, data?.employers, lang)}
        />
      )}

      {duplicates.length > 0 && <DuplicatesOffer lang={lang} groups={duplicates} records={data?.employers} onMerge={(group) => void actions.merge(group)} />}

      {notice && <NoticeBanner notice={notice} lang={lang} onClose={() => setNotice(null)} />}

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
          onDelete={() => void actions.remove([openRecord.id])}
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
          onConfirm={(flipped) => void actions.confirmRestore(flipped)}
          onCancel={actions.cancelRestore}
        />
      )}
    </main>
  );
}
