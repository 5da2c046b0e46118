import { browser } from 'wxt/browser';
import { employerTransaction, lastEmployerIdItem, quarantineItem, tabEmployersItem, withStorageLock } from './storage';

/** Everything the extension keeps, exactly as stored (quarantined items included). */
export async function exportAll(): Promise<string> {
  const everything = await browser.storage.local.get(null);
  return JSON.stringify({ exportedAt: new Date().toISOString(), storage: everything }, null, 2);
}

/** Deletes one employer, and every pointer to it, each under the lock of what it changes. */
export async function deleteEmployer(id: string): Promise<void> {
  await employerTransaction(async (tx) => {
    tx.remove(id);
    if ((await lastEmployerIdItem.getValue()) === id) await lastEmployerIdItem.setValue(null);
  });
  await withStorageLock('tabEmployers', async () => {
    const tabs = await tabEmployersItem.getValue();
    if (Object.values(tabs).includes(id))
      await tabEmployersItem.setValue(Object.fromEntries(Object.entries(tabs).filter(([, v]) => v !== id)));
  });
}

export async function deleteEverything(): Promise<void> {
  await browser.storage.local.clear();
  await tabEmployersItem.removeValue();
}

export async function clearQuarantine(): Promise<void> {
  await quarantineItem.removeValue();
}
