import { EXERCISES, EXERCISE_IDS, POSITIONS, type ExerciseId } from './exercises';

export const ROUTINE_IDS = ['default', 'chair', 'floor', 'full'] as const;
export type RoutineId = (typeof ROUTINE_IDS)[number];

export function isRoutineId(value: unknown): value is RoutineId {
  return typeof value === 'string' && (ROUTINE_IDS as readonly string[]).includes(value);
}

/** Orders by position (standing first, lying on the back last) and keeps the given order within a position. */
function byPosition(ids: readonly ExerciseId[]): readonly ExerciseId[] {
  const rank = (id: ExerciseId) => POSITIONS.indexOf(EXERCISES[id].position);
  return [...ids].sort((a, b) => rank(a) - rank(b));
}

export const ROUTINES: Readonly<Record<RoutineId, readonly ExerciseId[]>> = {
  // 8 to 12 minutes (a test checks it against the speech timeline): one beginner exercise from each
  // movement family (shoulder opener, twist, spinal wave, forward fold, backbend), one trip to the floor.
  default: byPosition(['eagle_arms', 'sitting_rotation', 'cat_stretch', 'childs_pose', 'cobra_stretch']),
  chair: byPosition(['eagle_arms', 'sitting_rotation', 'head_stretch', 'seated_spinal_twist']),
  floor: byPosition([
    'cat_stretch', 'thread_the_needle', 'puppy_pose', 'childs_pose', 'locust', 'cobra_stretch',
    'bridge_stretch', 'passive_backbend',
  ]),
  full: byPosition(EXERCISE_IDS),
};
