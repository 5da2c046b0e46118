import { browser } from 'wxt/browser';
import { lastEmployerIdItem, quarantineItem, tabEmployersItem, updateEmployers } from './storage';

/** Everything the extension keeps, exactly as stored (quarantined items included). */
export async function exportAll(): Promise<string> {
  const everything = await browser.storage.local.get(null);
  return JSON.stringify({ exportedAt: new Date().toISOString(), storage: everything }, null, 2);
}

export async function deleteEmployer(id: string): Promise<void> {
  await updateEmployers((records) => {
    const { [id]: _removed, ...rest } = records;
    return rest;
  });
  if ((await lastEmployerIdItem.getValue()) === id) await lastEmployerIdItem.setValue(null);
  const tabs = await tabEmployersItem.getValue();
  await tabEmployersItem.setValue(Object.fromEntries(Object.entries(tabs).filter(([, v]) => v !== id)));
}

export async function deleteEverything(): Promise<void> {
  await browser.storage.local.clear();
  await tabEmployersItem.removeValue();
}

export async function clearQuarantine(): Promise<void> {
  await quarantineItem.removeValue();
}

