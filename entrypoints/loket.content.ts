import { browser } from 'wxt/browser';
import { READER_CAUSE_KEY, whenPageMayHoldCapture, type ReaderCause } from '../utils/loket/first-stage';
import { LOKET_PING, LOKET_READER_REQUEST } from '../utils/messages/ping';

// Thin wiring only. This script runs on every Loket.nl page and frame, so it holds only the first
// stage (utils/loket/first-stage.ts): whether the page can hold anything the reader reads. Only
// then does it ask the background to inject the reader (entrypoints/loket-reader.content.ts)
// into this frame; most Loket.nl pages never load it. WXT's context is replaced by a stub
// (utils/loket/lean-context.ts). This script holds no data and sends nothing off the machine.
export default defineContentScript({
  matches: ['https://*.loket.nl/*', 'https://*.loket-acc.nl/*'],
  runAt: 'document_idle',
  // Loket Classic may show its pages in frames; frames of other origins never match.
  allFrames: true,
  main() {
    const askForReader = (cause: ReaderCause, retries: number): void => {
      // After an update or removal of the extension this script is orphaned: nothing to load.
      if (!browser.runtime?.id) return;
      (globalThis as Record<symbol, unknown>)[READER_CAUSE_KEY] = cause;
      // The background may be restarting: ask once more a little later, then leave it.
      browser.runtime.sendMessage({ type: LOKET_READER_REQUEST }).catch(() => {
        if (retries > 0) setTimeout(() => askForReader(cause, retries - 1), 500);
      });
    };
    whenPageMayHoldCapture(document, (cause) => askForReader(cause, 1));
    // The popup asks whether this script still reaches the extension (after an update it does
    // not), on every Loket.nl page, whether or not the reader was loaded.
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id || (message as { type?: unknown } | null)?.type !== LOKET_PING) return false;
      sendResponse({ alive: true });
      return false;
    });
  },
});
