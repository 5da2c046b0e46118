// The part of the `chrome` global that tests call inside the extension's own pages and worker.
declare const chrome: ExtensionApi;
// Firefox's promise-returning namespace (its `chrome` takes callbacks in Manifest V2).
declare const browser: ExtensionApi;

interface ExtensionApi {
  tabs: {
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    query(info: object): Promise<{ id?: number; url?: string }[]>;
  };
  runtime: {
    reload(): void;
    sendMessage(message: unknown): Promise<unknown>;
    getManifest(): { commands?: Record<string, { suggested_key?: { default?: string } }> };
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: {
    local: {
      get(keys: null | string | string[]): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
      clear(): Promise<void>;
    };
    session: { clear(): Promise<void>; get(keys: null | string | string[]): Promise<Record<string, unknown>> };
  };
}
