import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  profileItem,
  quarantineItem,
  readAllEmployers as readEmployers,
  readEmployerIndex,
  readProfile,
  readRights,
  rightsItem,
  lastEmployerIdItem,
  tabEmployersItem,
} from '../../../utils/store';
import { saveCapture } from '../../../utils/store/save-capture';
import { newEmployerRecord } from '../../../utils/employers/record';
import type { CompanyCapture } from '../../../utils/loket/types';
import { putRawEmployer } from './seed';

beforeEach(() => fakeBrowser.reset());

describe('stored data is validated on read and never silently lost', () => {
  it('sets a corrupt employer aside and keeps the valid ones', async () => {
    const good = newEmployerRecord('e1', '2026-11-01T00:00:00Z', '20720');
    await putRawEmployer('e1', good);
    await putRawEmployer('e2', { draft: 'kapot' });
    const records = await readEmployers();
    expect(Object.keys(records)).toEqual(['e1']);
    const quarantine = await quarantineItem.getValue();
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({ key: 'employers.e2', raw: { draft: 'kapot' } });
    // Set aside, not lost, and no longer listed: the others read as before.
    expect(await fakeBrowser.storage.local.get('employer:e2')).toEqual({});
    expect((await readEmployerIndex()).map((e) => e.id)).toEqual(['e1']);
    expect(await readEmployers()).toEqual({ e1: good });
    expect(await quarantineItem.getValue()).toHaveLength(1);
  });

  it('sets a corrupt profile aside and starts empty', async () => {
    await profileItem.setValue({ bedrijfsnaam: 42 });
    expect(await readProfile()).toEqual({ bedrijfsnaam: '', email: '', raamwerkcontractnummer: '' });
    expect((await quarantineItem.getValue())[0]).toMatchObject({ key: 'profile', raw: { bedrijfsnaam: 42 } });
  });

  it('sets aside a map item that is not an object at all', async () => {
    await rightsItem.setValue('rommel' as unknown as Record<string, unknown>);
    expect(await readRights()).toEqual({});
    expect((await quarantineItem.getValue())[0]).toMatchObject({ key: 'rights', raw: 'rommel' });
  });
});

describe('saving captures', () => {
  const company: CompanyCapture = {
    kind: 'company',
    werkgeverId: '20720',
    werkgeverNaam: 'Bakkerij De Korenschoof B.V.',
    loonheffingennummers: ['123456782L01'],
    verloning: 'maand',
  };

  it('creates the employer once, keyed by Werkgever ID, and remembers the tab', async () => {
    await saveCapture(company, 7);
    await saveCapture(company, 7);
    const records = Object.values(await readEmployers());
    expect(records).toHaveLength(1);
    expect(records[0]!.draft.werkgeverId).toBe('20720');
    expect(await tabEmployersItem.getValue()).toEqual({ '7': records[0]!.id });
    expect(await lastEmployerIdItem.getValue()).toBe(records[0]!.id);
  });

  it('attaches a DGA from an employee page to the employer seen in the same tab', async () => {
    await saveCapture(company, 7);
    await saveCapture({ kind: 'employee', naam: 'J. de Vries', personeelsnummer: '1001', isDga: true }, 7);
    const [record] = Object.values(await readEmployers());
    expect(record!.dgaCandidates).toEqual([{ naam: 'J. de Vries', personeelsnummer: '1001' }]);
  });

  it('drops an employee capture when its employer is unknown', async () => {
    await saveCapture({ kind: 'employee', naam: 'J. de Vries', personeelsnummer: '1001', isDga: true }, 9);
    expect(await readEmployers()).toEqual({});
  });

  it('keeps rights per Loket.nl user and keeps the user’s confirmation', async () => {
    const rights = {
      kind: 'rights',
      userName: 'koppeling.asr',
      userType: 'standard',
      active: true,
      employers: null,
      rights: {
        'Beheren en raadplegen BSN': true,
        'Raadplegen beloningen': true,
        'Raadplegen dienstverbanden': true,
        'Raadplegen HRM': true,
        'Raadplegen loonoutput beperkt': false,
        'Raadplegen variabele gegevens': true,
      },
    } as const;
    await saveCapture(rights, 3);
    const stored = await readRights();
    await rightsItem.setValue({ 'koppeling.asr': { ...stored['koppeling.asr']!, dedicatedConfirmed: true } });
    await saveCapture(rights, 3);
    const again = await readRights();
    expect(again['koppeling.asr']!.dedicatedConfirmed).toBe(true);
    expect(again['koppeling.asr']!.capture.rights['Raadplegen loonoutput beperkt']).toBe(false);
  });
});

describe('several items set aside at once', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every one of them', async () => {
    await profileItem.setValue('geen profiel');
    await putRawEmployer('broken', { draft: 'kapot' });
    await rightsItem.setValue({ someone: { capture: null } });
    await Promise.all([readProfile(), readEmployers(), readRights()]);
    const keys = (await quarantineItem.getValue()).map((e) => e.key).sort();
    expect(keys).toEqual(['employers.broken', 'profile', 'rights.someone']);
  });
});

describe('a damaged quarantine', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is kept as an entry when something new is set aside', async () => {
    await quarantineItem.setValue('kapot' as unknown as []);
    await profileItem.setValue(7);
    await readProfile();
    const keys = (await quarantineItem.getValue()).map((e) => e.key);
    expect(keys).toEqual(['quarantine', 'profile']);
  });
});
