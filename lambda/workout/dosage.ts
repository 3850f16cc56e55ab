import { EXERCISES, sidesOf, type ExerciseId, type Phase, type Side } from '../catalog/exercises';
import type { Settings } from './types';

/** How much of an exercise this session does: the catalogue's numbers adjusted by the user's choices. */
export interface Dosage {
  readonly sides: readonly (Side | null)[];
  readonly reps: number;
  readonly phases: readonly Phase[];
  readonly restSeconds: number;
  /** Silence before a rep's hold, to get into the stretch. */
  readonly settleSeconds: number;
}

const LONGER_HOLDS = 1.5;
/** After mild pain the brief says to shorten holds and reduce reps for the rest of the session. */
const EASED_HOLDS = 0.6;
const EASED_REPS = 0.6;
const SLOW_RESTS = 2;
const SETTLE_SECONDS = 2;
const MIN_HOLD_SECONDS = 3;

export function dosage(id: ExerciseId, settings: Settings): Dosage {
  const exercise = EXERCISES[id];
  const holdScale = settings.eased ? EASED_HOLDS : settings.longerHolds ? LONGER_HOLDS : 1;
  const restScale = settings.slow ? SLOW_RESTS : 1;
  return {
    sides: sidesOf(exercise),
    reps: settings.eased ? Math.max(1, Math.round(exercise.reps * EASED_REPS)) : exercise.reps,
    // Only still holds change length: a flowing movement (the cat stretch) keeps the pace of a breath.
    phases: exercise.phases.map((phase) =>
      phase.cue === 'hold'
        ? { cue: phase.cue, seconds: Math.min(exercise.maxHoldSeconds, Math.max(MIN_HOLD_SECONDS, Math.round(phase.seconds * holdScale))) }
        : phase,
    ),
    restSeconds: exercise.restSeconds * restScale,
    settleSeconds: SETTLE_SECONDS * restScale,
  };
}
