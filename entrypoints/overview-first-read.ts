import { OVERVIEW_FIRST_READ_GLOBAL, readOverviewFirstRead } from '../utils/overview/first-read';

/**
 * Loaded by overview.html before the page's bundle: starts the storage reads of the first rows
 * while the browser still parses React (utils/overview/first-read.ts).
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[OVERVIEW_FIRST_READ_GLOBAL] = readOverviewFirstRead();
});
