import { memo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { keptDutch, translate, type Lang } from '../../utils/i18n/table';
import type { OverviewRow } from '../../utils/overview/rows';
import { SORT_KEYS, type OverviewQuery, type SortKey } from '../../utils/overview/find';
import { COLUMN_LABELS, ot } from '../../utils/i18n/overview';
import { attentionText, dataLang, dutchDate, missingLabels, payPeriodText, rightsText, stageText } from '../../utils/overview/labels';
import { dayText } from '../../utils/registration/dates';

const ROW_HEIGHT = 44;

interface TableProps {
  rows: OverviewRow[];
  sort: OverviewQuery['sort'];
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], selected: boolean) => void;
  onOpen: (id: string) => void;
  lang: Lang;
  /** Rows painted from index entries; their details are being read. */
  busy?: boolean;
}

const RIGHTS_CLASS: Record<OverviewRow['rights']['state'], string> = {
  ok: 'text-emerald-800',
  missing: 'font-semibold text-red-700',
  unchecked: 'text-slate-500',
  outdated: 'text-amber-800',
};

const cell = 'px-2 py-1.5 align-top';
const focusRing = 'outline-none focus-visible:ring-2 focus-visible:ring-sky-600 rounded';

/**
 * One table row per employer. Only the rows in view (plus a margin) are in the DOM, so 1,000
 * employers open and filter at once; aria-rowcount/aria-rowindex tell assistive technology the
 * whole size. Arrow up/down move focus to the same column of the next row, scrolling it in.
 */
export function EmployerTable({ rows, sort, onSort, selected, onSelect, onOpen, lang, busy = false }: TableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => rows[index]!.id,
    // First paint before the scroller is measured (and in tests without layout): a screenful.
    initialRect: { width: 1200, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const td = (e.target as HTMLElement).closest('td, th');
    const tr = td?.closest('tr');
    const index = Number(tr?.dataset.index);
    if (!td || !tr || Number.isNaN(index)) return;
    const target = index + (e.key === 'ArrowDown' ? 1 : -1);
    if (target < 0 || target >= rows.length) return;
    e.preventDefault();
    const column = (td as HTMLTableCellElement).cellIndex;
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const focus = (attempt: number) => {
      const next = scroller.current?.querySelector<HTMLTableRowElement>(`tr[data-index="${target}"]`);
      const control = next?.cells[column]?.querySelector<HTMLElement>('button, input, a');
      if (control) control.focus();
      else if (attempt < 5) requestAnimationFrame(() => focus(attempt + 1));
    };
    focus(0);
  };

  return (
    <div ref={scroller} className="min-h-0 flex-1 overflow-auto rounded-lg border border-slate-200 bg-white" data-testid="table-scroller">
      <table className="w-full border-collapse text-left text-sm" aria-rowcount={rows.length + 1} aria-label={ot('pageTitle', lang)} aria-busy={busy}>
        <thead className="sticky top-0 z-10 bg-slate-100 text-xs text-slate-700 shadow-[0_1px_0_#cbd5e1]">
          <tr aria-rowindex={1}>
            <td className={cell + ' w-8'}>
              <input
                type="checkbox"
                aria-label={ot('selectAll', lang)}
                checked={allSelected}
                onChange={(e) => onSelect(rows.map((r) => r.id), e.target.checked)}
                className="accent-sky-700"
              />
            </td>
            {SORT_KEYS.map((key) => {
              const active = sort.key === key;
              return (
                // Headers wrap ("Rechten / koppelgebruiker"): on one line they made the table 1,569 px wide,
                // wider than a 1,440 px window, whose users then scrolled sideways for the last columns.
                <th key={key} scope="col" aria-sort={active ? sort.direction : undefined} className={cell + ' align-bottom font-semibold'}>
                  <button type="button" onClick={() => onSort(key)} className={focusRing + ' inline-flex items-end gap-1 text-left hover:underline'}>
                    <span lang={keptDutch(COLUMN_LABELS[key], lang)}>{translate(COLUMN_LABELS, key, lang)}</span>
                    <span aria-hidden="true" className={active ? 'text-sky-800' : 'text-slate-400'}>
                      {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {before > 0 && (
            <tr aria-hidden="true">
              <td colSpan={SORT_KEYS.length + 1} style={{ height: before, padding: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <Row
                key={row.id}
                row={row}
                index={item.index}
                measure={virtualizer.measureElement}
                isSelected={selected.has(row.id)}
                onSelect={onSelect}
                onOpen={onOpen}
                lang={lang}
              />
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true">
              <td colSpan={SORT_KEYS.length + 1} style={{ height: after, padding: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  row: OverviewRow;
  index: number;
  measure: (el: HTMLTableRowElement | null) => void;
  isSelected: boolean;
  onSelect: (ids: string[], selected: boolean) => void;
  onOpen: (id: string) => void;
  lang: Lang;
}

const Row = memo(function Row({ row, index, measure, isSelected, onSelect, onOpen, lang }: RowProps) {
  const [showNames, setShowNames] = useState(false);
  const name = row.name || ot('unnamed', lang);
  const chosen = row.numbers.filter((n) => n.chosen);
  const others = row.numbers.filter((n) => !n.chosen);
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      aria-selected={isSelected}
      className={'border-t border-slate-100 ' + (isSelected ? 'bg-sky-50' : 'hover:bg-slate-50')}
    >
      <td className={cell}>
        <input
          type="checkbox"
          aria-label={ot('selectRow', lang, { name })}
          checked={isSelected}
          onChange={(e) => onSelect([row.id], e.target.checked)}
          className="accent-sky-700"
        />
      </td>
      <th scope="row" className={cell + ' min-w-[12rem] font-medium'}>
        <button
          type="button"
          onClick={() => onOpen(row.id)}
          lang={row.name ? dataLang(lang) : undefined}
          className={focusRing + ' text-left text-sky-900 underline decoration-sky-300 hover:decoration-sky-800'}
        >
          {name}
        </button>
        {row.attention.length > 0 && (
          <span className="ml-1 block text-[11px] font-normal text-red-700">{row.attention.map((a) => attentionText(a, lang)).join(' · ')}</span>
        )}
      </th>
      <td className={cell + ' font-mono text-xs'}>{row.werkgeverId}</td>
      <td className={cell + ' font-mono text-xs'}>
        {[...chosen, ...others].map((n) => (
          <span key={n.number} className={'block ' + (n.chosen ? 'text-slate-900' : 'text-slate-500')}>
            {n.number}
            {n.administration && (
              <span className="font-sans" lang={dataLang(lang)}>
                {' '}
                · {n.administration}
              </span>
            )}
          </span>
        ))}
      </td>
      <td className={cell}>
        {!row.details ? null : row.dgaNames.length === 0 ? (
          <span className="text-slate-500">0</span>
        ) : (
          <>
            <button
              type="button"
              aria-expanded={showNames}
              onClick={() => setShowNames((v) => !v)}
              className={focusRing + ' text-sky-900 underline decoration-dotted'}
            >
              {row.dgaNames.length} · {ot(row.dgaNames.length === 1 ? 'showName' : 'showNames', lang)}
            </button>
            {showNames && (
              <span className="block text-xs text-slate-700" lang={dataLang(lang)}>
                {row.dgaNames.join(', ')}
              </span>
            )}
          </>
        )}
      </td>
      <td className={cell + ' whitespace-nowrap'}>{row.verloning ? payPeriodText(row.verloning, lang) : ''}</td>
      <td className={cell}>{row.dertiendeMaand === null ? '' : ot(row.dertiendeMaand ? 'yes' : 'no', lang)}</td>
      <td className={cell + ' text-xs'} title={row.missing.map((i) => i.message[lang]).join('\n') || undefined}>
        {!row.details ? null : row.missing.length === 0 ? (
          <span className="text-emerald-800">{ot('complete', lang)}</span>
        ) : (
          <span className="text-red-800">
            {missingLabels(row, lang).map((l, i) => (
              <span key={l.text} lang={l.dutch ? 'nl' : undefined}>
                {i > 0 && ', '}
                {l.text}
              </span>
            ))}
          </span>
        )}
      </td>
      <td className={cell + ' ' + RIGHTS_CLASS[row.rights.state]}>{row.details && rightsText(row.rights, lang)}</td>
      {/* Stage names wrap ("Koppeling / bevestigd"); dates do not: see the header's note on width. */}
      <td className={cell}>
        {stageText(row.stage, lang)}
        {row.stageDate && <span className="block whitespace-nowrap text-[11px] text-slate-600">{dutchDate(row.stageDate)}</span>}
        {row.keylaneContact && (
          <span className="block whitespace-nowrap text-[11px] text-slate-600">{ot('keylaneContactShort', lang, { date: dayText(row.keylaneContact) })}</span>
        )}
      </td>
      <td className={cell + ' whitespace-nowrap'}>
        {row.firstExchange ? (
          dayText(row.firstExchange)
        ) : row.stage === 'bevestigd' && row.details ? (
          <span className="text-xs text-amber-800">{ot('noExchangeDate', lang)}</span>
        ) : null}
      </td>
      <td className={cell + ' whitespace-nowrap text-xs text-slate-700'}>{row.lastSeen ? dutchDate(row.lastSeen) : row.details && ot('never', lang)}</td>
    </tr>
  );
});
