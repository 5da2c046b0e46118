import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateEmployers, legacyStore } from '../../support/employers.mjs';
import { migrateLegacyEmployers } from '../../../utils/store/migrate';

/** A store of n generated employers in the current layout, reached through the real migration. */
export async function seedEmployers(n: number) {
  const records = generateEmployers(n);
  await fakeBrowser.storage.local.set(legacyStore(records));
  await migrateLegacyEmployers();
  return records;
}

/** Stores a value under an employer's key and lists it, bypassing validation (damage, as found). */
export async function putRawEmployer(id: string, value: unknown) {
  const { 'employerIds:open': open = [] } = (await fakeBrowser.storage.local.get('employerIds:open')) as { 'employerIds:open'?: string[] };
  await fakeBrowser.storage.local.set({ [`employer:${id}`]: value, 'employerIds:open': [...open, id] });
}
