import type { EmployerDraft, PayPeriod, Profile } from './schema';
import { normalizeEmployer, normalizeProfile } from './validate';

export type Lang = 'nl' | 'en';

// Field names as the a.s.r. form shows them; English keeps the Dutch name so a reader can
// match each line to the form.
const NL = {
  bedrijfsnaam: 'Bedrijfsnaam',
  email: 'E-mailadres',
  raamwerkcontractnummer: 'Raamwerkcontractnummer',
  werkgeverNaam: 'Naam werkgever',
  loonheffingennummer: 'Loonheffingennummer',
  werkgeverId: 'Werkgever ID',
  dgas: "DGA's",
  naamDga: 'Naam DGA',
  personeelsnummer: 'Personeelsnummer',
  verloning: 'Verloning',
  dertiendeMaand: '13e maand',
  noDga: 'Geen DGA in de verloning',
  unanswered: '(nog niet ingevuld)',
  yes: 'Ja',
  no: 'Nee',
  payPeriod: { maand: 'Per maand', '4weken': 'Per 4 weken', week: 'Per week' } satisfies Record<PayPeriod, string>,
};
type Labels = { [K in keyof typeof NL]: K extends 'payPeriod' ? Record<PayPeriod, string> : string };

const TEXT: Record<Lang, Labels> = {
  nl: NL,
  en: {
    bedrijfsnaam: 'Company name (Bedrijfsnaam)',
    email: 'E-mail address (E-mailadres)',
    raamwerkcontractnummer: 'Framework contract number (Raamwerkcontractnummer)',
    werkgeverNaam: 'Employer name',
    loonheffingennummer: 'Payroll tax number (Loonheffingennummer)',
    werkgeverId: 'Employer ID (Werkgever ID)',
    dgas: "DGAs (DGA's)",
    naamDga: 'DGA name (Naam DGA)',
    personeelsnummer: 'Employee number (Personeelsnummer)',
    verloning: 'Pay period (Verloning)',
    dertiendeMaand: '13th month (13e maand)',
    noDga: 'No DGA in the payroll',
    unanswered: '(not filled in yet)',
    yes: 'Yes',
    no: 'No',
    payPeriod: { maand: 'Per month', '4weken': 'Per 4 weeks', week: 'Per week' },
  },
};

/**
 * Plain text for an e-mail: one "field: value" line per a.s.r. field, normalised values,
 * "(nog niet ingevuld)" for anything unanswered. It renders, it does not judge: run
 * validateRegistration for that (a weekly payroll shows as "Per week").
 */
export function registrationAsText(profile: Profile, draft: EmployerDraft, lang: Lang = 'nl'): string {
  const t = TEXT[lang];
  const p = normalizeProfile(profile);
  const d = normalizeEmployer(draft);
  const value = (v: string | null) => (v ? v : t.unanswered);

  const lines = [
    `${t.bedrijfsnaam}: ${value(p.bedrijfsnaam)}`,
    `${t.email}: ${value(p.email)}`,
    `${t.raamwerkcontractnummer}: ${value(p.raamwerkcontractnummer)}`,
  ];
  // Not an a.s.r. field, but it tells the reader which employer the numbers belong to.
  if (d.werkgeverNaam) lines.push(`${t.werkgeverNaam}: ${d.werkgeverNaam}`);
  lines.push(`${t.loonheffingennummer}: ${value(d.loonheffingennummer)}`, `${t.werkgeverId}: ${value(d.werkgeverId)}`);

  if (d.hasDga === false) lines.push(`${t.dgas}: ${t.noDga}`);
  else if (d.hasDga === null || d.dgas.length === 0) lines.push(`${t.dgas}: ${t.unanswered}`);
  else {
    lines.push(`${t.dgas}:`);
    for (const dga of d.dgas) {
      lines.push(`- ${t.naamDga}: ${value(dga.naam)}; ${t.personeelsnummer}: ${value(dga.personeelsnummer)}`);
    }
  }

  lines.push(
    `${t.verloning}: ${d.verloning === null ? t.unanswered : t.payPeriod[d.verloning]}`,
    `${t.dertiendeMaand}: ${d.dertiendeMaand === null ? t.unanswered : d.dertiendeMaand ? t.yes : t.no}`,
  );
  return lines.join('\n');
}
