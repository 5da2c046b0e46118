import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Bytes as browsers count them against the quota: the key plus its value as JSON. */
export const bytesOf = (key: string, value: unknown) => Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value) ?? '');

export async function storedBytes(): Promise<number> {
  const everything = await fakeBrowser.storage.local.get(null);
  return Object.entries(everything).reduce((n, [k, v]) => n + bytesOf(k, v), 0);
}

export interface Meter {
  /** storage.local calls made since the meter started. */
  calls: { get: number; set: number; remove: number };
  /** Keys read, in order (a get(null) reads as '*'). */
  read: string[];
  /** Bytes written per key (summed over writes). */
  written: Record<string, number>;
  removed: string[];
  stop: () => void;
}

/** Counts the work done in storage.local: calls, keys read, bytes written by key. */
export function meterStorage(): Meter {
  const local = fakeBrowser.storage.local;
  const meter: Meter = { calls: { get: 0, set: 0, remove: 0 }, read: [], written: {}, removed: [], stop: () => undefined };
  const get = local.get.bind(local);
  const set = local.set.bind(local);
  const remove = local.remove.bind(local);
  const spies = [
    vi.spyOn(local, 'get').mockImplementation(((keys?: string | string[] | null) => {
      meter.calls.get++;
      meter.read.push(...(keys === null || keys === undefined ? ['*'] : [keys].flat()));
      return get(keys as string[]);
    }) as typeof local.get),
    vi.spyOn(local, 'set').mockImplementation(((items: Record<string, unknown>) => {
      meter.calls.set++;
      for (const [k, v] of Object.entries(items)) meter.written[k] = (meter.written[k] ?? 0) + bytesOf(k, v);
      return set(items);
    }) as typeof local.set),
    vi.spyOn(local, 'remove').mockImplementation(((keys: string | string[]) => {
      meter.calls.remove++;
      meter.removed.push(...[keys].flat());
      return remove(keys);
    }) as typeof local.remove),
  ];
  meter.stop = () => spies.forEach((s) => s.mockRestore());
  return meter;
}

export const totalWritten = (m: Pick<Meter, 'written'>) => Object.values(m.written).reduce((a, b) => a + b, 0);
