import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveCapture } from '../../../utils/store/save-capture';
import { deleteEmployer } from '../../../utils/store/delete-employer';
import { applyUserEdit, type EmployerRecord } from '../../../utils/employers/record';
import { entryOf, werkgeverKey } from '../../../utils/store/layout';
import {
  ensureMigrated,
  readAllEmployers,
  readEmployerIndex,
  readRights,
  rightsItem,
  tabEmployersItem,
  updateEmployer,
} from '../../../utils/store';
import { generateRights } from '../../support/employers.mjs';
import { seedEmployers } from './seed';

const AT = '2026-11-29T12:00:00.000Z';
const rights = (userName: string) => ({ ...generateRights({})['beheer']!.capture, userName });

/**
 * Captures (known and new employers, DGAs, rights), popup saves and deletions, all at once on
 * a store of 1,000 employers, with a damaged rights record that reads repair meanwhile.
 * Returns what was lost or left inconsistent; empty when nothing was.
 */
export async function interleavedWork(): Promise<string[]> {
  fakeBrowser.reset();
  const seeded = await seedEmployers(1000);
  await ensureMigrated();
  await rightsItem.setValue({ damaged: { capture: null } });
  const ids = Object.keys(seeded);
  const ops: (() => Promise<unknown>)[] = [];
  const edited = ids.slice(0, 40);
  const captured = ids.slice(20, 60); // half of them also edited: both must survive
  const deleted = ids.slice(100, 120);
  const fresh = Array.from({ length: 20 }, (_, i) => String(900000 + i));
  const users = Array.from({ length: 10 }, (_, i) => `gebruiker.${i}`);
  edited.forEach((id, i) =>
    ops.push(() => updateEmployer(id, (r) => applyUserEdit(r!, { dertiendeMaand: true, dgas: [{ naam: `Getypt ${i}`, personeelsnummer: '77' }] }, AT))),
  );
  captured.forEach((id, i) => {
    const werkgeverId = seeded[id]!.draft.werkgeverId;
    ops.push(() =>
      saveCapture({ kind: 'company', werkgeverId, werkgeverNaam: `Gevangen ${i}`, loonheffingennummers: [], verloning: '4weken' }, 1000 + i),
    );
    ops.push(() => saveCapture({ kind: 'employee', werkgeverId, naam: `DGA ${i}`, personeelsnummer: '55', isDga: true }, 1000 + i));
  });
  fresh.forEach((werkgeverId, i) => {
    // Twice each, from two tabs: one employer each all the same.
    ops.push(() => saveCapture({ kind: 'company', werkgeverId, werkgeverNaam: `Nieuw ${i}`, loonheffingennummers: [], verloning: 'maand' }, 2000 + i));
    ops.push(() => saveCapture({ kind: 'company', werkgeverId, werkgeverNaam: `Nieuw ${i}`, loonheffingennummers: [], verloning: 'maand' }, 3000 + i));
  });
  deleted.forEach((id, i) => {
    ops.push(() => saveCapture({ kind: 'company', werkgeverId: seeded[id]!.draft.werkgeverId, werkgeverNaam: 'Vóór verwijderen', loonheffingennummers: [], verloning: 'maand' }, 4000 + i));
    ops.push(() => deleteEmployer(id));
  });
  users.forEach((userName) => {
    ops.push(() => saveCapture(rights(userName), 5000));
    ops.push(() => readRights());
  });
  // A fixed interleaving: every kind of work mixed with every other.
  const order = ops.map((op, i) => ({ op, key: (i * 7919) % ops.length })).sort((a, b) => a.key - b.key);
  await Promise.all(order.map(({ op }) => op()));

  const problems: string[] = [];
  const all = await readAllEmployers();
  const index = await readEmployerIndex();
  const tabs = await tabEmployersItem.getValue();
  const lookups = await fakeBrowser.storage.local.get(null);
  const byWerkgeverId = (wid: string) => Object.values(all).filter((r) => r.draft.werkgeverId === wid);
  for (const [i, id] of edited.entries()) {
    if (all[id]?.draft.dgas[0]?.naam !== `Getypt ${i}`) problems.push(`edit of ${id} lost`);
  }
  for (const [i, id] of captured.entries()) {
    const r = all[id];
    if (r?.loket?.werkgeverNaam !== `Gevangen ${i}` || r.loket.verloning !== '4weken') problems.push(`capture of ${id} lost`);
    if (!r?.dgaCandidates.some((c) => c.naam === `DGA ${i}`)) problems.push(`DGA of ${id} lost`);
    if (tabs[String(1000 + i)] !== id) problems.push(`tab of ${id} lost`);
  }
  let recreated = 0;
  for (const id of deleted) {
    if (all[id]) problems.push(`${id} came back after its deletion`);
    // A capture that ran after the deletion stores the employer afresh, under a new id, once.
    const again = byWerkgeverId(seeded[id]!.draft.werkgeverId);
    if (again.length > 1) problems.push(`deleted ${id} stored again ${again.length} times`);
    recreated += again.length;
    if (Object.values(tabs).includes(id)) problems.push(`tab still points to deleted ${id}`);
  }
  for (const wid of fresh) {
    const found = byWerkgeverId(wid);
    if (found.length !== 1) problems.push(`new employer ${wid} stored ${found.length} times`);
    else if (lookups[werkgeverKey(wid)] !== found[0]!.id) problems.push(`lookup of ${wid} wrong`);
  }
  const untouched = ids.filter((id) => !edited.includes(id) && !captured.includes(id) && !deleted.includes(id));
  for (const id of untouched) if (JSON.stringify(all[id]) !== JSON.stringify(seeded[id])) problems.push(`${id} changed or lost`);
  const expectedCount = 1000 - deleted.length + fresh.length + recreated;
  if (Object.keys(all).length !== expectedCount) problems.push(`${Object.keys(all).length} employers, expected ${expectedCount}`);
  if (index.length !== expectedCount) problems.push(`index lists ${index.length}, expected ${expectedCount}`);
  const entryMismatch = index.filter((e) => !all[e.id] || JSON.stringify(entryOf(all[e.id] as EmployerRecord)) !== JSON.stringify(e));
  if (entryMismatch.length) problems.push(`${entryMismatch.length} index entries differ from their records`);
  const storedRights = await readRights();
  for (const userName of users) if (!storedRights[userName]) problems.push(`rights of ${userName} lost`);
  return problems;
}
