// Stands in for WXT's ContentScriptContext in the Loket.nl content script (see wxt.config.ts).
// WXT's context, built before main() runs, posts a window message every page script can hear
// ("wxt:content-script-started"), dispatches a DOM event and sets up the extension's runtime
// API: about a quarter of the script's start-up on a Loket.nl page, for features (ctx timers,
// location watcher, dev-mode reload) this script does not use. main() ignores its argument;
// a stale script after an extension update stops itself when sending fails (loket.content.ts).
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
