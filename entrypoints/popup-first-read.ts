import { FIRST_READ_GLOBAL, readFirstPaint } from '../utils/popup/first-read';

/**
 * Loaded by popup.html before the popup's bundle: starts the storage reads the first paint needs
 * while the browser still parses React (utils/popup/first-read.ts).
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[FIRST_READ_GLOBAL] = readFirstPaint(location.search);
});
