import type { FillOptions, FillValues } from './types';
import { PAY_PERIODS, TEXT_FIELDS } from './keys';

/**
 * The two requests the a.s.r. content script accepts, checked by hand: zod (even its "mini"
 * build) costs 7 kB gzip, more than half of the content script's 12 kB budget. The schemas in
 * utils/messages/ stay the single description of these messages; a property test proves
 * this guard accepts exactly what those schemas accept.
 */

export type AsrRequest =
  | { type: 'asr/probe' }
  | { type: 'asr/fill'; values: FillValues; options: FillOptions };

const MAX_TEXT = 500;
const MAX_DGAS = 50;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;
const isNullableBoolean = (v: unknown) => v === null || typeof v === 'boolean';

function strip<T extends Obj>(source: Obj, keys: readonly (keyof T & string)[]): T {
  return Object.fromEntries(keys.map((k) => [k, source[k]])) as T;
}


function parseValues(v: unknown): FillValues | null {
  if (!isObject(v)) return null;
  if (!TEXT_FIELDS.every((k) => isText(v[k]))) return null;
  if (!isNullableBoolean(v.hasDga) || !isNullableBoolean(v.dertiendeMaand)) return null;
  if (!(v.verloning === null || (PAY_PERIODS as readonly unknown[]).includes(v.verloning))) return null;
  const dgas = v.dgas;
  if (!Array.isArray(dgas) || dgas.length > MAX_DGAS) return null;
  // An index loop, not every(): every() skips the holes of a sparse array.
  for (let i = 0; i < dgas.length; i++) {
    const d: unknown = dgas[i];
    if (!isObject(d) || !isText(d.naam) || !isText(d.personeelsnummer)) return null;
  }
  return {
    ...strip<Omit<FillValues, 'dgas'>>(v, [...TEXT_FIELDS, 'hasDga', 'verloning', 'dertiendeMaand']),
    dgas: (dgas as Obj[]).map((d) => ({ naam: d.naam as string, personeelsnummer: d.personeelsnummer as string })),
  };
}

/** null for anything that is not exactly one of our requests (unknown keys are dropped, as zod does). */
export function parseAsrRequest(message: unknown): AsrRequest | null {
  if (!isObject(message)) return null;
  if (message.type === 'asr/probe') return { type: 'asr/probe' };
  if (message.type !== 'asr/fill') return null;
  const values = parseValues(message.values);
  const options = message.options;
  if (!values || !isObject(options) || typeof options.overwriteConflicts !== 'boolean') return null;
  return { type: 'asr/fill', values, options: { overwriteConflicts: options.overwriteConflicts } };
}
