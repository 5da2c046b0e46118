// Origin guard: the content script acts only on a.s.r.'s own sites.

/**
 * True only for https://asr.nl and https://<sub>.asr.nl on the default port.
 * Compares the parsed hostname by exact suffix, so "evil-asr.nl", "asr.nl.evil.com",
 * "http://www.asr.nl" and "https://www.asr.nl:8443" are all refused.
 */
export function isAsrOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.username !== '' || url.password !== '') return false;
  const host = url.hostname;
  return host === 'asr.nl' || (host.endsWith('.asr.nl') && host.length > '.asr.nl'.length && !host.startsWith('.'));
}
