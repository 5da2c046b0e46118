import type { FillReport } from '../asr/types';
import type { Lang } from '../i18n/table';

/**
 * A fill counts as complete only when every field of the registration was filled or already
 * held the same value: anything not found, skipped or left in conflict leaves work for the user,
 * so the stage must not advance (utils/registration/stage.ts stageAfterFill).
 */
export function isFillComplete(report: FillReport): boolean {
  return report.formFound && report.fields.length > 0 && report.fields.every((f) => f.status === 'filled');
}

/** One sentence for the live region after a fill. */
export function fillSummary(report: FillReport, lang: Lang): string {
  const nl = lang === 'nl';
  if (!report.formFound) return nl ? 'Geen a.s.r.-formulier gevonden: er is niets ingevuld.' : 'No a.s.r. form found: nothing was filled in.';
  const filled = report.fields.filter((f) => f.status === 'filled').length;
  const open = report.fields.length - filled;
  if (open === 0) return nl ? `Klaar: alle ${filled} velden staan op het formulier.` : `Done: all ${filled} fields are on the form.`;
  return nl
    ? `${filled} van de ${report.fields.length} velden ingevuld; ${open} ${open === 1 ? 'vraagt' : 'vragen'} uw aandacht.`
    : `${filled} of ${report.fields.length} fields filled in; ${open} ${open === 1 ? 'needs' : 'need'} your attention.`;
}
