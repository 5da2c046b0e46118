import * as z from 'zod/mini';
import { EmployeeCaptureSchema } from '../messages/captures';
import { applyEmployeeCapture } from '../employers/record';
import type { EmployeeCapture } from '../loket/types';
import { defineItem } from './item';
import { withStorageLock } from './lock';
import { updateEmployer } from './employers';

/**
 * Captures from a Loket.nl page whose employer cannot be told (no Werkgever ID, no employer of
 * the same tab, or a Werkgever ID no stored employer has): kept aside until the user says which
 * employer they belong to ("Bij welke werkgever hoort dit?"), never attached to the last chosen
 * employer silently. A new item: stores written before it simply lack it (it reads as empty),
 * so no migration is needed.
 */
export const PendingCaptureSchema = z.object({ capture: EmployeeCaptureSchema, at: z.string() });
export type PendingCapture = z.infer<typeof PendingCaptureSchema>;

export const PENDING_KEY = 'pendingCaptures';
export const pendingCapturesItem = defineItem<unknown>('local', PENDING_KEY, []);

/** The most kept aside at once: the oldest go first. */
export const MAX_PENDING = 20;

const sameEmployee = (a: EmployeeCapture, b: EmployeeCapture) =>
  a.personeelsnummer === b.personeelsnummer && a.naam === b.naam && (a.werkgeverId ?? '') === (b.werkgeverId ?? '');

/** The captures kept aside, each checked; a damaged entry is dropped (it is a page's reading, read again on the next visit). */
export async function readPending(): Promise<PendingCapture[]> {
  const raw = await pendingCapturesItem.getValue();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const parsed = PendingCaptureSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Keeps one capture aside; the same employee read again replaces its earlier reading. */
export function keepPending(capture: EmployeeCapture, at: string): Promise<void> {
  return withStorageLock(PENDING_KEY, async () => {
    const list = (await readPending()).filter((p) => !sameEmployee(p.capture, capture));
    await pendingCapturesItem.setValue([...list, { capture, at }].slice(-MAX_PENDING));
  });
}

/**
 * The user's answer for the capture kept at `at`: attach it to `employerId`, or (null) drop it.
 * Attached the way a capture from that employer's own page would have been.
 */
export async function resolvePending(at: string, employerId: string | null): Promise<void> {
  const list = await readPending();
  const entry = list.find((p) => p.at === at);
  if (!entry) return;
  if (employerId) {
    const now = new Date().toISOString();
    await updateEmployer(employerId, (record) => record && applyEmployeeCapture(record, entry.capture, now));
  }
  await withStorageLock(PENDING_KEY, async () => {
    await pendingCapturesItem.setValue((await readPending()).filter((p) => p.at !== at));
  });
}
