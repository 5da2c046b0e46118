// The part of the `chrome` global that tests call inside the extension's own pages and worker.
declare const chrome: {
  tabs: {
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    query(info: object): Promise<{ id?: number; url?: string }[]>;
  };
  runtime: { reload(): void };
  storage: {
    local: {
      get(keys: null | string | string[]): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
      clear(): Promise<void>;
    };
  };
};
