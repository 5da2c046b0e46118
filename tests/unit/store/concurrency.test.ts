import { expect, it } from 'vitest';
import { interleavedWork } from './concurrency';
import { quarantineItem } from '../../../utils/store';

it('captures, popup saves and deletions at once on 1,000 employers: nothing is lost', async () => {
  expect(await interleavedWork()).toEqual([]);
  // The damaged rights record was set aside once, however many reads met it.
  expect((await quarantineItem.getValue()).map((q) => q.key)).toEqual(['rights.damaged']);
}, 60_000);
