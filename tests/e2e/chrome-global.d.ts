// The part of the `chrome` global that tests call inside the extension's own pages and worker.
declare const chrome: {
  tabs: {
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    query(info: object): Promise<{ id?: number; url?: string }[]>;
  };
  runtime: {
    reload(): void;
    getManifest(): { commands?: Record<string, { suggested_key?: { default?: string } }> };
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: {
    local: {
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
    };
  };
};
