import { expect, it, vi } from 'vitest';
import { interleavedWork } from './concurrency';

// The same work without the storage lock: proves that the test above would notice its absence
// (here the lock falls back to a promise queue; without it the interleaving loses writes).
vi.mock('../../../utils/store/lock', () => ({ withStorageLock: <T>(_name: string, work: () => Promise<T>) => work() }));

it('without the lock, the same interleaving loses work', async () => {
  const problems = await interleavedWork();
  console.info(`without the lock: ${problems.length} problems, e.g. ${problems.slice(0, 3).join('; ')}`);
  expect(problems.length).toBeGreaterThan(0);
}, 60_000);
