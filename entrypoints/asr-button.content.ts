import { browser } from 'wxt/browser';
import { isAsrOrigin } from '../utils/asr/origin';
import { watchFormPage } from '../utils/asr-button/page';
import { FILL_BUTTON_FILL, FILL_BUTTON_STATE, SEND_CONFIRMED, SEND_SUBMITTED } from '../utils/asr-button/messages';
import { isRegistrationForm, showsConfirmation } from '../utils/asr-button/confirmation';

/** Stored items whose change may change what the button shows (employer, profile, language). */
const SHOWN_FROM = /^(chosenEmployerId|lastEmployerId|profile|settings|employer:.*)$/;

// The "Invullen met koppelhulp" button on the a.s.r. form page (utils/asr-button/page.ts).
// Kept apart from the filler (asr.js) so its budget holds: it only asks the background, which
// sends the popup's own fill request to the filler in this tab. It also notices the user's own
// send (issue 24): a trusted submit of the registration form, then a confirmation on the page.
export default defineContentScript({
  matches: ['https://*.asr.nl/*'],
  runAt: 'document_idle',
  main() {
    if (!isAsrOrigin(location.origin)) return;
    const ask = <T>(message: { type: string; employer?: string; confirm?: string }) => browser.runtime.sendMessage(message).then((reply) => reply as T | undefined, () => undefined);
    const page = watchFormPage(
      document,
      { state: () => ask({ type: FILL_BUTTON_STATE }), fill: (employer, confirm, press) => ask({ type: press ?? FILL_BUTTON_FILL, employer, confirm }) },
      (refresh) =>
        browser.storage.onChanged.addListener((changes, area) => {
          if (area === 'local' && Object.keys(changes).some((key) => SHOWN_FROM.test(key))) refresh();
        }),
    );
    // The background decides whether a confirmation belongs to a send it noticed; only then is
    // the button shown here, offering "Verstuurd op <date>".
    // Asked again shortly after: the submit's own message, sent as the form page unloaded, may
    // reach the background after this page's first question.
    const confirmed = (again = 2) => {
      if (!showsConfirmation(document)) return;
      void ask({ type: SEND_CONFIRMED }).then((view) => (view ? page.keep() : again > 0 && setTimeout(() => confirmed(again - 1), 700)));
    };
    document.addEventListener(
      'submit',
      (event) => {
        // A page script's dispatched submit is untrusted; one it starts with requestSubmit() is
        // trusted, but has no submit button behind it (a person clicks one or presses Enter, which
        // sends through the form's own button) and often no person's action just before.
        const submitter = (event as SubmitEvent).submitter;
        if (!event.isTrusted || !submitter || !navigator.userActivation?.isActive || !isRegistrationForm(event.target)) return;
        void ask({ type: SEND_SUBMITTED }).then(() => {
          // A page that confirms without loading a new one (a single-page app).
          for (const ms of [300, 1500, 4000]) setTimeout(() => confirmed(0), ms);
        });
      },
      true,
    );
    confirmed();
  },
});
