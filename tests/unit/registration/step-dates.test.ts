import { describe, expect, it } from 'vitest';
import { RegistrationStatusSchema } from '../../../utils/registration/schema';
import { changeStage, statusAt, stepDates } from '../../../utils/registration/stage';
import { dayOf, dayText, daysBetween, readDay, startOfDay } from '../../../utils/registration/dates';

const NOW = '2026-11-29T10:00:00.000Z';
const TODAY = '2026-11-29';

describe('days typed for steps 3 and 4', () => {
  it('reads the Dutch order with -, / or . and the ISO form; keeps them as yyyy-mm-dd', () => {
    expect(readDay('15-1-2027', 'any', TODAY)).toEqual({ ok: true, day: '2027-01-15' });
    expect(readDay(' 05/03/2026 ', 'any', TODAY)).toEqual({ ok: true, day: '2026-03-05' });
    expect(readDay('5.3.2026', 'any', TODAY)).toEqual({ ok: true, day: '2026-03-05' });
    expect(readDay('2026-03-05', 'any', TODAY)).toEqual({ ok: true, day: '2026-03-05' });
    expect(readDay('', 'notFuture', TODAY)).toEqual({ ok: true, day: null });
  });

  it('refuses what is no day, and never guesses a century or swaps day and month', () => {
    for (const text of ['31-02-2027', '29-02-2026', '13-13-2026', '15-01-27', 'morgen', '2026-1-32', '00-01-2026'])
      expect(readDay(text, 'any', TODAY)).toEqual({ ok: false, code: 'date.invalid' });
    expect(readDay('29-02-2028', 'any', TODAY)).toEqual({ ok: true, day: '2028-02-29' });
  });

  it('a contact or a confirmation cannot lie ahead; the first exchange may', () => {
    expect(readDay('30-11-2026', 'notFuture', TODAY)).toEqual({ ok: false, code: 'date.future' });
    expect(readDay('29-11-2026', 'notFuture', TODAY)).toEqual({ ok: true, day: '2026-11-29' });
    expect(readDay('15-01-2027', 'any', TODAY)).toEqual({ ok: true, day: '2027-01-15' });
  });

  it('shows a day as dd-mm-jjjj and counts whole days across a DST change', () => {
    expect(dayText('2027-01-05')).toBe('05-01-2027');
    expect(dayText('')).toBe('');
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-12-01', '2026-11-29')).toBe(-2);
    // A day entered as the confirmation is stored as its local start and read back as that day.
    expect(dayOf(startOfDay('2026-11-03'))).toBe('2026-11-03');
  });
});

describe('stage changes keep the dates of steps 3 and 4', () => {
  it('"Koppeling bevestigd" starts without a first exchange day: a guess would read as a.s.r.\'s', () => {
    expect(statusAt('bevestigd', NOW)).toEqual({ stage: 'bevestigd', firstExchangeDate: '', confirmedAt: NOW });
  });

  it('the day Keylane made contact goes along to the confirmation and back, and is valid stored data', () => {
    const waiting = { stage: 'wacht-op-keylane' as const, since: '2026-11-20T10:00:00.000Z', keylaneContactDate: '2026-11-24' };
    const confirmed = changeStage(waiting, 'bevestigd', NOW);
    expect(confirmed).toEqual({ stage: 'bevestigd', firstExchangeDate: '', confirmedAt: NOW, keylaneContactDate: '2026-11-24' });
    expect(RegistrationStatusSchema.safeParse(confirmed).success).toBe(true);
    expect(stepDates({ ...confirmed, firstExchangeDate: '2027-01-15' } as typeof confirmed)).toEqual({ keylaneContact: '2026-11-24', confirmed: NOW, firstExchange: '2027-01-15' });
    expect(changeStage(confirmed, 'wacht-op-keylane', NOW)).toEqual({ stage: 'wacht-op-keylane', since: NOW, keylaneContactDate: '2026-11-24' });
    // Earlier stages know no Keylane contact.
    expect(changeStage(confirmed, 'verstuurd', NOW)).toEqual({ stage: 'verstuurd', sentAt: NOW });
    // Picking the stage it is in changes nothing (no new "sinds").
    expect(changeStage(waiting, 'wacht-op-keylane', NOW)).toBe(waiting);
  });

  it('statuses stored before these dates read as they are, their dates unknown', () => {
    const old = [{ stage: 'wacht-op-keylane' }, { stage: 'bevestigd', firstExchangeDate: '' }, { stage: 'bevestigd', firstExchangeDate: '2026-12-01', confirmedAt: NOW }];
    for (const status of old) expect(RegistrationStatusSchema.safeParse(status).success).toBe(true);
    expect(stepDates({ stage: 'bevestigd', firstExchangeDate: '' })).toEqual({ keylaneContact: null, confirmed: null, firstExchange: null });
  });
});
