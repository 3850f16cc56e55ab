import type { ExerciseId } from '../catalog/exercises';
import { ROUTINES, ROUTINE_IDS, type RoutineId } from '../catalog/routines';
import { planBlock } from './blocks';
import { isAvoided } from './progress';
import { DEFAULT_SETTINGS, EXERCISE_START, type Cursor, type Pacer, type Settings } from './types';

/** A response's prompt plus the user's "next", added to each counting response when estimating a routine's length. */
const TURN_OVERHEAD_SECONDS = 8;
/** Bounded: forged session attributes could otherwise make up endless distinct routines and settings. */
const MAX_REMEMBERED_ESTIMATES = 500;

/** Seconds each routine takes under the default settings, in one voice (the build measures them in advance). */
export type KnownLengths = Readonly<Partial<Record<RoutineId, number>>>;

/** How long doing some exercises takes, in one voice: the seconds of every response, plus the turns between them. */
export interface RoutineEstimator {
  seconds(exercises: readonly ExerciseId[], settings: Settings): number;
  /** Whole minutes, at least one: what the user hears ("about eleven minutes"). */
  minutes(exercises: readonly ExerciseId[], settings: Settings): number;
}

/** What a routine's length depends on: its exercises and the settings that change what is said or held. */
function estimateKey(exercises: readonly ExerciseId[], settings: Settings): string {
  return JSON.stringify([exercises, settings.slow, settings.longerHolds, settings.eased, settings.gentler, settings.avoid, settings.excluded]);
}

/** Measures every response the exercises take, as the workout would plan them. */
export function measureExercises(exercises: readonly ExerciseId[], settings: Settings, pacer: Pacer): number {
  let total = 0;
  for (const id of exercises) {
    if (isAvoided(id, settings)) continue;
    let cursor: Cursor | null = EXERCISE_START;
    while (cursor !== null) {
      const block = planBlock(id, cursor, settings, pacer);
      total += block.seconds + TURN_OVERHEAD_SECONDS;
      cursor = block.next;
    }
  }
  return total;
}

/**
 * An estimator for one voice. The same routine under the same settings is asked for again and again ("how
 * many are left", each start), so each answer is remembered; `known` lengths are never measured at all.
 * Remembering changes no answer: the estimate is a function of its arguments and the voice.
 */
export function routineEstimator(pacer: Pacer, known: KnownLengths = {}): RoutineEstimator {
  const remembered = new Map<string, number>();
  const seed = () => {
    for (const routine of ROUTINE_IDS) {
      const seconds = known[routine];
      if (seconds !== undefined) remembered.set(estimateKey(ROUTINES[routine], DEFAULT_SETTINGS), seconds);
    }
  };
  seed();
  const seconds = (exercises: readonly ExerciseId[], settings: Settings): number => {
    const key = estimateKey(exercises, settings);
    const hit = remembered.get(key);
    if (hit !== undefined) return hit;
    const total = measureExercises(exercises, settings, pacer);
    if (remembered.size >= MAX_REMEMBERED_ESTIMATES) {
      remembered.clear();
      seed();
    }
    remembered.set(key, total);
    return total;
  };
  return { seconds, minutes: (exercises, settings) => Math.max(1, Math.round(seconds(exercises, settings) / 60)) };
}
