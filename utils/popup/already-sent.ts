import type { RegistrationStatus } from '../registration/schema';
import { stageIndex, stageReachedAt } from '../registration/stage';
import { text } from '../i18n/popup';
import { guardText } from '../i18n/guard';
import type { Lang } from '../i18n/table';

const STAGE_KEY = {
  verstuurd: 'stageVerstuurd',
  'wacht-op-keylane': 'stageKeylane',
  bevestigd: 'stageBevestigd',
} as const;

/** "6 december 2026": the long date the popup and the page's button say a send happened on. */
export const day = (iso: string, lang: Lang) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
};

/**
 * The line that says a registration was sent already (stage "Verstuurd" or later), with the
 * date: the day it was sent when known, else the day its present stage was reached. null
 * before "Verstuurd". Filling a sent registration again would send a.s.r. a second one, so the
 * popup and the page's button lead with this and ask before filling.
 */
export function alreadySentLine(status: RegistrationStatus, lang: Lang): string | null {
  if (status.stage !== 'verstuurd' && status.stage !== 'wacht-op-keylane' && status.stage !== 'bevestigd') return null;
  if (stageIndex(status.stage) < stageIndex('verstuurd')) return null;
  // A later stage may carry the day it was sent too (older records do not).
  const sentAt = 'sentAt' in status && typeof status.sentAt === 'string' ? status.sentAt : null;
  if (sentAt && day(sentAt, lang)) return guardText('alreadySent', lang, { date: day(sentAt, lang) });
  const stage = text(STAGE_KEY[status.stage], lang);
  const reached = stageReachedAt(status);
  const date = reached ? day(reached, lang) : '';
  return date ? guardText('alreadySentStage', lang, { date, stage }) : guardText('alreadySentNoDate', lang, { stage });
}
