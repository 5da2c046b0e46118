// The fill button's messages between its content script (entrypoints/asr-button.content.ts) and
// the background. Plain types and two strings: the content script stays a few hundred bytes.

/** Content script → background: what should the button show? Reply: ButtonView. */
export const FILL_BUTTON_STATE = 'fill-button/state';
/** Content script → background, on a real click: fill this tab's form. Reply: FillButtonReply. */
export const FILL_BUTTON_FILL = 'fill-button/fill';
/** Content script → background, on a real click: record the noticed send ("Verstuurd op"). Reply: FillButtonReply. */
export const FILL_BUTTON_SENT = 'fill-button/sent';
/** Content script → background, on a real click: open a fresh form for the next employer. Reply: FillButtonReply. */
export const FILL_BUTTON_NEXT = 'fill-button/next';
/** Content script → background: the user's own (trusted) submit of the registration form. No reply. */
export const SEND_SUBMITTED = 'send/submitted';
/** Content script → background: this page shows a confirmation. Reply: ButtonView when it confirms a noticed send. */
export const SEND_CONFIRMED = 'send/confirmed';

/** Everything the button shows, in the user's language, composed by the background. */
export interface ButtonView {
  lang: 'nl' | 'en';
  /** The button's name ("Invullen met koppelhulp"). */
  label: string;
  /** For whom it fills: "Voor: name · Werkgever ID … · Loonheffingennummer …"; '' when no employer. */
  employer: string;
  /** Said while the fill runs. */
  busy: string;
  /** Said when the background no longer answers (the extension was updated since the page opened). */
  reload: string;
  /** Why it will not fill (ambiguous choice, blocking errors, no employer); '' when it can. */
  note: string;
  /** Said before anything else while nothing else is to be said ("Al verstuurd op …"); optional. */
  warn?: string;
  /**
   * What the next press confirms, set by the background after a press that asked first: 'sent'
   * (fill a registration sent already), 'overwrite' (replace another employer's form).
   */
  confirm?: ButtonConfirm;
  /** The last status line in this tab, said again in the language chosen now; absent when none. */
  status?: string;
  /** The message a press sends, when not a fill: FILL_BUTTON_SENT or FILL_BUTTON_NEXT. */
  press?: string;
}

export type ButtonConfirm = 'sent' | 'overwrite';

export interface FillButtonReply {
  view: ButtonView;
  /** One line beside the button, announced (role=status). */
  status: string;
}
