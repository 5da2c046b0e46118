import type { LocalizedText } from './schema';

/**
 * Every user-facing validation message, keyed by issue code. Each names the field as the
 * a.s.r. form does and says what to do; English keeps the Dutch field name in brackets
 * because the form the user fills in is Dutch. `{n}` is the 1-based DGA row number.
 */
export const MESSAGES = {
  'bedrijfsnaam.required': {
    nl: 'Bedrijfsnaam: vul de naam van uw eigen organisatie in.',
    en: 'Company name (Bedrijfsnaam): enter the name of your own organisation.',
  },
  'email.required': {
    nl: 'E-mailadres: vul het e-mailadres in waarop u aanvragen voor een koppeling ontvangt.',
    en: 'E-mail address (E-mailadres): enter the address where you receive requests for a payroll link.',
  },
  'email.invalid': {
    nl: 'E-mailadres: dit is geen geldig e-mailadres. Gebruik de vorm naam@domein.nl, zonder spaties.',
    en: 'E-mail address (E-mailadres): this is not a valid address. Use the form name@domain.nl, without spaces.',
  },
  'raamwerkcontractnummer.required': {
    nl: 'Raamwerkcontractnummer: vul het nummer van uw raamwerkcontract met a.s.r. in.',
    en: 'Framework contract number (Raamwerkcontractnummer): enter the number of your framework contract with a.s.r.',
  },
  'raamwerkcontractnummer.unusualPrefix': {
    nl: 'Raamwerkcontractnummer: begint meestal met A020. Controleer het nummer; klopt het, dan kunt u doorgaan.',
    en: 'Framework contract number (Raamwerkcontractnummer): usually starts with A020. Check the number; if it is correct, you can continue.',
  },
  'werkgeverId.required': {
    nl: "Werkgever ID: vul het Werkgever ID uit Loket.nl in (Werkgever → tabblad 'Bedrijfsgegevens', veld 'Werkgever ID').",
    en: "Employer ID (Werkgever ID): enter the Werkgever ID from Loket.nl (Werkgever → tab 'Bedrijfsgegevens', field 'Werkgever ID').",
  },
  'werkgeverId.invalid': {
    nl: "Werkgever ID: dit is geen geldig Werkgever ID. Het is een getal (bijvoorbeeld 20720) of een code als b14acd0d-75d7-4fc8-8b22-4a3924585cab. U vindt het in Loket.nl onder Werkgever → tabblad 'Bedrijfsgegevens', veld 'Werkgever ID'.",
    en: "Employer ID (Werkgever ID): this is not a valid Werkgever ID. It is a number (for example 20720) or a code such as b14acd0d-75d7-4fc8-8b22-4a3924585cab. Loket.nl shows it under Werkgever → tab 'Bedrijfsgegevens', field 'Werkgever ID'.",
  },
  'loonheffingennummer.required': {
    nl: 'Loonheffingennummer: vul het loonheffingennummer van de werkgever in, bijvoorbeeld 123456782L01.',
    en: "Payroll tax number (Loonheffingennummer): enter the employer's number, for example 123456782L01.",
  },
  'loonheffingennummer.choose': {
    nl: 'Loonheffingennummer: deze werkgever heeft meerdere administraties in Loket.nl. Kies de administratie die u aanmeldt.',
    en: 'Payroll tax number (Loonheffingennummer): this employer has several administrations in Loket.nl. Choose the administration you are registering.',
  },
  'loonheffingennummer.shape': {
    nl: 'Loonheffingennummer: gebruik 9 cijfers, de letter L en 2 cijfers, bijvoorbeeld 123456782L01.',
    en: 'Payroll tax number (Loonheffingennummer): use 9 digits, the letter L and 2 digits, for example 123456782L01.',
  },
  'loonheffingennummer.checkDigit': {
    nl: 'Loonheffingennummer: het controlecijfer klopt niet (elfproef). Controleer het nummer in Loket.nl. Weet u zeker dat het juist is, bevestig dat dan.',
    en: 'Payroll tax number (Loonheffingennummer): the check digit does not match (eleven-test). Check the number in Loket.nl. If you are sure it is correct, confirm that.',
  },
  'loonheffingennummer.checkDigitAccepted': {
    nl: 'Loonheffingennummer: voldoet niet aan de elfproef. U hebt bevestigd dat het nummer juist is.',
    en: 'Payroll tax number (Loonheffingennummer): fails the eleven-test. You confirmed that the number is correct.',
  },
  'loonheffingennummer.subNumber': {
    nl: 'Loonheffingennummer: het volgnummer na de L kan niet 00 zijn. Controleer het nummer in Loket.nl.',
    en: 'Payroll tax number (Loonheffingennummer): the sub-number after the L cannot be 00. Check the number in Loket.nl.',
  },
  'hasDga.unanswered': {
    nl: "DGA's: geef aan of er een DGA in de verloning zit (Ja of Nee).",
    en: "DGAs (DGA's): state whether the payroll includes a DGA (Yes or No).",
  },
  'dgas.empty': {
    nl: "DGA's: voeg minstens één DGA toe of kies 'Nee'.",
    en: "DGAs (DGA's): add at least one DGA or choose 'No'.",
  },
  'dgas.ignored': {
    nl: "DGA's: u koos 'Nee', dus de ingevulde DGA's worden niet doorgegeven. Kies 'Ja' als ze wel in de verloning zitten.",
    en: "DGAs (DGA's): you chose 'No', so the DGAs entered will not be passed on. Choose 'Yes' if they are in the payroll.",
  },
  'dga.naam.required': {
    nl: 'Naam DGA (rij {n}): vul de naam van de DGA in.',
    en: "DGA name (Naam DGA, row {n}): enter the DGA's name.",
  },
  'dga.personeelsnummer.required': {
    nl: 'Personeelsnummer (DGA rij {n}): vul het personeelsnummer uit Loket.nl in.',
    en: 'Employee number (Personeelsnummer, DGA row {n}): enter the employee number from Loket.nl.',
  },
  'dga.personeelsnummer.digits': {
    nl: 'Personeelsnummer (DGA rij {n}): gebruik alleen cijfers.',
    en: 'Employee number (Personeelsnummer, DGA row {n}): use digits only.',
  },
  'dga.personeelsnummer.duplicate': {
    nl: 'Personeelsnummer (DGA rij {n}): dit nummer staat al bij een andere DGA. Verwijder de dubbele rij of corrigeer het nummer.',
    en: 'Employee number (Personeelsnummer, DGA row {n}): this number is already used for another DGA. Remove the duplicate row or correct the number.',
  },
  'verloning.unanswered': {
    nl: 'Verloning: kies per maand of per 4 weken.',
    en: 'Pay period (Verloning): choose per month or per 4 weeks.',
  },
  'verloning.week': {
    nl: 'Verloning: Loket.nl verloont deze werkgever per week, maar a.s.r. accepteert alleen per maand of per 4 weken. Overleg met a.s.r. hoe u deze werkgever aanmeldt.',
    en: 'Pay period (Verloning): Loket.nl pays this employer weekly, but a.s.r. only accepts per month or per 4 weeks. Ask a.s.r. how to register this employer.',
  },
  'dertiendeMaand.unanswered': {
    nl: '13e maand: kies Ja of Nee.',
    en: '13th month (13e maand): choose Yes or No.',
  },
} as const satisfies Record<string, LocalizedText>;

export type MessageCode = keyof typeof MESSAGES;

/** The message for a code, with `{n}` filled in for DGA rows (dgaIndex is 0-based). */
export function messageFor(code: MessageCode, dgaIndex?: number): LocalizedText {
  const { nl, en } = MESSAGES[code];
  const row = dgaIndex === undefined ? '' : String(dgaIndex + 1);
  return { nl: nl.replaceAll('{n}', row), en: en.replaceAll('{n}', row) };
}
