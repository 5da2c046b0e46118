// Several administrations: the popup names each number's administration and never picks one for
// the user; a merge of two records loses no administration name.
import { describe, expect, it } from 'vitest';
import { mergeEmployerRecords } from '../../../utils/employers/merge';
import { applyCompanyCapture, newEmployerRecord, type EmployerRecord } from '../../../utils/employers/record';
import { administrationChoices } from '../../../utils/employers/administrations';
import { hasBlockingErrors, validateEmployer } from '../../../utils/registration/validate';
import { validDraft } from '../registration/fixtures';

const T0 = '2026-11-01T10:00:00.000Z';
const T1 = '2026-11-02T10:00:00.000Z';
const NUMBERS = ['123456782L01', '123456782L02'];

const captured = (administraties?: { naam: string; loonheffingennummer: string }[], numbers = NUMBERS): EmployerRecord =>
  applyCompanyCapture(newEmployerRecord('e1', T0), { kind: 'company', werkgeverId: '20720', loonheffingennummers: numbers, administraties }, T1);

describe('choosing the administration', () => {
  it('several numbers and none chosen: a blocking message that asks to choose, not to type', () => {
    const record = captured();
    expect(record.draft.loonheffingennummer).toBe('');
    const issues = validateEmployer(validDraft({ loonheffingennummer: '' }), NUMBERS).filter((i) => i.field === 'loonheffingennummer');
    expect(issues.map((i) => i.code)).toEqual(['loonheffingennummer.choose']);
    expect(hasBlockingErrors(issues)).toBe(true);
    expect(issues[0]!.message.nl).toContain('Kies de administratie');
    // Once chosen, nothing about the number remains.
    expect(validateEmployer(validDraft({ loonheffingennummer: NUMBERS[1]! }), NUMBERS).filter((i) => i.field === 'loonheffingennummer')).toEqual([]);
  });

  it('one number is taken as before, and an empty one just asks for it', () => {
    expect(captured(undefined, ['123456782L01']).draft.loonheffingennummer).toBe('123456782L01');
    expect(validateEmployer(validDraft({ loonheffingennummer: '' }), ['123456782L01']).find((i) => i.field === 'loonheffingennummer')?.code).toBe(
      'loonheffingennummer.required',
    );
  });

  it('each choice shows its administration’s name where Loket.nl showed one', () => {
    const record = captured([{ naam: 'Bakkerij Noord B.V. – maandloon', loonheffingennummer: '123456782L01' }]);
    expect(administrationChoices(record)).toEqual([
      { number: '123456782L01', label: '123456782L01 · Bakkerij Noord B.V. – maandloon', naam: 'Bakkerij Noord B.V. – maandloon' },
      { number: '123456782L02', label: '123456782L02', naam: undefined },
    ]);
    expect(administrationChoices(undefined)).toEqual([]);
  });
});

describe('merging two records of one employer', () => {
  it('keeps every administration name; the newer capture’s name wins for the same number', () => {
    const older = captured([{ naam: 'Oud', loonheffingennummer: '123456782L01' }, { naam: 'Weekloon', loonheffingennummer: '123456782L02' }]);
    const newer = { ...captured([{ naam: 'Maandloon', loonheffingennummer: '123456782L01' }], ['123456782L01']), id: 'e2' };
    newer.loket = { ...newer.loket!, capturedAt: '2026-11-03T10:00:00.000Z' };
    const { merged } = mergeEmployerRecords(older, newer);
    expect(merged.loket?.administraties).toEqual([
      { naam: 'Maandloon', loonheffingennummer: '123456782L01' },
      { naam: 'Weekloon', loonheffingennummer: '123456782L02' },
    ]);
  });
});
