// Several administrations in the overview's table: a row says what the popup says ("Kies de
// administratie"), from the same validation inputs, until the user chooses a number.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { applyCompanyCapture, applyUserEdit, newEmployerRecord, type EmployerRecord } from '../../../utils/employers/record';
import { numberChoices } from '../../../utils/employers/administrations';
import { employerIssues, toRow, type RowContext } from '../../../utils/overview/rows';
import { missingLabels, missingText } from '../../../utils/overview/labels';
import { rowsToCsv } from '../../../utils/overview/csv';
import { validateRegistration } from '../../../utils/registration/validate';
import { validDraft, validProfile } from '../registration/fixtures';

const T0 = '2026-11-01T10:00:00.000Z';
const T1 = '2026-11-02T10:00:00.000Z';
const NUMBERS = ['123456782L01', '123456782L02'];
const context: RowContext = { rights: [], now: new Date('2026-11-03T10:00:00Z'), keylaneDays: 14 };

/** Everything answered except the number; Loket.nl showed `numbers`, with names. */
function captured(numbers = NUMBERS): EmployerRecord {
  const record = { ...newEmployerRecord('e1', T0), draft: validDraft({ loonheffingennummer: '' }) };
  const administraties = numbers.map((n, i) => ({ naam: i === 0 ? 'Hoofdvestiging' : `Filiaal ${i}`, loonheffingennummer: n }));
  return applyCompanyCapture(record, { kind: 'company', werkgeverId: '20720', loonheffingennummers: numbers, administraties }, T1);
}

/** The popup's blocking errors for this record: validateRegistration with its inputs, employer part. */
const popupErrors = (record: EmployerRecord) =>
  validateRegistration(validProfile(), record.draft, numberChoices(record)).filter((i) => i.severity === 'error');

describe('a row of an employer with several administrations', () => {
  it('none chosen: "Kies de administratie", as in the popup, and it needs attention', () => {
    const record = captured();
    expect(record.draft.loonheffingennummer).toBe('');
    const row = toRow(record, context);
    expect(row.missing.map((i) => i.code)).toEqual(['loonheffingennummer.choose']);
    expect(row.missing).toEqual(popupErrors(record));
    expect(row.missing[0]!.message.nl).toContain('Kies de administratie');
    expect(row.attention).toEqual(['missingData']);
    // The "Ontbreekt nog" cell and the CSV name the choice, not "type a number".
    expect(missingText(row, 'nl')).toBe('Kies de administratie');
    const [, cells] = Papa.parse<string[]>(rowsToCsv([row]).slice(1), { delimiter: ';' }).data;
    expect(cells).toContain('Kies de administratie');
  });

  it('once a number is chosen the row is complete and needs no attention', () => {
    const chosen = applyUserEdit(captured(), { loonheffingennummer: NUMBERS[1]! }, T1);
    const row = toRow(chosen, context);
    expect(row.missing).toEqual([]);
    expect(row.attention).toEqual([]);
    expect(row.numbers.find((n) => n.chosen)).toEqual({ number: NUMBERS[1], administration: 'Filiaal 1', chosen: true });
  });

  it('one number, or none shown, keeps asking to fill it in', () => {
    const single = { ...captured(['123456782L01']), draft: validDraft({ loonheffingennummer: '' }) };
    expect(toRow(single, context).missing.map((i) => i.code)).toEqual(['loonheffingennummer.required']);
    const typed = { ...newEmployerRecord('e2', T0), draft: validDraft({ loonheffingennummer: '' }) };
    expect(toRow(typed, context).missing.map((i) => i.code)).toEqual(['loonheffingennummer.required']);
    expect(missingText(toRow(typed, context), 'nl')).toBe('Loonheffingennummer');
  });

  it('the editor and the row validate alike: every issue of the record, warnings too', () => {
    const ignoredDgas = { ...captured(), draft: validDraft({ loonheffingennummer: '', hasDga: false }) };
    expect(employerIssues(ignoredDgas).map((i) => [i.code, i.severity])).toEqual([
      ['loonheffingennummer.choose', 'error'],
      ['dgas.ignored', 'warning'],
    ]);
    expect(toRow(ignoredDgas, context).missing).toEqual(popupErrors(ignoredDgas));
  });
});

describe('"Ontbreekt nog" in English', () => {
  it('translates the choice; the a.s.r. form’s Dutch field names stay Dutch and say so', () => {
    const record = { ...captured(), draft: validDraft({ loonheffingennummer: '', werkgeverId: '', verloning: null, hasDga: null }) };
    const row = toRow(record, context);
    expect(missingLabels(row, 'en')).toEqual([
      { text: 'Werkgever ID', dutch: true },
      { text: 'Choose the administration', dutch: false },
      { text: 'DGAs', dutch: false },
      { text: 'Verloning', dutch: true },
    ]);
    expect(missingLabels(row, 'nl').every((l) => !l.dutch)).toBe(true);
    expect(missingText(row, 'nl')).toBe("Werkgever ID, Kies de administratie, DGA's, Verloning");
  });
});
