import * as z from 'zod/mini';
import { STAGES, type Stage } from '../registration/stage';
import type { EmployerRecord } from '../employers/record';
import { EMPLOYER_PREFIX, ENTRY_PREFIX, IDS_OPEN_KEY, IDS_ROOT_KEY, LEGACY_KEY, employerKey, entryKey, idsPageKey } from './keys';

export { EMPLOYER_PREFIX, ENTRY_PREFIX, IDS_OPEN_KEY, IDS_ROOT_KEY, LEGACY_KEY, employerKey, entryKey, idsPageKey };

/**
 * How employers are laid out in storage.local: one key per employer, so what a capture or a
 * keystroke changes is all that is written, and what the popup shows is all that is read.
 *
 *   employer:<id>        the record (EmployerRecordSchema), validated on every read
 *   employerEntry:<id>   its index entry: what a list of employers shows, as JSON text (derived,
 *                        rebuilt if damaged; version 3 stored it as an object, still read)
 *   employerIds          { sealed: n }: how many full pages of ids exist
 *   employerIds:<k>      page k (0 ≤ k < n) of PAGE_SIZE ids, in the order employers were created
 *   employerIds:open     the page new ids are appended to (fewer than PAGE_SIZE)
 *   werkgever:<wid>      the id of the employer with this Werkgever ID (trimmed, lower case), so a
 *                        capture finds its employer without reading the others; checked on use
 *   employers            the single item of versions ≤ 2, until ./migrate.ts has moved it
 *   employersVersion     EMPLOYERS_VERSION once ./migrate.ts has brought everything above to it
 *
 * Pages hold ids only and have a fixed size, so adding an employer writes at most two pages
 * whatever the number of employers.
 */

export const PAGE_SIZE = 200;
export const LEGACY_META_KEY = 'employers$';
export const WERKGEVER_PREFIX = 'werkgever:';
export const isIdsKey = (key: string) => key === IDS_ROOT_KEY || key.startsWith(`${IDS_ROOT_KEY}:`);

/**
 * 1–2: the single `employers` item; 3: one key per employer, index entries as objects; 4: index
 * entries as JSON text of their values (ENTRY_FIELDS). Text because Chrome hands a stored object
 * to a page value by value, and the overview reads every entry before its first rows: 1,000
 * entries took a median 38–53 ms as text, JSON.parse included, against 115–177 ms as objects
 * (built extension, 15 interleaved samples, 2 cores under load 9). The key count matters less:
 * the same objects in 5 keys of 200 took 35–45% less time than in 1,000 keys, text 70–80% less.
 * So still one key per employer, and a capture writes one small entry (80 bytes smaller than
 * before, without the field names).
 */
export const EMPLOYERS_VERSION = 4;
export const EMPLOYERS_VERSION_KEY = 'employersVersion';

/** One lock for every read-modify-write of the keys above. */
export const EMPLOYERS_LOCK = 'employers';

const normalizeWerkgeverId = (id: string) => id.trim().toLowerCase();
export const werkgeverKey = (werkgeverId: string) => WERKGEVER_PREFIX + normalizeWerkgeverId(werkgeverId);

/** The lookup keys a record should be found under (its typed and its captured Werkgever ID). */
export function werkgeverKeysOf(record: EmployerRecord | null): string[] {
  if (!record) return [];
  const ids = [record.draft.werkgeverId, record.loket?.werkgeverId ?? ''].map(normalizeWerkgeverId).filter(Boolean);
  return [...new Set(ids)].map((id) => WERKGEVER_PREFIX + id);
}

export const EmployerIndexEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** As typed or taken over in the draft. */
  werkgeverId: z.string(),
  /** As Loket.nl last showed it; null when never captured. */
  loketWerkgeverId: z.nullable(z.string()),
  werkgeverNaam: z.string(),
  /** The draft's number first, then the others Loket.nl showed. */
  loonheffingennummers: z.array(z.string()),
  stage: z.custom<Stage>((v) => (STAGES as readonly unknown[]).includes(v)),
  updatedAt: z.string(),
});
export type EmployerIndexEntry = z.infer<typeof EmployerIndexEntrySchema>;

export function entryOf(record: EmployerRecord): EmployerIndexEntry {
  const numbers = [record.draft.loonheffingennummer, ...(record.loket?.loonheffingennummers ?? [])].filter(Boolean);
  return {
    id: record.id,
    werkgeverId: record.draft.werkgeverId,
    loketWerkgeverId: record.loket?.werkgeverId ?? null,
    werkgeverNaam: record.draft.werkgeverNaam,
    loonheffingennummers: [...new Set(numbers)],
    stage: record.draft.status.stage,
    updatedAt: record.updatedAt,
  };
}

/** The fields of an entry in the order its stored text lists their values (see EMPLOYERS_VERSION). */
export const ENTRY_FIELDS = ['id', 'werkgeverId', 'loketWerkgeverId', 'werkgeverNaam', 'loonheffingennummers', 'stage', 'updatedAt'] as const;

/** An index entry as stored: the JSON text of its values in ENTRY_FIELDS order, without the field names. */
export const entryText = (entry: EmployerIndexEntry): string => JSON.stringify(ENTRY_FIELDS.map((field) => entry[field]));

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * An entry from its values in ENTRY_FIELDS order, checked value by value as EmployerIndexEntrySchema
 * checks them (tests/unit/store/entry-text.test.ts holds the two equal): this runs for every
 * employer before the overview's first rows, where the schema's parse of 1,000 entries took
 * 15–30 ms of the page's main thread.
 */
function entryOfValues(values: readonly unknown[]): EmployerIndexEntry | null {
  const [id, werkgeverId, loketWerkgeverId, werkgeverNaam, numbers, stage, updatedAt] = values;
  const valid =
    isText(id) &&
    id.length > 0 &&
    isText(werkgeverId) &&
    (loketWerkgeverId === null || isText(loketWerkgeverId)) &&
    isText(werkgeverNaam) &&
    Array.isArray(numbers) &&
    numbers.every(isText) &&
    (STAGES as readonly unknown[]).includes(stage) &&
    isText(updatedAt);
  return valid ? { id, werkgeverId, loketWerkgeverId, werkgeverNaam, loonheffingennummers: numbers, stage: stage as Stage, updatedAt } : null;
}

/** The stored entry of `id`, as text or (version 3) as an object, validated; null when absent or damaged. */
export function entryIn(raw: unknown, id: string): EmployerIndexEntry | null {
  let values: unknown = null;
  if (isText(raw)) {
    try {
      values = JSON.parse(raw);
    } catch {
      return null;
    }
  } else if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    values = ENTRY_FIELDS.map((field) => (raw as Record<string, unknown>)[field]);
  }
  const entry = Array.isArray(values) ? entryOfValues(values) : null;
  return entry?.id === id ? entry : null;
}

export const IdsRootSchema = z.object({ sealed: z.int().check(z.nonnegative()) });
export const IdsPageSchema = z.array(z.string().check(z.minLength(1)));
