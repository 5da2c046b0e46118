import { browser } from 'wxt/browser';
import { watchForCaptures } from '../utils/loket/observe';
import type { LoketCapture } from '../utils/loket/types';
import { LOKET_PING } from '../utils/messages/ping';

// Thin wiring only: the reader lives in utils/loket. Captures go to the background, which
// validates and stores them; this script holds no data and sends nothing off the machine.
// Start-up is kept to the first stage (utils/loket/gate.ts): the extension's runtime API is
// first touched when there is a capture to send, and WXT's context is replaced by a stub
// (utils/loket/lean-context.ts).
export default defineContentScript({
  matches: ['https://*.loket.nl/*', 'https://*.loket-acc.nl/*'],
  runAt: 'document_idle',
  // Loket Classic may show its pages in frames; frames of other origins never match.
  allFrames: true,
  main() {
    let stop = (): void => undefined;
    stop = watchForCaptures(document, (capture: LoketCapture) => {
      // After an update or removal of the extension this script is orphaned: stop watching.
      if (!browser.runtime?.id) return stop();
      // The background may be restarting: the next change retries.
      browser.runtime.sendMessage({ type: 'loket/capture', capture }).catch(() => undefined);
    });
    // The popup asks whether this script still reaches the extension (after an update it does not).
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id || (message as { type?: unknown } | null)?.type !== LOKET_PING) return false;
      sendResponse({ alive: true });
      return false;
    });
  },
});
