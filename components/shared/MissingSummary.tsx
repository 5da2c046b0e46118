import type { ValidationIssue } from '../../utils/registration/schema';
import { text, type TextKey } from '../../utils/i18n/popup';
import type { Lang } from '../../utils/i18n/table';
import type { Readiness } from '../../utils/popup/readiness';

/** Short names for the summary; the full message stands next to each field. */
const FIELD_KEY: Record<ValidationIssue['field'], TextKey> = {
  bedrijfsnaam: 'bedrijfsnaam',
  email: 'email',
  raamwerkcontractnummer: 'raamwerkcontractnummer',
  werkgeverId: 'werkgeverId',
  loonheffingennummer: 'loonheffingennummer',
  hasDga: 'dgaShort',
  dgas: 'dgaShort',
  verloning: 'verloning',
  dertiendeMaand: 'dertiendeMaand',
};

/** Field names that are the a.s.r. form's own Dutch words (marked lang="nl" in English mode). */
const DUTCH_NAMES = new Set<TextKey>(['bedrijfsnaam', 'email', 'raamwerkcontractnummer', 'werkgeverId', 'loonheffingennummer']);

/**
 * What still blocks a clean fill, as one short list of field names, at the top of the popup.
 * `readiness` (the popup's first screen): the ready mark is green only when the link user's
 * rights are in order too; otherwise one line says what fails.
 */
export function MissingSummary({ issues, lang, readiness }: { issues: ValidationIssue[]; lang: Lang; readiness?: Readiness }) {
  const errors = issues.filter((i) => i.severity === 'error');
  const keys = [...new Set(errors.map((i) => FIELD_KEY[i.field]))];
  const rightsLine = readiness && !readiness.ready && (
    <p id="not-ready" className="text-xs font-medium text-red-800">
      {readiness.line}
    </p>
  );
  if (keys.length === 0 && rightsLine)
    return (
      <div role="status" className="space-y-0.5">
        <p className="text-xs text-slate-700">{text('allComplete', lang)}</p>
        {rightsLine}
      </div>
    );
  if (keys.length === 0)
    return (
      <p role="status" className="text-xs text-emerald-800">
        ✓ {text('allComplete', lang)}
      </p>
    );
  return (
    <div aria-label={text('stillMissing', lang)} role="region" className="text-xs" id="missing-summary">
      <p className="font-semibold text-slate-800">
        {text('stillMissing', lang)} ({keys.length}):
      </p>
      <ul className="mt-0.5 flex flex-wrap gap-1">
        {keys.map((key) => (
          <li key={key} lang={lang === 'en' && DUTCH_NAMES.has(key) ? 'nl' : undefined} className="rounded bg-red-50 px-1.5 py-0.5 text-red-900">
            {text(key, lang)}
          </li>
        ))}
      </ul>
      {rightsLine}
    </div>
  );
}
