import type { LoketCapture } from '../loket/types';
import { buildChecklist, missingItems } from '../rights/checklist';
import type { Phrase } from '../i18n/table';

/**
 * The toolbar badge of a Loket.nl tab: "✓" once this tab delivered a capture, "!" when the link
 * user read on it lacks something. Per tab, so another tab's state never shows; the browser
 * clears it when the tab navigates away.
 */
export interface Badge {
  text: string;
  color: string;
  title: Phrase;
}

export function badgeFor(capture: LoketCapture): Badge {
  if (capture.kind === 'rights') {
    const missing = missingItems(buildChecklist({ capture, readAt: '', dedicatedConfirmed: false }, undefined)).length;
    if (missing > 0)
      return {
        text: '!',
        color: '#b91c1c',
        title: { nl: `Koppelgebruiker mist ${missing} ${missing === 1 ? 'recht of voorwaarde' : 'rechten of voorwaarden'}`, en: `Link user lacks ${missing} right(s) or condition(s)` },
      };
    return { text: '✓', color: '#047857', title: { nl: 'Rechten koppelgebruiker gelezen: in orde', en: 'Link user rights read: all granted' } };
  }
  return { text: '✓', color: '#047857', title: { nl: 'Gegevens overgenomen uit Loket.nl', en: 'Data taken from Loket.nl' } };
}
