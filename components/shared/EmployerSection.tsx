import { useId, useState } from 'react';
import type { EmployerDraft, ValidationIssue } from '../../utils/registration/schema';
import type { LoketDifference } from '../../utils/employers/record';
import { dutchIn, text } from '../../utils/i18n/popup';
import type { Lang } from '../../utils/i18n/table';
import { TextField, inputClass, borderFor } from './TextField';
import { IssueText, hasError } from './IssueText';
import { normalizeLoonheffingennummer } from '../../utils/registration/loonheffingennummer';
import type { AdministrationChoice } from '../../utils/employers/administrations';

const PERIOD_TEXT = { maand: 'Maand', '4weken': '4 weken', week: 'Week' } as const;

function Difference({
  difference,
  lang,
  onTake,
  prefix,
}: {
  difference: LoketDifference | undefined;
  lang: Lang;
  onTake?: () => void;
  /** Names the field when the note does not stand under it. */
  prefix?: string;
}) {
  if (!difference) return null;
  const shown = difference.field === 'verloning' ? PERIOD_TEXT[difference.loketValue as keyof typeof PERIOD_TEXT] ?? difference.loketValue : difference.loketValue;
  return (
    <p className="mt-0.5 flex items-center gap-2 text-[11px] text-sky-900">
      <span>
        {prefix ? `${prefix} – ` : ''}
        {text('loketShows', lang)}: <strong>{shown}</strong>
      </span>
      {onTake && (
        <button type="button" onClick={onTake} className="rounded border border-sky-700 px-1.5 text-[11px] font-medium outline-none focus-visible:ring-2 focus-visible:ring-sky-600">
          {text('takeOver', lang)}
        </button>
      )}
    </p>
  );
}

export function EmployerSection({
  draft,
  options: given,
  differences,
  issues,
  lang,
  onChange,
}: {
  draft: EmployerDraft;
  /** The numbers Loket.nl shows, each with its administration's name when shown (bare numbers: no names). */
  options: readonly (AdministrationChoice | string)[];
  differences: LoketDifference[];
  issues: ValidationIssue[];
  lang: Lang;
  onChange: (patch: Partial<EmployerDraft>) => void;
}) {
  const t = (key: Parameters<typeof text>[0]) => text(key, lang);
  const of = (field: ValidationIssue['field']) => issues.filter((i) => i.field === field);
  const differenceOf = (field: LoketDifference['field']) => differences.find((d) => d.field === field);
  const lhnIssues = of('loonheffingennummer');
  const normalizedNumber = normalizeLoonheffingennummer(draft.loonheffingennummer);
  const accepted = draft.elevenTestAcceptedFor !== null && draft.elevenTestAcceptedFor === normalizedNumber;
  const overridable = lhnIssues.some((i) => i.overridable) || accepted;
  const [typing, setTyping] = useState(false);
  const selectId = useId();
  const options = given.map((o) => (typeof o === 'string' ? { number: o, label: o, naam: undefined } : o));
  const numbers = options.map((o) => o.number);
  const useSelect = options.length > 1 && !typing && (draft.loonheffingennummer === '' || numbers.includes(draft.loonheffingennummer));

  return (
    <section aria-labelledby="employer-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <h2 id="employer-heading" className="text-sm font-semibold">
        {t('employerDetails')}
      </h2>
      <TextField
        label={t('werkgeverNaam')}
        hint={t('werkgeverNaamHint')}
        value={draft.werkgeverNaam}
        onChange={(werkgeverNaam) => onChange({ werkgeverNaam })}
        issues={[]}
        lang={lang}
        after={
          <Difference
            difference={differenceOf('werkgeverNaam')}
            lang={lang}
            onTake={() => {
              const d = differenceOf('werkgeverNaam');
              if (d) onChange({ werkgeverNaam: d.loketValue });
            }}
          />
        }
      />
      <TextField
        label={t('werkgeverId')}
        labelLang={dutchIn('werkgeverId', lang)}
        touchKey="werkgeverId::"
        value={draft.werkgeverId}
        onChange={(werkgeverId) => onChange({ werkgeverId })}
        issues={of('werkgeverId')}
        lang={lang}
        after={
          <Difference
            difference={differenceOf('werkgeverId')}
            lang={lang}
            onTake={() => {
              const d = differenceOf('werkgeverId');
              if (d) onChange({ werkgeverId: d.loketValue });
            }}
          />
        }
      />
      {useSelect ? (
        <div>
          <label htmlFor={selectId} lang={dutchIn('loonheffingennummer', lang)} className="mb-0.5 block text-xs font-medium text-slate-700">
            {t('loonheffingennummer')}
          </label>
          <select
            id={selectId}
            data-field="loonheffingennummer::"
            value={draft.loonheffingennummer}
            aria-invalid={hasError(lhnIssues) ? 'true' : undefined}
            aria-describedby={lhnIssues.length ? `${selectId}-msg` : undefined}
            onChange={(e) => {
              if (e.target.value === '__other__') setTyping(true);
              else onChange({ loonheffingennummer: e.target.value });
            }}
            className={inputClass + borderFor(lhnIssues) + ' bg-white font-mono'}
          >
            {draft.loonheffingennummer === '' && (
              <option value="" disabled>
                {t('chooseAdministration')}
              </option>
            )}
            {options.map((o) => (
              // The administration's name is Loket.nl's (Dutch) data, also in English mode.
              <option key={o.number} value={o.number} lang={o.naam ? 'nl' : undefined}>
                {o.label}
              </option>
            ))}
            <option value="__other__">{t('otherNumber')}</option>
          </select>
          <IssueText id={`${selectId}-msg`} issues={lhnIssues} lang={lang} />
        </div>
      ) : (
        <TextField
          label={t('loonheffingennummer')}
          touchKey="loonheffingennummer::"
          value={draft.loonheffingennummer}
          onChange={(loonheffingennummer) => onChange({ loonheffingennummer })}
          issues={lhnIssues}
          lang={lang}
          after={
            <Difference
              difference={differenceOf('loonheffingennummer')}
              lang={lang}
              onTake={options.length === 1 ? () => onChange({ loonheffingennummer: options[0]!.number }) : undefined}
            />
          }
        />
      )}
      {overridable && (
        <label className="flex items-center gap-1.5 text-xs text-slate-700">
          <input
            type="checkbox"
            checked={accepted}
            onChange={(e) => onChange({ elevenTestAcceptedFor: e.target.checked ? normalizedNumber : null })}
            className="accent-sky-700"
          />
          {t('acceptElevenTest')}
        </label>
      )}
      <Difference
        prefix={t('verloning')}
        difference={differenceOf('verloning')}
        lang={lang}
        onTake={() => {
          const loketValue = differenceOf('verloning')?.loketValue;
          if (loketValue === 'maand' || loketValue === '4weken' || loketValue === 'week') onChange({ verloning: loketValue });
        }}
      />
    </section>
  );
}
