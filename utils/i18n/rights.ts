import { defineTable } from './table';

/** The words of the popup's opened rights panel (components/popup/RightsDetails.tsx, a lazily loaded chunk). */
export const RIGHTS_TEXT = defineTable({
  stillLacks: { nl: 'Koppelgebruiker “{user}” mist nog:', en: 'Link user “{user}” still lacks:' },
  draftMail: { nl: 'E-mail aan Loket.nl-helpdesk opstellen', en: 'Draft e-mail to Loket.nl helpdesk' },
  howToRead: {
    nl: 'Open in Loket.nl de koppelgebruiker (Teams en Gebruikers → Gebruikers AK): de extensie leest de rechten van die pagina.',
    en: 'Open the link user in Loket.nl (Teams en Gebruikers → Gebruikers AK): the extension reads the rights from that page.',
  },
  readOn: { nl: 'Gelezen op ', en: 'Read on ' },
  maybeOutdated: {
    nl: ' – mogelijk verouderd, open de gebruiker opnieuw in Loket.nl',
    en: ' – possibly outdated, open the user in Loket.nl again',
  },
  confirmDedicated: {
    nl: 'Ik bevestig: deze gebruiker is alleen voor de koppeling',
    en: 'I confirm: this user is only for the link',
  },
});

/** A checklist item's state, by CheckState. */
export const CHECK_STATE_TEXT = defineTable({
  granted: { nl: 'in orde', en: 'granted' },
  missing: { nl: 'ontbreekt', en: 'missing' },
  unchecked: { nl: 'nog niet gecontroleerd', en: 'not yet checked' },
  // The page listed the right but showed no state: never shown as in order.
  undetermined: { nl: 'niet vastgesteld', en: 'not determined' },
});
