import type { Dispatch, SetStateAction } from 'react';
import type { Stage } from '../../utils/registration/stage';
import type { Lang } from '../../utils/i18n/table';
import { ot } from '../../utils/i18n/overview';
import { DATE_FILTERS, type DateFilter, type OverviewQuery } from '../../utils/overview/find';
import { Field, StageOptions } from './Field';

interface FilterBarProps {
  lang: Lang;
  query: OverviewQuery;
  setQuery: Dispatch<SetStateAction<OverviewQuery>>;
  keylaneDays: number;
  onKeylaneDays: (value: number) => void;
  /** "12 van 40 werkgevers", or "Laden…" while the count cannot be known yet. */
  count: string;
}

/** Search, stage and attention filters, the Keylane days and the count of rows shown. */
export function FilterBar({ lang, query, setQuery, keylaneDays, onKeylaneDays, count }: FilterBarProps) {
  return (
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
      <Field id="overview-dates" label={ot('dateFilter', lang)}>
        <select
          id="overview-dates"
          value={query.dates ?? ''}
          onChange={(e) => setQuery((q) => ({ ...q, dates: (e.target.value || null) as DateFilter | null }))}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5"
        >
          <option value="">{ot('anyDate', lang)}</option>
          {DATE_FILTERS.map((f) => (
            <option key={f} value={f}>
              {ot(f, lang)}
            </option>
          ))}
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
          onChange={(e) => onKeylaneDays(Number(e.target.value))}
          className="w-20 rounded-md border border-slate-300 px-2 py-1.5"
        />
      </Field>
      <p role="status" className="ml-auto pb-1.5 text-slate-700" data-testid="shown-count">
        {count}
      </p>
    </section>
  );
}
