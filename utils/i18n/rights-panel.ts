import { defineTable } from './table';

/** The words of the panel on Loket.nl's rights pages (utils/rights-panel/, entrypoints/rights-panel.ts). */
export const PANEL_TEXT = defineTable({
  region: { nl: 'Koppelhulp: stap 1, de koppelgebruiker', en: 'Link helper: step 1, the link user' },
  titleUser: { nl: 'Koppelgebruiker “{user}”', en: 'Link user “{user}”' },
  titleTeam: { nl: 'Team “{team}”', en: 'Team “{team}”' },
  rightsCount: { nl: '{granted} van de 6 rechten in orde', en: '{granted} of the 6 rights granted' },
  ready: { nl: 'Alles in orde voor de koppeling met a.s.r.', en: 'All in order for the a.s.r. link' },
  notReady: { nl: 'Nog niet in orde: {n} ontbreekt, {open} nog na te gaan', en: 'Not in order yet: {n} missing, {open} still to check' },
  employer: { nl: 'Werkgever: {employer}', en: 'Employer: {employer}' },
  noEmployer: {
    nl: 'Nog geen werkgever geopend: open in Loket.nl de werkgever om de toegang te controleren',
    en: 'No employer opened yet: open the employer in Loket.nl to check access',
  },
  notOnPage: { nl: 'staat niet in de lijst op deze pagina', en: 'not in the list on this page' },
  teamMembers: { nl: 'Leden: {members}', en: 'Members: {members}' },
  teamNote: {
    nl: 'Rechten van dit team tellen voor elk lid. Type, status en toegang staan op de pagina van de gebruiker.',
    en: 'This team’s rights count for each member. Type, status and access are on the user’s page.',
  },
  mailTitle: { nl: 'E-mail aan de API-helpdesk van Loket.nl', en: 'E-mail to Loket.nl’s API helpdesk' },
  mailOpen: { nl: 'E-mail openen', en: 'Open e-mail' },
  mailCopy: { nl: 'E-mail kopiëren', en: 'Copy e-mail' },
  mailCopied: { nl: 'E-mail gekopieerd', en: 'E-mail copied' },
  mailNothing: { nl: 'Niets aan te vragen: er ontbreekt niets.', en: 'Nothing to request: nothing is missing.' },
  close: { nl: 'Paneel sluiten voor deze pagina', en: 'Close the panel for this page' },
  collapse: { nl: 'Inklappen', en: 'Collapse' },
  expand: { nl: 'Uitklappen', en: 'Expand' },
  touchesNothing: {
    nl: 'De koppelhulp leest deze pagina alleen; hij wijzigt niets in Loket.nl.',
    en: 'The link helper only reads this page; it changes nothing in Loket.nl.',
  },
});
