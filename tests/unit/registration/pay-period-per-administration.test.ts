// Issue 23, "Pay period per administration": the chosen administration's own period, never the
// employer's first one; asked for when the chosen one shows none and the others differ.
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../utils/loket/capture';
import { applyCompanyCapture, applyUserEdit, EmployerRecordSchema, newEmployerRecord, periodForNumber } from '../../../utils/employers/record';
import { CaptureMessageSchema } from '../../../utils/messages/captures';
import { validateRegistration } from '../../../utils/registration/validate';
import type { CompanyCapture } from '../../../utils/loket/types';
import { FULL } from '../../flows/data';
import { parseSite } from '../loket/helpers';

const NOW = '2026-12-06T10:00:00.000Z';
// The capture as the reader takes it from the page: several-administrations.html shows a period per row.
const capture = capturePage(parseSite('several-administrations.html')) as CompanyCapture;

it('the reader carries each administration’s period', () => {
  expect(capture.verloningen).toEqual({ '819000127L01': 'maand', '819000127L02': '4weken', '824375919L01': 'maand' });
});

describe('the capture schema carries each administration’s period', () => {
  it('accepted with numbers as keys and known periods; refused otherwise', () => {
    expect(CaptureMessageSchema.safeParse({ type: 'loket/capture', capture }).success).toBe(true);
    expect(CaptureMessageSchema.safeParse({ type: 'loket/capture', capture: { ...capture, verloningen: { '123': 'maand' } } }).success).toBe(false);
    expect(CaptureMessageSchema.safeParse({ type: 'loket/capture', capture: { ...capture, verloningen: { '819000127L01': 'jaar' } } }).success).toBe(false);
  });
});

describe('Verloning follows the administration chosen', () => {
  const captured = applyCompanyCapture(newEmployerRecord('e1', NOW), capture, NOW);

  it('the issue’s case: choosing "819000127L02 · Oproepkrachten" gives "4 weken", not "maand"', () => {
    const chosen = applyUserEdit(captured, { loonheffingennummer: '819000127L02' }, NOW);
    expect(chosen.draft.verloning).toBe('4weken');
    expect(applyUserEdit(chosen, { loonheffingennummer: '819000127L01' }, NOW).draft.verloning).toBe('maand');
  });

  it('none chosen yet and the administrations differ: no period is guessed, so the popup asks before filling', () => {
    expect(captured.draft.loonheffingennummer).toBe('');
    expect(captured.draft.verloning).toBeNull();
    const issues = validateRegistration(FULL.profile, { ...captured.draft, loonheffingennummer: '' }, captured.loket!.loonheffingennummers);
    expect(issues.some((i) => i.field === 'verloning' && i.severity === 'error')).toBe(true);
  });

  it('a capture taken after the choice keeps following the chosen administration', () => {
    const chosen = applyUserEdit(captured, { loonheffingennummer: '819000127L02' }, NOW);
    expect(applyCompanyCapture(chosen, capture, NOW).draft.verloning).toBe('4weken');
  });

  it('a period the user typed stays theirs', () => {
    const typed = applyUserEdit(captured, { verloning: 'maand' }, NOW);
    expect(applyUserEdit(typed, { loonheffingennummer: '819000127L02' }, NOW).draft.verloning).toBe('maand');
  });

  it('the chosen one shows none, the others agree: theirs; they differ: null', () => {
    const loket = { werkgeverId: '1', loonheffingennummers: [], capturedAt: NOW };
    expect(periodForNumber({ ...loket, verloningen: { '111222333L01': '4weken', '111222333L02': '4weken' } }, '111222333L03')).toBe('4weken');
    expect(periodForNumber({ ...loket, verloningen: { '111222333L01': '4weken', '111222333L02': 'maand' } }, '111222333L03')).toBeNull();
    // Shown once for the whole employer: applies to all its administrations.
    expect(periodForNumber({ ...loket, verloning: '4weken' }, '111222333L03')).toBe('4weken');
  });

  it('a record stored before periods per administration reads, and keeps its employer-wide period', () => {
    const old = { ...newEmployerRecord('e2', NOW), loket: { werkgeverId: '20722', loonheffingennummers: ['819000127L01'], verloning: 'maand', capturedAt: NOW } };
    const parsed = EmployerRecordSchema.safeParse(JSON.parse(JSON.stringify(old)));
    expect(parsed.success).toBe(true);
    expect(periodForNumber(parsed.data!.loket, '819000127L01')).toBe('maand');
  });
});
