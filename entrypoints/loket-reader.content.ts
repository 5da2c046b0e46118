import { browser } from 'wxt/browser';
import { READER_CAUSE_KEY, READER_STARTED_KEY } from '../utils/loket/first-stage';
import { watchForCaptures } from '../utils/loket/observe';
import type { LoketCapture } from '../utils/loket/types';

// The Loket.nl reader: not in the manifest's content scripts (registration: 'runtime'). The
// always-on first stage (loket.content.ts) asks the background to inject it into a frame once
// that frame may hold a capture; from then on it watches the page as it always did
// (utils/loket/observe.ts). Captures go to the background, which validates and stores them.
export default defineContentScript({
  matches: ['https://*.loket.nl/*', 'https://*.loket-acc.nl/*'],
  registration: 'runtime',
  main() {
    const world = globalThis as Record<symbol, unknown>;
    if (world[READER_STARTED_KEY]) return;
    world[READER_STARTED_KEY] = true;
    let stop = (): void => undefined;
    stop = watchForCaptures(
      document,
      (capture: LoketCapture) => {
        // After an update or removal of the extension this script is orphaned: stop watching.
        if (!browser.runtime?.id) return stop();
        // The background may be restarting: the next change retries.
        browser.runtime.sendMessage({ type: 'loket/capture', capture }).catch(() => undefined);
      },
      // Injected because the first stage found capture wording (on load, or brought by a change).
      { mayHoldCapture: world[READER_CAUSE_KEY] !== undefined, recheckFirstRead: world[READER_CAUSE_KEY] === 'change' },
    );
  },
});
