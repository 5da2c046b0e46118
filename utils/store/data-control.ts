import { browser } from 'wxt/browser';
import { quarantineItem, tabEmployersItem } from './index';

/** Everything the extension keeps, exactly as stored (quarantined items included). */
export async function exportAll(): Promise<string> {
  const everything = await browser.storage.local.get(null);
  return JSON.stringify({ exportedAt: new Date().toISOString(), storage: everything }, null, 2);
}

export async function deleteEverything(): Promise<void> {
  await browser.storage.local.clear();
  await tabEmployersItem.removeValue();
}

export async function clearQuarantine(): Promise<void> {
  await quarantineItem.removeValue();
}
