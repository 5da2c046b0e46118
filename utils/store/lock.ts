const localQueues = new Map<string, Promise<unknown>>();

/**
 * Serialises read-modify-write of one shared item across the popup, the overview page and the
 * background (same origin) with Web Locks; where those are missing (unit tests, very old
 * browsers), at least within this context with a promise queue. Not re-entrant: code that
 * already holds a lock calls the unlocked helpers.
 */
export async function withStorageLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(`storage:${name}`, work);
  const previous = localQueues.get(name) ?? Promise.resolve();
  const result = previous.then(work, work);
  localQueues.set(name, result.catch(() => undefined));
  return result;
}
