import type { RegistrationStatus } from './schema';

/**
 * The stages of one employer's registration, in the order a processor walks them. The popup
 * and the overview both show and set stages only through these functions.
 */
export type Stage = RegistrationStatus['stage'];
export const STAGES: readonly Stage[] = ['concept', 'ingevuld', 'verstuurd', 'wacht-op-keylane', 'bevestigd'];

export const stageIndex = (stage: Stage): number => STAGES.indexOf(stage);

/** A status for `stage` reached at `now` (ISO timestamp). */
export function statusAt(stage: Stage, now: string): RegistrationStatus {
  switch (stage) {
    case 'concept':
      return { stage };
    case 'ingevuld':
      return { stage, filledAt: now };
    case 'verstuurd':
      return { stage, sentAt: now };
    case 'wacht-op-keylane':
      return { stage, since: now };
    case 'bevestigd':
      return { stage, firstExchangeDate: '', confirmedAt: now };
  }
}

/**
 * The status after the user picks `stage`: the same stage keeps its dates; a new stage starts
 * at `now`, carrying the day Keylane made contact between the two last stages (step 3's date
 * stays on record after step 4). The first exchange starts unknown: a guessed day would read
 * as a.s.r.'s announcement.
 */
export function changeStage(status: RegistrationStatus, stage: Stage, now: string): RegistrationStatus {
  if (status.stage === stage) return status;
  const next = statusAt(stage, now);
  const contact = status.stage === 'wacht-op-keylane' || status.stage === 'bevestigd' ? status.keylaneContactDate : undefined;
  if (contact && (next.stage === 'wacht-op-keylane' || next.stage === 'bevestigd')) return { ...next, keylaneContactDate: contact };
  return next;
}

/** The days of steps 3 and 4 a status holds (null where unknown); the confirmation as its ISO moment. */
export function stepDates(status: RegistrationStatus): { keylaneContact: string | null; confirmed: string | null; firstExchange: string | null } {
  const waiting = status.stage === 'wacht-op-keylane' || status.stage === 'bevestigd';
  return {
    keylaneContact: (waiting && status.keylaneContactDate) || null,
    confirmed: (status.stage === 'bevestigd' && status.confirmedAt) || null,
    firstExchange: (status.stage === 'bevestigd' && status.firstExchangeDate) || null,
  };
}

/** When the current stage was reached (ISO timestamp), or null when unknown (concept, old records). */
export function stageReachedAt(status: RegistrationStatus): string | null {
  switch (status.stage) {
    case 'concept':
      return null;
    case 'ingevuld':
      return status.filledAt;
    case 'verstuurd':
      return status.sentAt;
    case 'wacht-op-keylane':
      return status.since ?? null;
    case 'bevestigd':
      return status.confirmedAt ?? null;
  }
}

/**
 * A fill advances the stage only from Concept, and only when every field was filled or already
 * held the same value: a partial or conflicting fill leaves the stage where it was.
 */
export function stageAfterFill(status: RegistrationStatus, fillComplete: boolean, now: string): RegistrationStatus {
  return fillComplete && status.stage === 'concept' ? statusAt('ingevuld', now) : status;
}
