import { normalizeLoonheffingennummer } from '../registration/loonheffingennummer';

/**
 * Migrations of stored items, one pure function per version step. They never throw and never
 * drop data: what they do not recognise passes through unchanged, and validation on read then
 * sets it aside for the user to export.
 */

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * employers v1 → v2: the eleven-test override was a plain flag (`acceptFailedElevenTest`),
 * which silently carried over to any later number. v2 remembers which number was accepted.
 */
export function employersV1toV2(stored: unknown): unknown {
  if (!isObject(stored)) return stored;
  return Object.fromEntries(
    Object.entries(stored).map(([id, record]) => {
      if (!isObject(record) || !isObject(record.draft)) return [id, record];
      const { acceptFailedElevenTest, ...draft } = record.draft;
      // Already v2 (the version marker can be lost when storage is cleared): leave it as it is.
      if ('elevenTestAcceptedFor' in draft) return [id, record];
      const number = typeof draft.loonheffingennummer === 'string' ? normalizeLoonheffingennummer(draft.loonheffingennummer) : '';
      const elevenTestAcceptedFor = acceptFailedElevenTest === true && number ? number : null;
      return [id, { ...record, draft: { ...draft, elevenTestAcceptedFor } }];
    }),
  );
}
