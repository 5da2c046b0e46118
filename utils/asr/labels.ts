// THE one table of a.s.r. wording. Every label variant the form might show for a field,
// and the option wording for the choice questions, lives here and nowhere else.
// Entries are written as a person reads them; matching compares them in `compact` form
// (see text.ts), so "Werkgever ID", "Werkgever-ID" and "WerkgeverID" are one entry's worth.

import type { AsrFieldKey, AsrPayPeriod, ChoiceFieldKey, RowFieldKey, TextFieldKey } from './keys';

export interface LabelSpec {
  /** Whole-label wordings: an exact (compact) match scores highest. */
  exact: readonly string[];
  /** Stems (compact form) that may appear inside a longer label or question, from the start of a word. */
  contains: readonly string[];
  /** Stems (compact form) that rule a label out for this field. */
  exclude?: readonly string[];
  /**
   * Generic wordings that only mean this field inside the DGA section
   * ("Naam" is the DGA's name there, but nothing we know elsewhere).
   */
  dgaSectionOnly?: readonly string[];
  /** Stems (compact form) of name/id attributes: last resort only. */
  attr: readonly string[];
}

export const LABELS: Record<TextFieldKey | RowFieldKey | ChoiceFieldKey, LabelSpec> = {
  bedrijfsnaam: {
    exact: [
      'Bedrijfsnaam',
      'Naam organisatie',
      'Naam van je organisatie',
      'Naam van uw organisatie',
      'Naam van de organisatie',
      'Organisatienaam',
      'Naam bedrijf',
      'Naam salarisverwerker',
      'Naam administratiekantoor',
    ],
    contains: ['bedrijfsnaam', 'naamorganisatie', 'naamvanjeorganisatie', 'naamvanuworganisatie', 'naamvandeorganisatie', 'organisatienaam'],
    // "Naam DGA" must never be taken for the organisation's name.
    exclude: ['dga', 'grootaandeelhouder'],
    attr: ['bedrijfsnaam', 'organisatienaam', 'companyname', 'organisation', 'organization'],
  },
  email: {
    exact: ['E-mailadres', 'E-mail', 'Emailadres', 'Email', 'E-mail adres', 'Mailadres'],
    contains: ['emailadres', 'email', 'mailadres'],
    attr: ['email', 'mailadres'],
  },
  raamwerkcontractnummer: {
    exact: ['Raamwerkcontractnummer', 'Raamwerkcontract nummer', 'Raamwerkcontract', 'Contractnummer', 'Raamcontractnummer'],
    contains: ['raamwerkcontract', 'raamcontract', 'contractnummer'],
    attr: ['raamwerkcontract', 'contractnummer', 'contractnumber'],
  },
  loonheffingennummer: {
    exact: ['Loonheffingennummer', 'Loonheffingsnummer', 'Loonheffingen nummer', 'Loonheffing nummer', 'LH-nummer'],
    contains: ['loonheffing'],
    attr: ['loonheffing', 'payrolltax'],
  },
  werkgeverId: {
    exact: ['Werkgever ID', 'Werkgevers ID', 'Werkgevers-ID', 'WerkgeverID', 'ID werkgever', 'Werkgever ID Loket'],
    contains: ['werkgeverid', 'werkgeversid', 'idwerkgever', 'idvandewerkgever'],
    attr: ['werkgeverid', 'werkgeversid', 'employerid'],
  },
  dgaNaam: {
    exact: ['Naam DGA', 'Naam van de DGA', 'DGA naam', 'Naam directeur-grootaandeelhouder'],
    contains: ['naamdga', 'dganaam', 'naamvandedga', 'naamdirecteurgrootaandeelhouder'],
    dgaSectionOnly: ['Naam', 'Volledige naam', 'Voor- en achternaam', 'Achternaam', 'Naam en voorletters'],
    attr: ['dganaam', 'naamdga', 'dganame'],
  },
  dgaPersoneelsnummer: {
    exact: ['Personeelsnummer', 'Personeelsnummer DGA', 'Personeels nummer', 'Personeelsnr', 'Personeelsnummer van de DGA'],
    contains: ['personeelsnummer', 'personeelsnr'],
    attr: ['personeelsnummer', 'personeelsnr', 'employeenumber'],
  },
  hasDga: {
    exact: ["Zit er één of meerdere DGA's in de verloning?", "Zijn er DGA's in de verloning?", 'DGA in de verloning'],
    contains: ['dga', 'grootaandeelhouder'],
    // A "Naam DGA" text box is a row field, not the question.
    exclude: ['naam', 'personeelsn', 'toevoegen'],
    attr: ['hasdga', 'dga'],
  },
  verloning: {
    exact: ['Maandelijkse of 4-wekelijkse verloning', 'Verloning', 'Verloningsfrequentie', 'Loontijdvak', 'Verloningsperiode'],
    contains: ['verloning', 'loontijdvak', 'verloningsfrequentie', 'betaalfrequentie', 'verloningsperiode'],
    // The DGA question ("... DGA's in de verloning?") and the 13th month question are others.
    exclude: ['dga', 'grootaandeelhouder', '13emaand', '13demaand', 'dertiendemaand'],
    attr: ['verloning', 'loontijdvak', 'payfrequency', 'frequentie'],
  },
  dertiendeMaand: {
    exact: ['Wordt er een 13e maand uitgekeerd?', '13e maand', '13de maand', 'Dertiende maand', '13e maand wordt uitgekeerd'],
    contains: ['13emaand', '13demaand', 'dertiendemaand', '13maand'],
    attr: ['13emaand', 'dertiendemaand', '13maand', 'thirteenth'],
  },
};

/** Option wording for a yes/no question: compared on the first word of the option text. */
export const YES_WORDS: readonly string[] = ['ja', 'yes', 'wel'];
export const NO_WORDS: readonly string[] = ['nee', 'no', 'geen', 'niet'];

/**
 * Option wording for pay frequency: whole wordings (compact form), then stems from the start
 * of a word (see hasStem). "Per kwartaal (3 maanden)", "Halfmaandelijks", "Per week" match neither.
 */
export const VERLONING_OPTIONS: { value: AsrPayPeriod; exact: readonly string[]; stems: readonly string[] }[] = [
  {
    value: '4weken',
    exact: ['Per 4 weken', '4-wekelijks', 'Vierwekelijks', '4 weken', 'Per vier weken', 'Vier weken', 'Elke 4 weken', '13 perioden', '4-wekelijkse verloning', '4weken'],
    stems: ['4weken', '4wekelijk', 'vierweken', 'vierwekelijk', '4wk', '13perioden'],
  },
  {
    value: 'maand',
    exact: ['Maandelijks', 'Per maand', 'Maand', 'Elke maand', 'Maandelijkse verloning', 'Maandverloning'],
    stems: ['maandelijk', 'permaand', 'elkemaand', 'maandverloning', '12perioden'],
  },
];

/** Add-row buttons in the DGA section: "DGA toevoegen", "+ Toevoegen", "Nog een DGA toevoegen", "Voeg een DGA toe". */
export const ADD_ROW_WORDS: readonly string[] = ['toevoegen', 'voeg', 'nogeen'];
/** Never press a button with this wording, even if it also says "toevoegen". */
export const NEVER_PRESS_WORDS: readonly string[] = ['verwijder', 'verstuur', 'verzend', 'indienen', 'opslaan', 'aanmelden', 'submit'];

/**
 * Fields specific enough that finding one by its visible label means this is a.s.r.'s
 * registration form (a lone "E-mail" box on a newsletter form is not).
 */
export const SPECIFIC_FIELDS: readonly AsrFieldKey[] = [
  'raamwerkcontractnummer',
  'loonheffingennummer',
  'werkgeverId',
  'hasDga',
  'dertiendeMaand',
  'verloning',
];

/** Stems (compact) that mark a section/heading as the DGA section. */
export const DGA_SECTION_WORDS: readonly string[] = ['dga', 'grootaandeelhouder'];
