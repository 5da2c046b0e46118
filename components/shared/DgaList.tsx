import { useEffect, useRef, useState } from 'react';
import type { Dga, ValidationIssue } from '../../utils/registration/schema';
import { dutchIn, text } from '../../utils/i18n/popup';
import type { Lang } from '../../utils/i18n/table';
import { ChoiceGroup } from './ChoiceGroup';
import { TextField } from './TextField';

interface DgaListProps {
  hasDga: boolean | null;
  dgas: Dga[];
  candidates: Dga[];
  issues: ValidationIssue[];
  lang: Lang;
  onChange: (patch: { hasDga?: boolean | null; dgas?: Dga[] }) => void;
}

export function DgaList({ hasDga, dgas, candidates, issues, lang, onChange }: DgaListProps) {
  const t = (key: Parameters<typeof text>[0]) => text(key, lang);
  const questionIssues = issues.filter((i) => i.field === 'hasDga' || (i.field === 'dgas' && i.dgaIndex === undefined));
  const rowIssues = (index: number, part: 'naam' | 'personeelsnummer') =>
    issues.filter((i) => i.field === 'dgas' && i.dgaIndex === index && i.dgaPart === part);
  const listRef = useRef<HTMLUListElement>(null);
  // After adding a row, focus moves to its first field (not to the page body).
  const [focusRow, setFocusRow] = useState<number | null>(null);
  useEffect(() => {
    if (focusRow === null) return;
    listRef.current?.querySelectorAll('li')[focusRow]?.querySelector('input')?.focus();
    setFocusRow(null);
  }, [focusRow, dgas.length]);
  const setRow = (index: number, patch: Partial<Dga>) =>
    onChange({ dgas: dgas.map((d, i) => (i === index ? { ...d, ...patch } : d)) });

  return (
    <div className="space-y-2">
      <ChoiceGroup
        legend={t('dgaQuestion')}
        field="hasDga::"
        options={[
          { value: 'ja', label: t('yes') },
          { value: 'nee', label: t('no') },
        ]}
        value={hasDga === null ? null : hasDga ? 'ja' : 'nee'}
        onChange={(v) =>
          onChange(
            v === 'ja' && dgas.length === 0
              ? { hasDga: true, dgas: [{ naam: '', personeelsnummer: '' }] }
              : { hasDga: v === 'ja' },
          )
        }
        issues={questionIssues}
        lang={lang}
      />
      {hasDga === true && (
        <ul ref={listRef} className="space-y-2">
          {dgas.map((dga, index) => (
            <li key={index} className="grid grid-cols-[1fr_7.5rem_auto] items-start gap-1.5">
              <TextField
                label={t('naamDga')}
                labelLang={dutchIn('naamDga', lang)}
                touchKey={`dgas:${index}:naam`}
                value={dga.naam}
                onChange={(naam) => setRow(index, { naam })}
                issues={rowIssues(index, 'naam')}
                lang={lang}
              />
              <TextField
                label={t('personeelsnummer')}
                labelLang={dutchIn('personeelsnummer', lang)}
                touchKey={`dgas:${index}:personeelsnummer`}
                value={dga.personeelsnummer}
                inputMode="numeric"
                onChange={(personeelsnummer) => setRow(index, { personeelsnummer })}
                issues={rowIssues(index, 'personeelsnummer')}
                lang={lang}
              />
              <button
                type="button"
                aria-label={`${t('removeDga')} ${index + 1}`}
                title={`${t('removeDga')} ${index + 1}`}
                onClick={() => onChange({ dgas: dgas.filter((_, i) => i !== index) })}
                className="mt-5 rounded-md px-2 py-1.5 text-slate-500 hover:bg-red-50 hover:text-red-700 focus-visible:ring-2 focus-visible:ring-sky-600 outline-none"
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      {hasDga === true && (
        <button
          type="button"
          onClick={() => {
            onChange({ dgas: [...dgas, { naam: '', personeelsnummer: '' }] });
            setFocusRow(dgas.length);
          }}
          className="rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-sky-600 outline-none"
        >
          <span aria-hidden="true">+ </span>
          {t('addDga')}
        </button>
      )}
      {candidates.length > 0 && (
        <div className="rounded-md border border-sky-200 bg-sky-50 p-2">
          <p className="mb-1 text-xs font-medium text-sky-900">{t('candidates')}</p>
          <ul className="space-y-1">
            {candidates.map((c) => (
              <li key={c.personeelsnummer} className="flex items-center justify-between gap-2 text-xs">
                <span>
                  {c.naam} <span className="text-slate-700">({c.personeelsnummer})</span>
                </span>
                <button
                  type="button"
                  aria-label={`${t('addCandidate')}: ${c.naam}`}
                  // Pressing the button would blur an empty DGA field first; its message then
                  // appears and pushes this button away before the click lands (the click was lost).
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => {
                    const kept = dgas.filter((d) => d.naam.trim() || d.personeelsnummer.trim());
                    onChange({ hasDga: true, dgas: [...kept, c] });
                    setFocusRow(kept.length);
                  }}
                  className="rounded border border-sky-700 px-2 py-0.5 font-medium text-sky-800 hover:bg-white focus-visible:ring-2 focus-visible:ring-sky-600 outline-none"
                >
                  {t('addCandidate')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
