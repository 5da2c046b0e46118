import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readEmployerIndex } from '../../../utils/store';
import { storedBytes } from './meter';
import { seedEmployers } from './seed';

beforeEach(() => fakeBrowser.reset());

/** chrome.storage.local's quota without the unlimitedStorage permission. */
const QUOTA = 10 * 1024 * 1024;

it('5,000 employers fit well within storage.local’s quota without unlimitedStorage', async () => {
  await seedEmployers(5000);
  expect(await readEmployerIndex()).toHaveLength(5000);
  const bytes = await storedBytes();
  console.info(`5,000 employers: ${bytes} bytes, ${((100 * bytes) / QUOTA).toFixed(1)}% of the quota`);
  expect(bytes).toBeLessThan(QUOTA / 2);
}, 120_000);
