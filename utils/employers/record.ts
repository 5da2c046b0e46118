import * as z from 'zod/mini';
import {
  DgaSchema,
  EmployerDraftSchema,
  PayPeriodSchema,
  emptyEmployerDraft,
  type Dga,
  type EmployerDraft,
  type PayPeriod,
} from '../registration/schema';
import type { CompanyCapture, EmployeeCapture, EmployeeListCapture } from '../loket/types';
import { AdministratieSchema, isPeriodMap } from '../messages/administraties';

/**
 * One employer as the extension keeps it: the user's draft, the last values Loket.nl showed,
 * and which draft fields the user typed. A later capture never overwrites a typed field; the
 * popup shows the difference instead.
 */

/** Draft fields a Loket.nl capture can fill. */
export const CAPTURED_FIELDS = ['werkgeverNaam', 'loonheffingennummer', 'verloning'] as const;
export type CapturedField = (typeof CAPTURED_FIELDS)[number];

export const LoketSnapshotSchema = z.object({
  werkgeverId: z.string(),
  werkgeverNaam: z.optional(z.string()),
  loonheffingennummers: z.array(z.string()),
  /** Names of the administrations, where Loket.nl showed them (captures before this field have none). */
  administraties: z.optional(z.array(AdministratieSchema)),
  verloning: z.optional(PayPeriodSchema),
  /**
   * Each administration's own pay period, by loonheffingennummer, where Loket.nl showed one in
   * its row or section (issue 23). Optional: records stored before it lack it and read as they
   * are (no migration needed; an absent map means "not shown per administration").
   */
  // z.custom, not z.record: the record schema would add zod's map code to the popup's first-paint bundle.
  verloningen: z.optional(z.custom<Record<string, PayPeriod>>(isPeriodMap)),
  capturedAt: z.string(),
});
export type LoketSnapshot = z.infer<typeof LoketSnapshotSchema>;

export const EmployerRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  draft: EmployerDraftSchema,
  loket: z.nullable(LoketSnapshotSchema),
  edited: z.array(z.enum(CAPTURED_FIELDS)),
  dgaCandidates: z.array(DgaSchema),
  updatedAt: z.string(),
});
export type EmployerRecord = z.infer<typeof EmployerRecordSchema>;

export function newEmployerRecord(id: string, now: string, werkgeverId = ''): EmployerRecord {
  return {
    id,
    draft: emptyEmployerDraft(werkgeverId),
    loket: null,
    edited: [],
    dgaCandidates: [],
    updatedAt: now,
  };
}

export function findByWerkgeverId(
  records: Record<string, EmployerRecord>,
  werkgeverId: string,
): EmployerRecord | undefined {
  const wanted = werkgeverId.trim().toLowerCase();
  if (!wanted) return undefined;
  return Object.values(records).find(
    (r) =>
      r.loket?.werkgeverId.toLowerCase() === wanted || r.draft.werkgeverId.trim().toLowerCase() === wanted,
  );
}

/**
 * The pay period that goes with the administration `number`: its own when Loket.nl showed one
 * beside it; else, when administrations show theirs, the one they all share, or null when they
 * differ (the popup then asks: guessing "maand" for a four-weekly payroll is the defect this
 * prevents); else the period shown once for the whole employer.
 */
export function periodForNumber(loket: LoketSnapshot | null | undefined, number: string): EmployerDraft['verloning'] {
  if (!loket) return null;
  const own = loket.verloningen;
  if (!own || !Object.keys(own).length) return loket.verloning ?? null;
  if (own[number]) return own[number];
  const shown = [...new Set(Object.values(own))];
  return shown.length === 1 ? shown[0]! : null;
}

/** Merges a company-details capture; fields the user edited keep the user's value. */
export function applyCompanyCapture(
  record: EmployerRecord,
  capture: CompanyCapture,
  now: string,
): EmployerRecord {
  const loket: LoketSnapshot = {
    werkgeverId: capture.werkgeverId,
    werkgeverNaam: capture.werkgeverNaam,
    loonheffingennummers: capture.loonheffingennummers,
    verloning: capture.verloning,
    capturedAt: now,
  };
  if (capture.administraties?.length) loket.administraties = capture.administraties;
  if (capture.verloningen && Object.keys(capture.verloningen).length) loket.verloningen = capture.verloningen;
  const draft: EmployerDraft = { ...record.draft };
  if (!draft.werkgeverId) draft.werkgeverId = capture.werkgeverId;
  const isEdited = (field: CapturedField) => record.edited.includes(field);
  if (!isEdited('werkgeverNaam') && capture.werkgeverNaam) draft.werkgeverNaam = capture.werkgeverNaam;

  if (!isEdited('loonheffingennummer') && !capture.loonheffingennummers.includes(draft.loonheffingennummer)) {
    // One administration: its number is taken. Several: the user picks one in the popup (a value
    // taken from an earlier capture that Loket.nl no longer shows is cleared, so the popup asks).
    if (capture.loonheffingennummers.length === 1) draft.loonheffingennummer = capture.loonheffingennummers[0]!;
    else if (capture.loonheffingennummers.length > 1) draft.loonheffingennummer = '';
  }
  // After the number: the period follows the administration chosen (or asks, see periodForNumber).
  if (!isEdited('verloning')) {
    const period = periodForNumber(loket, draft.loonheffingennummer);
    if (period || loket.verloningen) draft.verloning = period;
  }
  return { ...record, draft, loket, updatedAt: now };
}

/** An employee marked DGA becomes a candidate; one no longer marked DGA stops being one. */
export function applyEmployeeCapture(
  record: EmployerRecord,
  capture: EmployeeCapture,
  now: string,
): EmployerRecord {
  const others = record.dgaCandidates.filter((c) => c.personeelsnummer !== capture.personeelsnummer);
  const dgaCandidates =
    capture.isDga === true ? [...others, { naam: capture.naam, personeelsnummer: capture.personeelsnummer }] : others;
  return { ...record, dgaCandidates, updatedAt: now };
}

/**
 * An employee overview's DGAs become candidates (a candidate read again keeps one entry, with the
 * name the list shows); the popup offers them as it offers those from employee pages.
 */
export function applyEmployeeListCapture(record: EmployerRecord, capture: EmployeeListCapture, now: string): EmployerRecord {
  const listed = new Set(capture.dgas.map((d) => d.personeelsnummer));
  const dgaCandidates = [...record.dgaCandidates.filter((c) => !listed.has(c.personeelsnummer)), ...capture.dgas];
  return { ...record, dgaCandidates, updatedAt: now };
}

/** Applies what the user typed and remembers which captured fields are now theirs. */
export function applyUserEdit(
  record: EmployerRecord,
  patch: Partial<EmployerDraft>,
  now: string,
): EmployerRecord {
  const edited = new Set(record.edited);
  const draft = { ...record.draft, ...patch };
  // Choosing an administration chooses its pay period too, unless the user typed one.
  if ('loonheffingennummer' in patch && !('verloning' in patch) && !edited.has('verloning') && record.loket?.verloningen) {
    draft.verloning = periodForNumber(record.loket, draft.loonheffingennummer);
  }
  for (const field of CAPTURED_FIELDS) if (field in patch) edited.add(field);
  return { ...record, draft, edited: [...edited], updatedAt: now };
}

export interface LoketDifference {
  /** werkgeverId: the user typed one, Loket.nl shows another (a typo such as 20270 for 20720). */
  field: CapturedField | 'werkgeverId';
  loketValue: string;
}

/** Where Loket.nl now shows something else than the value the user typed. */
export function loketDifferences(record: EmployerRecord): LoketDifference[] {
  const loket = record.loket;
  if (!loket) return [];
  const differences: LoketDifference[] = [];
  const { draft } = record;
  if (loket.werkgeverNaam && draft.werkgeverNaam !== loket.werkgeverNaam)
    differences.push({ field: 'werkgeverNaam', loketValue: loket.werkgeverNaam });
  if (loket.verloning && draft.verloning !== loket.verloning)
    differences.push({ field: 'verloning', loketValue: loket.verloning });
  if (loket.loonheffingennummers.length > 0 && !loket.loonheffingennummers.includes(draft.loonheffingennummer))
    differences.push({ field: 'loonheffingennummer', loketValue: loket.loonheffingennummers.join(', ') });
  const typed = differences.filter((d) => (record.edited as string[]).includes(d.field));
  const typedId = draft.werkgeverId.trim();
  if (typedId && typedId.toLowerCase() !== loket.werkgeverId.trim().toLowerCase())
    typed.unshift({ field: 'werkgeverId', loketValue: loket.werkgeverId });
  return typed;
}

/** Candidates not yet in the user's DGA list. */
export function openDgaCandidates(record: EmployerRecord): Dga[] {
  const listed = new Set(record.draft.dgas.map((d) => d.personeelsnummer.trim()));
  return record.dgaCandidates.filter((c) => !listed.has(c.personeelsnummer));
}
