import { linkUserChecklist, type ChecklistItem, type EmployerRef, type StoredCheck } from '../rights/checklist';
import { REQUIRED_RIGHTS, type RightName } from '../loket/types';
import { guardText } from '../i18n/guard';
import type { Lang } from '../i18n/table';

export interface Readiness {
  /** True only when every condition and right of the employer's link user is granted. */
  ready: boolean;
  /** Why not, in one line ("Nog niet klaar voor de koppeling: …"); '' when ready. */
  line: string;
}

const isRight = (id: string): id is RightName => (REQUIRED_RIGHTS as readonly string[]).includes(id);

/**
 * Rights decide "ready": a registration whose link user lacks a right, cannot reach the
 * employer, is blocked or is a webservice user gives a link that does not work, however
 * complete the form is. Nothing missing, nothing undetermined, nothing unchecked, or not ready;
 * then one line names the first two missing rights ("en nog N") and each failing condition.
 */
export function readinessOf(items: ChecklistItem[], checked: boolean, lang: Lang): Readiness {
  if (items.every((i) => i.state === 'granted')) return { ready: true, line: '' };
  const parts: string[] = [];
  const missing = items.filter((i) => i.state === 'missing');
  const rights = missing.filter((i) => isRight(i.id)).map((i) => i.id);
  if (rights.length) {
    const first = rights.slice(0, 2).join(', ');
    const list = rights.length > 2 ? guardText('andMore', lang, { list: first, n: rights.length - 2 }) : first;
    parts.push(guardText('rightsMissing', lang, { rights: list }));
  }
  const failed = new Set(missing.map((i) => i.id));
  if (failed.has('employer-access')) parts.push(guardText('noAccess', lang));
  if (failed.has('active')) parts.push(guardText('blocked', lang));
  if (failed.has('standard-user')) parts.push(guardText('webservice', lang));
  const undetermined = items.filter((i) => i.state === 'undetermined').length;
  if (undetermined) parts.push(guardText('undetermined', lang, { n: undetermined }));
  if (!checked) parts.push(guardText('rightsUnchecked', lang));
  else if (!parts.length && items.some((i) => i.id === 'dedicated' && i.state !== 'granted')) parts.push(guardText('dedicatedUnconfirmed', lang));
  else if (!parts.length) parts.push(guardText('rightsUnchecked', lang));
  return { ready: false, line: guardText('notReady', lang, { why: parts.join('; ') }) };
}

/** The readiness of one employer from the stored rights checks (the check that applies to it). */
export function employerReadiness(checks: readonly StoredCheck[], employer: EmployerRef | undefined, lang: Lang): Readiness {
  const { check, items } = linkUserChecklist(checks, employer);
  return readinessOf(items, !!check, lang);
}
