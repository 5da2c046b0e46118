import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateEmployers, legacyStore } from '../../support/employers.mjs';
import { migrateStoredEmployers } from '../../../utils/store/migrate';
import { quarantineItem, readAllEmployers, readEmployer, updateEmployer } from '../../../utils/store';
import { changeStage } from '../../../utils/registration/stage';
import type { EmployerRecord } from '../../../utils/employers/record';

/**
 * Issue 24 adds the day Keylane made contact to the two last stages. Optional, so records
 * stored before it (any version the store still migrates) read as they were: no migration step
 * rewrites them, and none may be set aside.
 */

beforeEach(() => fakeBrowser.reset());

describe('statuses stored before the Keylane contact day', () => {
  it('read unchanged after the usual migrations, none set aside, and take the new day when it is entered', async () => {
    const records = generateEmployers(60) as Record<string, EmployerRecord>;
    const list = Object.values(records);
    // As the old popup stored them: waiting without a date, confirmed with or without one.
    list[0]!.draft.status = { stage: 'wacht-op-keylane' };
    list[1]!.draft.status = { stage: 'bevestigd', firstExchangeDate: '' };
    list[2]!.draft.status = { stage: 'bevestigd', firstExchangeDate: '2026-12-01', confirmedAt: '2026-11-01T10:00:00.000Z' };
    await fakeBrowser.storage.local.set(legacyStore(records));
    await migrateStoredEmployers();
    expect(await readAllEmployers()).toEqual(records);
    expect(await quarantineItem.getValue()).toEqual([]);

    await updateEmployer(list[0]!.id, (r) => r && { ...r, draft: { ...r.draft, status: { stage: 'wacht-op-keylane', keylaneContactDate: '2026-11-24' } } });
    await updateEmployer(list[0]!.id, (r) => r && { ...r, draft: { ...r.draft, status: changeStage(r.draft.status, 'bevestigd', '2026-11-29T10:00:00.000Z') } });
    expect((await readEmployer(list[0]!.id))?.draft.status).toEqual({ stage: 'bevestigd', firstExchangeDate: '', confirmedAt: '2026-11-29T10:00:00.000Z', keylaneContactDate: '2026-11-24' });
  });
});
