import { browser } from 'wxt/browser';

/**
 * One small stored value with a fallback: what WXT's `storage.defineItem` gave, without its
 * version migrations (no item needs one since employers moved to their own keys) and at a
 * tenth of its size, which the popup's 90 kB budget needs.
 */
export interface StoredItem<T> {
  readonly key: string;
  getValue(): Promise<T>;
  /** The value within items already read in one call with others (see getRaw). */
  valueIn(items: Record<string, unknown>): T;
  /** null or undefined removes the value (the fallback reads again). */
  setValue(value: T | null | undefined): Promise<void>;
  removeValue(): Promise<void>;
  /** Called when the stored value changes, from any page or the background. */
  watch(callback: (newValue: T, oldValue: T) => void): () => void;
}

type Area = 'local' | 'session';

export function defineItem<T>(area: Area, key: string, fallback: T): StoredItem<T> {
  const storageArea = () => browser.storage[area];
  const orFallback = (value: unknown) => (value ?? fallback) as T;
  return {
    key,
    getValue: async () => orFallback((await storageArea().get(key))[key]),
    valueIn: (items) => orFallback(items[key]),
    setValue: async (value) => {
      if (value === null || value === undefined) await storageArea().remove(key);
      else await storageArea().set({ [key]: value });
    },
    removeValue: () => storageArea().remove(key),
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
        const change = changes[key];
        if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
        callback(orFallback(change.newValue), orFallback(change.oldValue));
      };
      storageArea().onChanged.addListener(listener);
      return () => storageArea().onChanged.removeListener(listener);
    },
  };
}
