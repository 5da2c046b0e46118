// English mode's check, shared by the popup's and the overview's walks: visible Dutch UI words
// outside [lang=nl] (Loket.nl/a.s.r./employer data is marked lang="nl" and pronounced as Dutch).
import type { Page } from '@playwright/test';

/** Dutch UI words (whole words) that English mode must not show outside [lang=nl]. */
export const DUTCH_UI = [
  'Invullen', 'invullen', 'ingevuld', 'Werkgever', 'werkgever', 'werkgevers', 'Nieuwe', 'Gegevens', 'gegevens', 'beheren', 'Rechten',
  'Nog', 'te doen', 'openen', 'Wijzigen', 'Kies', 'Kopiëren', 'verwijderen', 'geen waarde', 'overgeslagen', 'Klaar', 'velden',
  'Uw', 'organisatie', 'Ja', 'Nee', 'Verstuurd', 'Alle', 'Naam', 'Vernieuw', 'formulier', 'aanmelding', 'niet', 'nog', 'van', 'het', 'een', 'de',
];

/** Visible text outside [lang=nl] that holds one of DUTCH_UI as a word. */
export async function dutchLeaks(popup: Page, dutchWords: readonly string[] = DUTCH_UI): Promise<string[]> {
  return popup.evaluate((words) => {
    const leaks: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = (node.textContent ?? '').trim();
      if (!el || !text || el.closest('[lang="nl"], script, style, .sr-only[aria-hidden="true"]')) continue;
      if (!el.checkVisibility?.() && el.closest('details:not([open])')) continue;
      const hit = words.find((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u').test(text));
      if (hit) leaks.push(`${hit}: "${text.slice(0, 80)}"`);
    }
    for (const el of Array.from(document.querySelectorAll('[aria-label], [title], input[placeholder]'))) {
      if (el.closest('[lang="nl"]')) continue;
      const text = [el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('placeholder')].filter(Boolean).join(' ');
      const hit = words.find((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u').test(text));
      if (hit) leaks.push(`${hit} (attribute): "${text.slice(0, 80)}"`);
    }
    return leaks;
  }, dutchWords);
}
