import { employerTransaction, lastEmployerIdItem, tabEmployersItem, withStorageLock } from './index';

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
