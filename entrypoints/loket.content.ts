import { browser } from 'wxt/browser';
import { watchForCaptures } from '@/utils/loket/observe';
import type { LoketCapture } from '@/utils/loket/types';
import { LOKET_PING } from '@/utils/messages/ping';

// Thin wiring only: the reader lives in utils/loket. Captures go to the background, which
// validates and stores them; this script holds no data and sends nothing off the machine.
export default defineContentScript({
  matches: ['https://*.loket.nl/*', 'https://*.loket-acc.nl/*'],
  runAt: 'document_idle',
  // Loket Classic may show its pages in frames; frames of other origins never match.
  allFrames: true,
  main() {
    const send = (capture: LoketCapture) => {
      // The background may be restarting or the extension updated: the next change retries.
      browser.runtime.sendMessage({ type: 'loket/capture', capture }).catch(() => undefined);
    };
    watchForCaptures(document, send);
    // The popup asks whether this script still reaches the extension (after an update it does not).
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id || (message as { type?: unknown } | null)?.type !== LOKET_PING) return false;
      sendResponse({ alive: true });
      return false;
    });
  },
});
