import { describe, expect, it } from 'vitest';
import {
  applyCompanyCapture,
  applyEmployeeCapture,
  applyUserEdit,
  findByWerkgeverId,
  loketDifferences,
  newEmployerRecord,
  openDgaCandidates,
} from '../../../utils/employers/record';
import type { CompanyCapture } from '../../../utils/loket/types';

const T0 = '2026-11-01T10:00:00.000Z';
const T1 = '2026-11-02T10:00:00.000Z';

const company = (over: Partial<CompanyCapture> = {}): CompanyCapture => ({
  kind: 'company',
  werkgeverId: '20720',
  werkgeverNaam: 'Bakkerij De Korenschoof B.V.',
  loonheffingennummers: ['123456782L01'],
  verloning: 'maand',
  ...over,
});

describe('merging Loket.nl captures into an employer', () => {
  it('keeps the administrations’ names in the stored snapshot, and a later capture without names drops old ones', () => {
    const administraties = [
      { naam: 'Maandloon', loonheffingennummer: '123456782L01' },
      { naam: 'Weekloon', loonheffingennummer: '123456782L02' },
    ];
    const record = applyCompanyCapture(newEmployerRecord('e1', T0), company({ loonheffingennummers: ['123456782L01', '123456782L02'], administraties }), T1);
    expect(record.loket?.administraties).toEqual(administraties);
    // The snapshot is what Loket.nl shows now: names it no longer shows are not kept.
    expect(applyCompanyCapture(record, company(), T1).loket?.administraties).toBeUndefined();
  });

  it('fills an empty draft from the capture', () => {
    const record = applyCompanyCapture(newEmployerRecord('e1', T0), company(), T1);
    expect(record.draft).toMatchObject({
      werkgeverId: '20720',
      werkgeverNaam: 'Bakkerij De Korenschoof B.V.',
      loonheffingennummer: '123456782L01',
      verloning: 'maand',
    });
    expect(record.loket?.capturedAt).toBe(T1);
  });

  it('never overwrites a value the user edited, and reports the difference', () => {
    let record = applyCompanyCapture(newEmployerRecord('e1', T0), company(), T0);
    record = applyUserEdit(record, { werkgeverNaam: 'Korenschoof', verloning: '4weken' }, T0);
    record = applyCompanyCapture(record, company({ werkgeverNaam: 'Korenschoof Holding B.V.' }), T1);
    expect(record.draft.werkgeverNaam).toBe('Korenschoof');
    expect(record.draft.verloning).toBe('4weken');
    expect(loketDifferences(record)).toEqual([
      { field: 'werkgeverNaam', loketValue: 'Korenschoof Holding B.V.' },
      { field: 'verloning', loketValue: 'maand' },
    ]);
  });

  it('updates fields the user did not touch', () => {
    let record = applyCompanyCapture(newEmployerRecord('e1', T0), company(), T0);
    record = applyCompanyCapture(record, company({ verloning: '4weken' }), T1);
    expect(record.draft.verloning).toBe('4weken');
    expect(loketDifferences(record)).toEqual([]);
  });

  it('with several administrations chooses none; keeps the chosen loonheffingennummer while Loket.nl still shows it', () => {
    const two = company({ loonheffingennummers: ['123456782L01', '111222333L01'] });
    let record = applyCompanyCapture(newEmployerRecord('e1', T0), two, T0);
    // No silent preselection: the popup asks which administration (validate: loonheffingennummer.choose).
    expect(record.draft.loonheffingennummer).toBe('');
    record = applyUserEdit(record, { loonheffingennummer: '111222333L01' }, T0);
    record = applyCompanyCapture(record, two, T1);
    expect(record.draft.loonheffingennummer).toBe('111222333L01');
    expect(loketDifferences(record)).toEqual([]);
  });

  it('an existing draft keeps a number Loket.nl still shows; one it no longer shows is cleared so the user picks', () => {
    let record = applyCompanyCapture(newEmployerRecord('e1', T0), company({ loonheffingennummers: ['123456782L01'] }), T0);
    expect(record.draft.loonheffingennummer).toBe('123456782L01');
    record = applyCompanyCapture(record, company({ loonheffingennummers: ['111222333L01', '123456782L01'] }), T1);
    expect(record.draft.loonheffingennummer).toBe('123456782L01');
    record = applyCompanyCapture(record, company({ loonheffingennummers: ['111222333L01', '123456782L02'] }), T1);
    expect(record.draft.loonheffingennummer).toBe('');
  });

  it('finds an employer by Werkgever ID regardless of case and spaces', () => {
    const record = applyCompanyCapture(
      newEmployerRecord('e1', T0),
      company({ werkgeverId: 'b14acd0d-75d7-4fc8-8b22-4a3924585cab' }),
      T0,
    );
    expect(findByWerkgeverId({ e1: record }, ' B14ACD0D-75D7-4FC8-8B22-4A3924585CAB ')?.id).toBe('e1');
    expect(findByWerkgeverId({ e1: record }, '20720')).toBeUndefined();
    expect(findByWerkgeverId({ e1: record }, '')).toBeUndefined();
  });
});

describe('DGA candidates from employee pages', () => {
  const employee = (isDga: boolean | null) =>
    ({ kind: 'employee', naam: 'J. de Vries', personeelsnummer: '1001', isDga }) as const;

  it('offers an employee marked DGA, once', () => {
    let record = newEmployerRecord('e1', T0);
    record = applyEmployeeCapture(record, employee(true), T1);
    record = applyEmployeeCapture(record, employee(true), T1);
    expect(openDgaCandidates(record)).toEqual([{ naam: 'J. de Vries', personeelsnummer: '1001' }]);
  });

  it('drops the candidate when Loket.nl no longer marks the employee DGA', () => {
    let record = applyEmployeeCapture(newEmployerRecord('e1', T0), employee(true), T0);
    record = applyEmployeeCapture(record, employee(false), T1);
    expect(record.dgaCandidates).toEqual([]);
  });

  it('does not offer a DGA already in the list', () => {
    let record = applyEmployeeCapture(newEmployerRecord('e1', T0), employee(true), T0);
    record = applyUserEdit(record, { hasDga: true, dgas: [{ naam: 'Jan de Vries', personeelsnummer: '1001' }] }, T1);
    expect(openDgaCandidates(record)).toEqual([]);
  });
});
