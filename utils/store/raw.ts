import { browser } from 'wxt/browser';

/** Several keys of storage.local in one call each way: one read, one write, one removal. */
export type RawItems = Record<string, unknown>;

export async function getRaw(keys: string[]): Promise<RawItems> {
  return keys.length ? ((await browser.storage.local.get(keys)) as RawItems) : {};
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
