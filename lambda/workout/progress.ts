import { EXERCISES, type ExerciseId } from '../catalog/exercises';
import type { Progress, Settings } from './types';

/** Left out this session: a movement that hurt sharply today, or an exercise that had to be stopped twice before. */
export function isAvoided(id: ExerciseId, settings: Settings): boolean {
  return settings.avoid.includes(EXERCISES[id].movement) || settings.excluded.includes(id);
}

/** The first exercise at or after `index` that this session still does, or -1. */
export function nextAllowedIndex(progress: Progress, index: number, settings: Settings): number {
  for (let i = Math.max(0, index); i < progress.exercises.length; i++) {
    const id = progress.exercises[i];
    if (id !== undefined && !isAvoided(id, settings)) return i;
  }
  return -1;
}

/** The exercise a "next" after the current one would start, or null at the end of the routine. */
export function upcomingExercise(progress: Progress, settings: Settings): ExerciseId | null {
  return progress.exercises[nextAllowedIndex(progress, progress.index + 1, settings)] ?? null;
}

export function currentExercise(progress: Progress): ExerciseId | null {
  return progress.exercises[progress.index] ?? null;
}
