// Pure and dependency-free: imported by content scripts.

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const POSITIVE_WHOLE_NUMBER = /^[1-9]\d*$/;

export type WerkgeverIdKind = 'guid' | 'number';

/** Loket.nl shows either the API GUID or the integer employer number; which one is unknown, so both count. */
export function werkgeverIdKind(raw: string): WerkgeverIdKind | null {
  const value = raw.trim();
  if (GUID.test(value)) return 'guid';
  if (POSITIVE_WHOLE_NUMBER.test(value)) return 'number';
  return null;
}

/** Kept exactly as shown, only trimmed. */
export function normalizeWerkgeverId(raw: string): string {
  return raw.trim();
}
