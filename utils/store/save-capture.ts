import type { EmployeeCapture, EmployeeListCapture, LoketCapture } from '../loket/types';
import { applyCompanyCapture, applyEmployeeCapture, applyEmployeeListCapture, newEmployerRecord, type EmployerRecord } from '../employers/record';
import { compact } from '../text/normalize';
import type { EmployerIndexEntry } from './layout';
import { keepPending } from './pending';
import { teamKey } from '../rights/teams';
import { employerTransaction, lastEmployerIdItem, newId, readEmployerIndex, tabEmployersItem, updateRights, withStorageLock } from './index';

/**
 * The one employer an employee list names without a Werkgever ID: by the administration's number
 * in its selector, else by the name in its heading; undefined when none or several match (a
 * wrong employer is worse than asking).
 */
export function employerOfList(entries: readonly EmployerIndexEntry[], capture: EmployeeListCapture): string | undefined {
  const number = capture.loonheffingennummer;
  const name = capture.werkgeverNaam && compact(capture.werkgeverNaam);
  const hits = number ? entries.filter((e) => e.loonheffingennummers.includes(number)) : name ? entries.filter((e) => compact(e.werkgeverNaam) === name) : [];
  return hits.length === 1 ? hits[0]!.id : undefined;
}

/**
 * Saves one validated capture from a Loket.nl tab. Company captures create or update the
 * employer (keyed by Werkgever ID); employee captures go to the employer the page names, else
 * (the page names none) to the employer last seen in the same tab, else they are kept aside for
 * the user (./pending.ts); rights captures are kept per Loket.nl user.
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
  if (capture.kind === 'team') {
    // Beside the users' checks, so every reader of them combines team rights (utils/rights/teams.ts).
    await updateRights((records) => ({ ...records, [teamKey(capture.teamName)]: { capture, readAt: at, dedicatedConfirmed: false } }));
    return;
  }

  // Read beside the transaction's own reads: a company capture does not need it before storing.
  const tabEmployersRead: Promise<Record<string, string>> = tabId === undefined ? Promise.resolve({}) : tabEmployersItem.getValue();
  tabEmployersRead.catch(() => undefined); // awaited only where needed; unread, a failure is no failure
  const listEmployerId = capture.kind === 'employeeList' && !capture.werkgeverId ? employerOfList(await readEmployerIndex(), capture) : undefined;
  let unknownEmployer = false;
  const savedId = await employerTransaction(async (tx) => {
    let record: EmployerRecord | null;
    let isNew = false;
    if (capture.kind === 'company') {
      const known = await tx.findByWerkgeverId(capture.werkgeverId);
      isNew = !known;
      record = applyCompanyCapture(known ?? newEmployerRecord(newId(), at), capture, at);
    } else {
      const tabRecordId = tabId === undefined ? undefined : (await tabEmployersRead)[String(tabId)];
      // The same tab's employer only when the page names none: a page naming an employer no
      // record has is another employer's page, whatever the tab showed before.
      record = capture.werkgeverId
        ? await tx.findByWerkgeverId(capture.werkgeverId)
        : listEmployerId
          ? await tx.read(listEmployerId)
          : capture.kind === 'employeeList' && (capture.loonheffingennummer || capture.werkgeverNaam)
            ? null // the list names an employer that no record (or more than one) matches
          : tabRecordId
          ? await tx.read(tabRecordId)
          : null;
      // Whose employee this is cannot be told: kept aside for the user to say (./pending.ts).
      if (!record) {
        unknownEmployer = true;
        return undefined;
      }
      record = capture.kind === 'employee' ? applyEmployeeCapture(record, capture, at) : applyEmployeeListCapture(record, capture, at);
    }
    if (isNew) tx.putNew(record);
    else tx.put(record);
    // Under the same lock, so a deletion cannot clear it in between.
    tx.alongside(lastEmployerIdItem.setValue(record.id));
    return record.id;
  });
  if (unknownEmployer && capture.kind === 'employee' && capture.isDga !== null) await keepPending(capture, at);
  // A list's DGAs are kept aside one by one, each asked about as an employee page's would be.
  if (unknownEmployer && capture.kind === 'employeeList') for (const dga of capture.dgas) await keepPending(asEmployeeCapture(capture, dga), at);
  if (!savedId || tabId === undefined) return;
  // Locked: captures from several tabs or frames may land at the same moment.
  await withStorageLock('tabEmployers', async () => {
    await tabEmployersItem.setValue({ ...(await tabEmployersItem.getValue()), [String(tabId)]: savedId });
  });
}

function asEmployeeCapture(list: EmployeeListCapture, dga: EmployeeListCapture['dgas'][number]): EmployeeCapture {
  const capture: EmployeeCapture = { kind: 'employee', naam: dga.naam, personeelsnummer: dga.personeelsnummer, isDga: true };
  if (list.werkgeverId) capture.werkgeverId = list.werkgeverId;
  if (list.werkgeverNaam) capture.werkgeverNaam = list.werkgeverNaam;
  return capture;
}
