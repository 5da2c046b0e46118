import { defineTable, translate, type Lang, type Values } from './table';

/**
 * The words of issue 23's guards (one employer per form, already sent, rights decide ready,
 * captures of an unknown employer, pay period per administration), for the popup and the
 * button on the a.s.r. page alike. A table of its own: the popup's first screen and the
 * background both read it, and it stays small.
 */
export const GUARD_TEXT = defineTable({
  otherEmployerForm: {
    nl: 'Dit formulier bevat al gegevens van een andere werkgever ({who}). Er is niets ingevuld.',
    en: 'This form already holds another employer’s details ({who}). Nothing was filled in.',
  },
  otherEmployerHint: {
    nl: 'Kies “Toch overschrijven” om alles te vervangen, DGA-rijen inbegrepen.',
    en: 'Choose “Overwrite anyway” to replace everything, DGA rows included.',
  },
  pageOtherEmployer: {
    nl: 'Niet ingevuld: dit formulier bevat gegevens van een andere werkgever ({who}). Klik nogmaals om alles te vervangen.',
    en: 'Not filled in: this form holds another employer’s details ({who}). Click again to replace everything.',
  },
  pageOverwrite: { nl: 'Toch overschrijven', en: 'Overwrite anyway' },
  alreadySent: { nl: 'Al verstuurd op {date}.', en: 'Already sent on {date}.' },
  alreadySentStage: {
    nl: 'Al verstuurd: deze aanmelding staat sinds {date} op “{stage}”.',
    en: 'Already sent: this registration has been at “{stage}” since {date}.',
  },
  alreadySentNoDate: {
    nl: 'Al verstuurd: deze aanmelding staat op “{stage}”.',
    en: 'Already sent: this registration is at “{stage}”.',
  },
  fillAgain: { nl: 'Toch opnieuw invullen', en: 'Fill in again anyway' },
  confirmFillAgain: {
    nl: 'De aanmelding van deze werkgever is al verstuurd. Druk nogmaals om het formulier toch opnieuw in te vullen.',
    en: "This employer's registration was already sent. Press again to fill in the form anyway.",
  },
  pageAlreadySent: {
    nl: '{sent} Klik nogmaals om toch opnieuw in te vullen.',
    en: '{sent} Click again to fill in anyway.',
  },
  notReady: { nl: 'Nog niet klaar voor de koppeling: {why}', en: 'Not ready for the link yet: {why}' },
  rightsMissing: { nl: 'koppelgebruiker mist {rights}', en: 'link user lacks {rights}' },
  andMore: { nl: '{list} en nog {n}', en: '{list} and {n} more' },
  noAccess: { nl: 'geen toegang tot deze werkgever', en: 'no access to this employer' },
  blocked: { nl: 'gebruiker geblokkeerd', en: 'user blocked' },
  webservice: { nl: 'webservicegebruiker in plaats van standaardgebruiker', en: 'webservice user instead of a standard user' },
  undetermined: { nl: '{n} niet vastgesteld', en: '{n} not determined' },
  rightsUnchecked: { nl: 'rechten koppelgebruiker nog niet gecontroleerd', en: 'link user rights not checked yet' },
  dedicatedUnconfirmed: { nl: 'niet bevestigd dat de gebruiker alleen voor de koppeling is', en: 'not confirmed the user is for the link only' },
  pendingQuestion: { nl: 'Bij welke werkgever hoort dit?', en: 'Which employer does this belong to?' },
  pendingWhy: {
    nl: 'Gelezen op een Loket.nl-pagina waarop niet te zien was van welke werkgever die is. Er is nog niets mee gedaan.',
    en: 'Read on a Loket.nl page that did not show which employer it belongs to. Nothing has been done with it yet.',
  },
  pendingEmployee: { nl: '{naam}, personeelsnummer {nummer}', en: '{naam}, personeelsnummer {nummer}' },
  pendingDga: { nl: 'DGA', en: 'DGA' },
  pendingNotDga: { nl: 'geen DGA', en: 'not a DGA' },
  pendingChoose: { nl: 'Kies een werkgever…', en: 'Choose an employer…' },
  pendingAttach: { nl: 'Toevoegen', en: 'Add' },
  pendingDiscard: { nl: 'Negeren', en: 'Discard' },
  deleteQuestion: { nl: '{n} werkgever(s) verwijderen: {names}?', en: 'Delete {n} employer(s): {names}?' },
  deleteYes: { nl: 'Ja, verwijderen', en: 'Yes, delete' },
  namesMore: { nl: '{names} en nog {n}', en: '{names} and {n} more' },
});

export type GuardKey = keyof typeof GUARD_TEXT;
export const guardText = (key: GuardKey, lang: Lang, values?: Values): string => translate(GUARD_TEXT, key, lang, values);
