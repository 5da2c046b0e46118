import type { ValidationIssue } from '@/utils/registration/schema';
import { text, type Lang } from '@/utils/i18n';

/** What still blocks a clean fill, in one list, before the user presses "Invullen". */
export function MissingSummary({ issues, lang }: { issues: ValidationIssue[]; lang: Lang }) {
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) return <p className="text-xs text-emerald-800">✓ {text('allComplete', lang)}</p>;
  return (
    <div aria-label={text('stillMissing', lang)} role="region" className="text-xs">
      <p className="font-semibold text-slate-800">
        {text('stillMissing', lang)} ({errors.length})
      </p>
      <ul className="ml-4 list-disc text-slate-700">
        {errors.map((issue, i) => (
          <li key={`${issue.code}-${i}`}>{issue.message[lang]}</li>
        ))}
      </ul>
    </div>
  );
}
