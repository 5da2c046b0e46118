import { keptDutch, lookup, translate, type Lang } from '../i18n/table';
import { text, type TextKey } from '../i18n/popup';
import { ATTENTION_LABELS, CONFLICT_FIELD_LABELS, FIELD_LABELS, RIGHTS_LABELS, ot } from '../i18n/overview';
import type { Stage } from '../registration/stage';
import type { PayPeriod } from '../registration/schema';
import type { AttentionReason, RightsSummary } from './rows';

/**
 * How the overview (and its CSV) puts a row's values into words: stage, pay period, rights,
 * attention, lacking fields, dates and draft values. The words are in utils/i18n/overview.ts.
 */

const STAGE_KEYS: Record<Stage, TextKey> = {
  concept: 'stageConcept',
  ingevuld: 'stageIngevuld',
  verstuurd: 'stageVerstuurd',
  'wacht-op-keylane': 'stageKeylane',
  bevestigd: 'stageBevestigd',
};
/** The popup's stage names (utils/i18n/popup.ts), so both say the same. */
export const stageText = (stage: Stage, lang: Lang) => text(STAGE_KEYS[stage], lang);

export function payPeriodText(period: PayPeriod, lang: Lang): string {
  if (period === 'week') return ot('perWeek', lang);
  return text(period === 'maand' ? 'perMaand' : 'per4Weken', lang);
}

export const attentionText = (reason: AttentionReason, lang: Lang) => translate(ATTENTION_LABELS, reason, lang);

export const rightsText = (rights: RightsSummary, lang: Lang): string =>
  translate(RIGHTS_LABELS, rights.state, lang, rights.state === 'missing' ? { count: rights.count } : undefined);

/** dd-mm-jjjj, the way Dutch users read and Dutch Excel parses a date; '' when unknown. */
export function dutchDate(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}-${pad(date.getMonth() + 1)}-${date.getFullYear()}`;
}

/** Lacks named by what the user does, where the field's name alone would say "type it in". */
const CODE_KEYS: Record<string, TextKey> = { 'loonheffingennummer.choose': 'chooseAdministration' };

export interface MissingLabel {
  text: string;
  /** The a.s.r. form's own (Dutch) field name, in English mode too: marked lang="nl" there. */
  dutch: boolean;
}

/** Each lacking field once, in form order: "Kies de administratie", "Verloning", "13e maand". */
export function missingLabels(row: { missing: readonly { field: string; code: string }[] }, lang: Lang): MissingLabel[] {
  const labels = new Map<string, MissingLabel>();
  for (const issue of row.missing) {
    const key = CODE_KEYS[issue.code];
    const names = key ? { nl: text(key, 'nl'), en: text(key, 'en') } : (lookup(FIELD_LABELS, issue.field) ?? { nl: issue.field, en: issue.field });
    labels.set(names.nl, { text: names[lang], dutch: keptDutch(names, lang) === 'nl' });
  }
  return [...labels.values()];
}

/** The labels as one cell of text (the CSV's). */
export const missingText = (row: Parameters<typeof missingLabels>[0], lang: Lang) =>
  missingLabels(row, lang)
    .map((l) => l.text)
    .join(', ');

export const fieldLabel = (field: string, lang: Lang) => lookup(CONFLICT_FIELD_LABELS, field)?.[lang] ?? field;

/**
 * "nl" where English mode shows Dutch on purpose, so screen readers pronounce it as Dutch: the
 * a.s.r. form's own field names (keptDutch, as the popup's dutchIn) and employer data (names from
 * Loket.nl or typed by the user). Undefined otherwise.
 */
export const fieldLang = (field: string, lang: Lang) => keptDutch(lookup(CONFLICT_FIELD_LABELS, field), lang);
export const dataLang = (lang: Lang) => (lang === 'en' ? 'nl' : undefined);

/** A draft value as a person reads it (conflicts, restore preview). */
export function formatValue(field: string, value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === '') return ot('emptyValue', lang);
  if (typeof value === 'boolean') return ot(value ? 'yes' : 'no', lang);
  if (field === 'verloning') return payPeriodText(value as PayPeriod, lang);
  if (field === 'status' && typeof value === 'object' && 'stage' in value) {
    const status = value as { stage: Stage; firstExchangeDate?: string };
    return status.firstExchangeDate ? `${stageText(status.stage, lang)}, ${status.firstExchangeDate}` : stageText(status.stage, lang);
  }
  return String(value);
}
