import { browser } from 'wxt/browser';

/** Several keys of storage.local in one call each way: one read, one write, one removal. */
export type RawItems = Record<string, unknown>;

export async function getRaw(keys: string[]): Promise<RawItems> {
  return keys.length ? ((await browser.storage.local.get(keys)) as RawItems) : {};
}

/**
 * Many keys (a page reading 1,000 records): in parallel calls of `chunk` keys. Chrome hands a
 * call's values to the page in one piece, converting them on the page's main thread; in chunks
 * that conversion overlaps with the browser reading the next ones (1,000 records of ≈650 B:
 * 82 → 48–64 ms). `onChunk` sees each call's items as it answers. Not one snapshot: callers
 * must take a list and its records read apart.
 */
export async function getRawInChunks(keys: string[], chunk = 100, onChunk?: (items: RawItems) => void): Promise<RawItems> {
  const calls = Array.from({ length: Math.ceil(keys.length / chunk) }, async (_, k) => {
    const items = await getRaw(keys.slice(k * chunk, (k + 1) * chunk));
    onChunk?.(items);
    return items;
  });
  return Object.assign({}, ...(await Promise.all(calls))) as RawItems;
}

export async function setRaw(items: RawItems): Promise<void> {
  if (Object.keys(items).length) await browser.storage.local.set(items);
}

export async function removeRaw(keys: string[]): Promise<void> {
  if (keys.length) await browser.storage.local.remove(keys);
}

export async function getEverything(): Promise<RawItems> {
  return (await browser.storage.local.get(null)) as RawItems;
}
