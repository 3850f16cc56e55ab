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

export function dosage(id: ExerciseId, settings: Settings): Dosage {
  const exercise = EXERCISES[id];
  const holdScale = settings.eased ? EASED_HOLDS : settings.longerHolds ? LONGER_HOLDS : 1;
  const restScale = settings.slow ? SLOW_RESTS : 1;
  return {
    sides: sidesOf(exercise),
    reps: settings.eased ? Math.max(1, Math.round(exercise.reps * EASED_REPS)) : exercise.reps,
    phases: exercise.phases.map((phase) => ({
      cue: phase.cue,
      seconds: Math.min(exercise.maxHoldSeconds, Math.max(2, Math.round(phase.seconds * holdScale))),
    })),
    restSeconds: exercise.restSeconds * restScale,
    settleSeconds: SETTLE_SECONDS * restScale,
  };
}
