import type { ValidationIssue } from '../../utils/registration/schema';
import type { Lang } from '../../utils/i18n/table';
import type { RightsRecord } from '../../utils/store';
import type { EmployerRef } from '../../utils/rights/checklist';
import { employerReadiness } from '../../utils/popup/readiness';
import { MissingSummary } from '../shared/MissingSummary';

/**
 * The first screen's status: what the registration still lacks, and whether the link user's
 * rights let it be "ready" (issue 23). A part of its own: the rights checklist stays out of the
 * popup's first-paint bundle.
 */
export function ReadySummary({ issues, lang, rights, employer, onlyWhenOpen }: {
  issues: ValidationIssue[];
  lang: Lang;
  rights: Record<string, RightsRecord>;
  employer: EmployerRef | undefined;
  /** On an a.s.r. tab: shown only while something is missing or not ready. */
  onlyWhenOpen?: boolean;
}) {
  const readiness = employerReadiness(Object.values(rights), employer, lang);
  const complete = !issues.some((i) => i.severity === 'error');
  if (onlyWhenOpen && complete && readiness.ready) return null;
  return <MissingSummary issues={issues} lang={lang} readiness={readiness} />;
}
