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
