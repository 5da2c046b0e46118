// One employer per form: before anything is written, the form's identity fields (Werkgever ID,
// loonheffingennummer) are read. When they hold another employer's values the form is that
// employer's registration: writing ours into the other fields would mix two employers in one
// form, which is worse than an empty field. Then nothing is written, and the report says whose
// data the form holds; only "Toch overschrijven" (overwriteConflicts) replaces it, all of it.

import { collectFields } from './collect';
import { planFill } from './plan';
import type { FieldReport, FillReport, FillValues, FormIdentity } from './types';
import { EXTRA_ROW } from './keys';

export type { FormIdentity };

/** The identity fields: another value in either means another employer's (or administration's) form. */
const IDENTITY = ['werkgeverId', 'loonheffingennummer'] as const;

/** Said of every field left alone because the form holds another employer's data. */
export const OTHER_EMPLOYER = 'niet ingevuld: het formulier bevat gegevens van een andere werkgever';

/**
 * The identity values the form holds when they differ from ours; null when the form's identity
 * fields are empty, hold our values, or are absent. A field we have no value for says nothing
 * about whose form it is, so it never blocks on its own.
 */
export function otherEmployerOnForm(doc: Document, values: FillValues): FormIdentity | null {
  const plan = planFill(collectFields(doc), values, { overwriteConflicts: false });
  const held: FormIdentity = {};
  for (const { report } of plan.entries) {
    const key = report.field;
    if ((key === 'werkgeverId' || key === 'loonheffingennummer') && report.status === 'conflict' && report.detail) held[key] = report.detail;
  }
  return IDENTITY.some((k) => held[k]) ? held : null;
}

/**
 * The report of a refused fill: the identity fields as conflicts naming what the form holds,
 * every other field skipped with why. Nothing on the page was touched.
 */
export function refusedReport(doc: Document, values: FillValues, other: FormIdentity): FillReport {
  const plan = planFill(collectFields(doc), values, { overwriteConflicts: false });
  const fields = plan.entries.map(({ report: r }): FieldReport => {
    if ((r.field === 'werkgeverId' || r.field === 'loonheffingennummer') && r.status === 'conflict') return r;
    const base = { field: r.field, ...(r.index === undefined ? {} : { index: r.index }), ...(r.label ? { label: r.label } : {}) };
    return { ...base, status: 'skipped', detail: OTHER_EMPLOYER };
  });
  return { formFound: true, fields, otherEmployer: other };
}

/**
 * On "Toch overschrijven": the first field that still does not show this employer's value (a
 * conflict, or a value the page did not take), undefined when every field was replaced. Rows
 * of the other employer's DGA's are left out: they are removed after this check.
 */
export function notReplaced(reports: Map<string, FieldReport>): FieldReport | undefined {
  for (const r of reports.values()) {
    if (r.detail?.startsWith(EXTRA_ROW)) continue;
    if (r.status === 'conflict' || r.status === 'not-taken') return r;
  }
  return undefined;
}
