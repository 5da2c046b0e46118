// THE one table of a.s.r. wording. Every label variant the form might show for a field,
// and the option wording for the choice questions, lives here and nowhere else.
// Entries are written as a person reads them; matching compares them in `compact` form
// (see utils/text), so "Werkgever ID", "Werkgever-ID" and "WerkgeverID" are one entry's worth.

import type { AsrFieldKey, ChoiceFieldKey, RowFieldKey, TextFieldKey } from './keys';

export interface LabelSpec {
  /** Whole-label wordings: an exact (compact) match scores highest. */
  exact: readonly string[];
  /** Phrases (as words) that may appear in a longer label or question; the last word may be a stem. */
  contains: readonly string[];
  /** Phrases (as words, last one a stem) that rule a label out for this field. */
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
    contains: ['bedrijfsnaam', 'naam organisatie', 'naam van je organisatie', 'naam van uw organisatie', 'naam van de organisatie', 'organisatienaam'],
    // "Naam DGA" must never be taken for the organisation's name.
    exclude: ['dga', 'grootaandeelhouder'],
    attr: ['bedrijfsnaam', 'organisatienaam', 'companyname', 'organisation', 'organization'],
  },
  email: {
    exact: ['E-mailadres', 'E-mail', 'Emailadres', 'Email', 'E-mail adres', 'Mailadres'],
    contains: ['e mailadres', 'emailadres', 'e mail', 'email', 'mailadres'],
    attr: ['email', 'mailadres'],
  },
  raamwerkcontractnummer: {
    exact: ['Raamwerkcontractnummer', 'Raamwerkcontract nummer', 'Raamwerkcontract', 'Contractnummer', 'Raamcontractnummer'],
    contains: ['raamwerkcontract', 'raamwerk contract', 'raamcontract', 'contractnummer', 'contract nummer'],
    attr: ['raamwerkcontract', 'contractnummer', 'contractnumber'],
  },
  loonheffingennummer: {
    exact: ['Loonheffingennummer', 'Loonheffingsnummer', 'Loonheffingen nummer', 'Loonheffing nummer', 'LH-nummer'],
    contains: ['loonheffing', 'lh nummer'],
    attr: ['loonheffing', 'payrolltax'],
  },
  werkgeverId: {
    exact: ['Werkgever ID', 'Werkgevers ID', 'Werkgevers-ID', 'WerkgeverID', 'ID werkgever', 'Werkgever ID Loket'],
    contains: ['werkgever id', 'werkgevers id', 'id werkgever', 'id van de werkgever'],
    attr: ['werkgeverid', 'werkgeversid', 'employerid'],
  },
  dgaNaam: {
    exact: ['Naam DGA', 'Naam van de DGA', 'DGA naam', 'Naam directeur-grootaandeelhouder'],
    contains: ['naam dga', 'dga naam', 'naam van de dga', 'naam directeur grootaandeelhouder'],
    dgaSectionOnly: ['Naam', 'Volledige naam', 'Voor- en achternaam', 'Achternaam', 'Naam en voorletters'],
    attr: ['dganaam', 'naamdga', 'dganame'],
  },
  dgaPersoneelsnummer: {
    exact: ['Personeelsnummer', 'Personeelsnummer DGA', 'Personeels nummer', 'Personeelsnr', 'Personeelsnummer van de DGA'],
    contains: ['personeelsnummer', 'personeels nummer', 'personeelsnr'],
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
    contains: ['verloning', 'loontijdvak', 'betaalfrequentie'],
    // The DGA question ("... DGA's in de verloning?") and the 13th month question are others.
    exclude: ['dga', 'grootaandeelhouder', '13e maand', '13de maand', 'dertiende maand', '13 maand'],
    attr: ['verloning', 'loontijdvak', 'payfrequency', 'frequentie'],
  },
  dertiendeMaand: {
    exact: ['Wordt er een 13e maand uitgekeerd?', '13e maand', '13de maand', 'Dertiende maand', '13e maand wordt uitgekeerd'],
    contains: ['13e maand', '13de maand', 'dertiende maand', '13 maand', '13emaand'],
    attr: ['13emaand', 'dertiendemaand', '13maand', 'thirteenth'],
  },
};


/**
 * What to type into a select that searches as you type, per answer, tried in this order
 * until an option meaning that answer shows ("Vierwekelijks", "Per 4 weken", "Maandelijks").
 */
export const SEARCH_WORDS: Record<string, readonly string[]> = {
  maand: ['maand', 'mnd'],
  '4weken': ['4 w', 'vier', '4-w', '4w'],
  ja: ['ja'],
  nee: ['nee'],
};

/** Add-row buttons in the DGA section: "DGA toevoegen", "+ Toevoegen", "Nog een DGA toevoegen", "Voeg een DGA toe". */
export const ADD_ROW_WORDS: readonly string[] = ['toevoegen', 'voeg', 'nog een'];
/** A DGA row's own remove control: "Verwijderen", "DGA verwijderen", a trash icon labelled "Verwijder". */
export const REMOVE_ROW_WORDS: readonly string[] = ['verwijder'];
/** A remove control saying this acts on more than one row ("Alle DGA's verwijderen"): never pressed. */
export const REMOVE_MORE_WORDS: readonly string[] = ['alle', 'alles', 'all'];
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

/** Phrases (last word a stem) that mark a section/heading as the DGA section. */
export const DGA_SECTION_WORDS: readonly string[] = ['dga', 'grootaandeelhouder'];
