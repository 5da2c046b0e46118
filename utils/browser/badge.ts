import type { LoketCapture } from '../loket/types';
import { buildChecklist, missingItems, undeterminedItems, type ChecklistItem } from '../rights/checklist';
import type { Phrase } from '../i18n/table';

/**
 * The toolbar badge of a Loket.nl tab: "✓" once this tab delivered a capture, "!" when the link
 * user read on it lacks something. Per tab, so another tab's state never shows; the browser
 * clears it when the tab navigates away. Green only when the employer's link user has nothing
 * missing, undetermined or unchecked: a green mark reads as "ready" (issue 23).
 */
export interface Badge {
  text: string;
  color: string;
  title: Phrase;
}

const GREEN = '#047857';
const RED = '#b91c1c';
/** Data taken, nothing said about readiness: neither green nor alarming. */
const NEUTRAL = '#475569';

/**
 * `verdict`: for an employer's page, its link user's checklist as one verdict
 * (utils/rights/checklist.ts checklistVerdict); absent when no check applies yet.
 */
export function badgeFor(capture: LoketCapture, verdict?: 'ok' | 'missing' | 'open', checklist?: ChecklistItem[]): Badge {
  if (capture.kind === 'team') return { text: '✓', color: NEUTRAL, title: { nl: 'Rechten van team gelezen', en: 'Team rights read' } };
  if (capture.kind === 'rights') {
    // `checklist`: the user's checklist with the teams the user is in (show-badge.ts); the page alone otherwise.
    const items = checklist ?? buildChecklist({ capture, readAt: '', dedicatedConfirmed: false }, undefined);
    const missing = missingItems(items).length;
    if (missing > 0)
      return {
        text: '!',
        color: RED,
        title: { nl: `Koppelgebruiker mist ${missing} ${missing === 1 ? 'recht of voorwaarde' : 'rechten of voorwaarden'}`, en: `Link user lacks ${missing} right(s) or condition(s)` },
      };
    const open = undeterminedItems(items).length;
    if (open > 0)
      return {
        text: '?',
        color: NEUTRAL,
        title: { nl: `Rechten koppelgebruiker gelezen: ${open} niet vastgesteld`, en: `Link user rights read: ${open} not determined` },
      };
    return { text: '✓', color: GREEN, title: { nl: 'Rechten koppelgebruiker gelezen: in orde', en: 'Link user rights read: all granted' } };
  }
  if (verdict === 'ok') return { text: '✓', color: GREEN, title: { nl: 'Gegevens overgenomen; koppelgebruiker in orde', en: 'Data taken; link user in order' } };
  if (verdict === 'missing')
    return { text: '!', color: RED, title: { nl: 'Gegevens overgenomen; de koppelgebruiker mist rechten of voorwaarden', en: 'Data taken; the link user lacks rights or conditions' } };
  return {
    text: '✓',
    color: NEUTRAL,
    title: { nl: 'Gegevens overgenomen; rechten koppelgebruiker nog niet in orde bevonden', en: 'Data taken; link user rights not yet found in order' },
  };
}
