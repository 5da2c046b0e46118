import { isAsrOrigin } from '../asr/origin';

// Which of the extension's sites a URL belongs to: https only, exact domain or its subdomains.
// a.s.r. is decided by the fill's own origin guard, so the popup never offers a fill it refuses.

export type SiteKind = 'loket' | 'asr' | 'other';

export function siteOf(url: string | undefined): SiteKind {
  if (!url) return 'other';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'other';
  }
  if (parsed.protocol !== 'https:') return 'other';
  const host = parsed.hostname;
  const under = (domain: string) => host === domain || host.endsWith(`.${domain}`);
  if (under('loket.nl') || under('loket-acc.nl')) return 'loket';
  if (isAsrOrigin(parsed.origin)) return 'asr';
  return 'other';
}

/** a.s.r.'s page for payroll processors, from where the form 'Aanleveren gegevens in eigen beheer' is reached. */
export const ASR_REGISTRATION_PAGE = 'https://www.asr.nl/salarisverwerkers';
