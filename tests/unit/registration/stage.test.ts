import { describe, expect, it } from 'vitest';
import { RegistrationStatusSchema } from '../../../utils/registration/schema';
import { STAGES, stageAfterFill, stageReachedAt, statusAt } from '../../../utils/registration/stage';

const NOW = '2026-11-29T10:00:00.000Z';

describe('registration stages', () => {
  it('every stage made by statusAt is valid and remembers when it was reached', () => {
    for (const stage of STAGES) {
      const status = statusAt(stage, NOW);
      expect(RegistrationStatusSchema.safeParse(status).success).toBe(true);
      expect(stageReachedAt(status)).toBe(stage === 'concept' ? null : NOW);
    }
  });

  it('keeps statuses stored before stages had dates valid', () => {
    expect(RegistrationStatusSchema.safeParse({ stage: 'wacht-op-keylane' }).success).toBe(true);
    expect(RegistrationStatusSchema.safeParse({ stage: 'bevestigd', firstExchangeDate: '2026-12-01' }).success).toBe(true);
    expect(stageReachedAt({ stage: 'wacht-op-keylane' })).toBeNull();
  });

  it('a fill advances only a concept, and only when it was complete', () => {
    expect(stageAfterFill({ stage: 'concept' }, true, NOW)).toEqual({ stage: 'ingevuld', filledAt: NOW });
    expect(stageAfterFill({ stage: 'concept' }, false, NOW)).toEqual({ stage: 'concept' });
    const sent = statusAt('verstuurd', NOW);
    expect(stageAfterFill(sent, true, '2026-12-01T00:00:00.000Z')).toBe(sent);
  });
});
