import { defineTable, translate, type Lang, type Values } from './table';

/**
 * The words of the step after a fill (issue 24): check and send the form yourself, record it as
 * sent, go on to the next employer. For the popup's lazily loaded send step and the button on
 * the a.s.r. page (composed in the background); neither first-paint bundle carries them.
 */
export const SEND_TEXT = defineTable({
  sendHeading: { nl: 'Controleren en versturen', en: 'Check and send' },
  sendCheck: {
    nl: 'Controleer het formulier en verstuur het zelf. De koppelhulp verstuurt niets.',
    en: 'Check the form and send it yourself. The link helper sends nothing.',
  },
  sendNoticed: {
    nl: 'a.s.r. toont een bevestiging: u hebt het formulier voor {name} verstuurd.',
    en: 'a.s.r. shows a confirmation: you sent the form for {name}.',
  },
  markSent: { nl: 'Verstuurd', en: 'Sent' },
  markSentOn: { nl: 'Verstuurd op {date}', en: 'Sent on {date}' },
  nextHeading: { nl: 'Volgende werkgever', en: 'Next employer' },
  nextSent: { nl: '{name} staat op Verstuurd.', en: '{name} is marked as sent.' },
  nextOpen: { nl: 'Formulier openen voor {name}', en: 'Open the form for {name}' },
  nextReady: { nl: 'klaar om in te vullen', en: 'ready to fill in' },
  nextMissing: { nl: 'nog {n} te doen', en: '{n} still to do' },
  nextNone: {
    nl: 'Er is geen andere werkgever meer om in te vullen.',
    en: 'There is no other employer left to fill in.',
  },
  nextOpening: { nl: 'Formulier wordt geopend…', en: 'Opening the form…' },
  // The button on the a.s.r. page.
  pageSentNote: {
    nl: 'a.s.r. bevestigt dat het formulier voor {name} is verstuurd. Klik om dat vast te leggen.',
    en: 'a.s.r. confirms that the form for {name} was sent. Click to record it.',
  },
  pageSentDone: { nl: 'Vastgelegd: {name} verstuurd op {date}.', en: 'Recorded: {name} sent on {date}.' },
  pageNext: { nl: 'Volgende: {name}', en: 'Next: {name}' },
  pageNextNote: {
    nl: '{name} staat op Verstuurd. Klik om het formulier te openen voor de volgende werkgever.',
    en: '{name} is marked as sent. Click to open the form for the next employer.',
  },
});

export type SendKey = keyof typeof SEND_TEXT;

export const sendText = (key: SendKey, lang: Lang, values?: Values): string => translate(SEND_TEXT, key, lang, values);
