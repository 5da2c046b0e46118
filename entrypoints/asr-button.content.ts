import { browser } from 'wxt/browser';
import { isAsrOrigin } from '../utils/asr/origin';
import { watchFormPage } from '../utils/asr-button/page';
import { FILL_BUTTON_FILL, FILL_BUTTON_STATE } from '../utils/asr-button/messages';

/** Stored items whose change may change what the button shows (employer, profile, language). */
const SHOWN_FROM = /^(chosenEmployerId|lastEmployerId|profile|settings|employer:.*)$/;

// The "Invullen met koppelhulp" button on the a.s.r. form page (utils/asr-button/page.ts).
// Kept apart from the filler (asr.js) so its budget holds: it only asks the background, which
// sends the popup's own fill request to the filler in this tab.
export default defineContentScript({
  matches: ['https://*.asr.nl/*'],
  runAt: 'document_idle',
  main() {
    if (!isAsrOrigin(location.origin)) return;
    const ask = <T>(message: { type: string; employer?: string; confirm?: string }) => browser.runtime.sendMessage(message).then((reply) => reply as T | undefined, () => undefined);
    watchFormPage(document, { state: () => ask({ type: FILL_BUTTON_STATE }), fill: (employer, confirm) => ask({ type: FILL_BUTTON_FILL, employer, confirm }) }, (refresh) =>
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && Object.keys(changes).some((key) => SHOWN_FROM.test(key))) refresh();
      }),
    );
  },
});
