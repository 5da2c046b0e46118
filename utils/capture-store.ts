import type { LoketCapture } from './loket/types';
import {
  applyCompanyCapture,
  applyEmployeeCapture,
  findByWerkgeverId,
  newEmployerRecord,
  type EmployerRecord,
} from './employer-record';
import {
  lastEmployerIdItem,
  newId,
  tabEmployersItem,
  updateEmployers,
  updateRights,
  withStorageLock,
} from './storage';

/**
 * Saves one validated capture from a Loket.nl tab. Company captures create or update the
 * employer (keyed by Werkgever ID); employee captures go to the employer the page names, else
 * to the employer last seen in the same tab; rights captures are kept per Loket.nl user.
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
  let savedId: string | undefined;
  await updateEmployers((records) => {
    let record: EmployerRecord | undefined;
    if (capture.kind === 'company') {
      record = findByWerkgeverId(records, capture.werkgeverId) ?? newEmployerRecord(newId(), at);
      record = applyCompanyCapture(record, capture, at);
    } else {
      const tabRecordId = tabId === undefined ? undefined : tabEmployers[String(tabId)];
      record =
        (capture.werkgeverId ? findByWerkgeverId(records, capture.werkgeverId) : undefined) ??
        (tabRecordId ? records[tabRecordId] : undefined);
      // An employee page of an employer never seen: nothing to attach the DGA to yet.
      if (!record) return records;
      record = applyEmployeeCapture(record, capture, at);
    }
    savedId = record.id;
    return { ...records, [record.id]: record };
  });
  if (!savedId) return;
  await lastEmployerIdItem.setValue(savedId);
  if (tabId !== undefined) {
    const id = savedId;
    // Locked: captures from several tabs or frames may land at the same moment.
    await withStorageLock('tabEmployers', async () => {
      await tabEmployersItem.setValue({ ...(await tabEmployersItem.getValue()), [String(tabId)]: id });
    });
  }
}
