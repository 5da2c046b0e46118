import type { LoketCapture } from '../loket/types';
import { applyCompanyCapture, applyEmployeeCapture, newEmployerRecord, type EmployerRecord } from '../employers/record';
import { employerTransaction, lastEmployerIdItem, newId, tabEmployersItem, updateRights, withStorageLock } from './index';

/**
 * Saves one validated capture from a Loket.nl tab. Company captures create or update the
 * employer (keyed by Werkgever ID); employee captures go to the employer the page names, else
 * to the employer last seen in the same tab; rights captures are kept per Loket.nl user.
 * Reads and writes only the employer concerned, whatever the number of employers.
 */
export async function saveCapture(capture: LoketCapture, tabId: number | undefined): Promise<void> {
  const at = new Date().toISOString();
  if (capture.kind === 'rights') {
    await updateRights((records) => ({
      ...records,
      [capture.userName]: {
        capture,
        readAt: at,
        dedicatedConfirmed: records[capture.userName]?.dedicatedConfirmed ?? false,
      },
    }));
    return;
  }

  const tabEmployers = tabId === undefined ? {} : await tabEmployersItem.getValue();
  const savedId = await employerTransaction(async (tx) => {
    let record: EmployerRecord | null;
    if (capture.kind === 'company') {
      record = (await tx.findByWerkgeverId(capture.werkgeverId)) ?? newEmployerRecord(newId(), at);
      record = applyCompanyCapture(record, capture, at);
    } else {
      const tabRecordId = tabId === undefined ? undefined : tabEmployers[String(tabId)];
      record =
        (capture.werkgeverId ? await tx.findByWerkgeverId(capture.werkgeverId) : null) ??
        (tabRecordId ? await tx.read(tabRecordId) : null);
      // An employee page of an employer never seen: nothing to attach the DGA to yet.
      if (!record) return undefined;
      record = applyEmployeeCapture(record, capture, at);
    }
    tx.put(record);
    // Under the same lock, so a deletion cannot clear it in between.
    await lastEmployerIdItem.setValue(record.id);
    return record.id;
  });
  if (!savedId || tabId === undefined) return;
  // Locked: captures from several tabs or frames may land at the same moment.
  await withStorageLock('tabEmployers', async () => {
    await tabEmployersItem.setValue({ ...(await tabEmployersItem.getValue()), [String(tabId)]: savedId });
  });
}
