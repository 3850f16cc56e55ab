/**
 * The fourteen exercises of the brief (docs/exercises.md) as numbers and ids only.
 * Everything a user hears about an exercise (name, steps, cautions) lives in lambda/i18n, keyed by id,
 * so the catalogue is the same in every language.
 */

export const EXERCISE_IDS = [
  'seated_spinal_twist',
  'locust',
  'revolved_triangle',
  'standing_forward_bend',
  'eagle_arms',
  'puppy_pose',
  'thread_the_needle',
  'childs_pose',
  'sitting_rotation',
  'head_stretch',
  'cat_stretch',
  'passive_backbend',
  'cobra_stretch',
  'bridge_stretch',
] as const;

export type ExerciseId = (typeof EXERCISE_IDS)[number];

/** Ordered from standing to lying on the back: routines follow this order so the user gets up and down as little as possible. */
export const POSITIONS = ['standing', 'seated', 'hands_and_knees', 'kneeling', 'face_down', 'on_back'] as const;
export type Position = (typeof POSITIONS)[number];

/** After sharp pain, the rest of the session leaves out every exercise of the same movement type. */
export const MOVEMENT_TYPES = ['twist', 'backbend', 'forward_fold', 'shoulder_opener', 'spinal_wave', 'hip_lift'] as const;
export type MovementType = (typeof MOVEMENT_TYPES)[number];

export type Equipment = 'chair' | 'mat' | 'towel' | 'pillow';

export type Side = 'right' | 'left';

/**
 * One timed part of a rep. A static stretch has a single `hold`; the cat stretch moves between two ends,
 * each spoken with its own cue and held for a few seconds.
 */
export type PhaseCue = 'hold' | 'round' | 'arch';
export interface Phase {
  readonly cue: PhaseCue;
  readonly seconds: number;
}

export interface Exercise {
  readonly id: ExerciseId;
  readonly position: Position;
  readonly movement: MovementType;
  readonly equipment: readonly Equipment[];
  /** Sided exercises are done on one side, then the other; `null` when both sides work at once. */
  readonly firstSide: Side | null;
  /** Reps per side. */
  readonly reps: number;
  readonly phases: readonly Phase[];
  /** Silence after each rep, to come out of the stretch and settle before the next. */
  readonly restSeconds: number;
  /** Upper bound for "longer holds": the brief's longest safe hold for this exercise. */
  readonly maxHoldSeconds: number;
}

const hold = (seconds: number): readonly Phase[] => [{ cue: 'hold', seconds }];

export const EXERCISES: Readonly<Record<ExerciseId, Exercise>> = {
  seated_spinal_twist: {
    id: 'seated_spinal_twist', position: 'seated', movement: 'twist', equipment: ['chair'],
    firstSide: 'right', reps: 2, phases: hold(20), restSeconds: 4, maxHoldSeconds: 30,
  },
  locust: {
    id: 'locust', position: 'face_down', movement: 'backbend', equipment: ['mat'],
    firstSide: null, reps: 5, phases: hold(5), restSeconds: 4, maxHoldSeconds: 10,
  },
  revolved_triangle: {
    id: 'revolved_triangle', position: 'standing', movement: 'twist', equipment: ['chair'],
    firstSide: 'right', reps: 1, phases: hold(15), restSeconds: 4, maxHoldSeconds: 30,
  },
  standing_forward_bend: {
    id: 'standing_forward_bend', position: 'standing', movement: 'forward_fold', equipment: [],
    firstSide: null, reps: 2, phases: hold(20), restSeconds: 6, maxHoldSeconds: 30,
  },
  eagle_arms: {
    id: 'eagle_arms', position: 'seated', movement: 'shoulder_opener', equipment: [],
    firstSide: 'right', reps: 1, phases: hold(20), restSeconds: 3, maxHoldSeconds: 30,
  },
  puppy_pose: {
    id: 'puppy_pose', position: 'kneeling', movement: 'backbend', equipment: ['mat', 'pillow'],
    firstSide: null, reps: 2, phases: hold(30), restSeconds: 6, maxHoldSeconds: 45,
  },
  thread_the_needle: {
    id: 'thread_the_needle', position: 'hands_and_knees', movement: 'twist', equipment: ['mat'],
    firstSide: 'right', reps: 1, phases: hold(25), restSeconds: 4, maxHoldSeconds: 30,
  },
  childs_pose: {
    id: 'childs_pose', position: 'kneeling', movement: 'forward_fold', equipment: ['mat', 'pillow'],
    firstSide: null, reps: 5, phases: hold(10), restSeconds: 4, maxHoldSeconds: 30,
  },
  sitting_rotation: {
    id: 'sitting_rotation', position: 'seated', movement: 'twist', equipment: ['chair'],
    firstSide: 'left', reps: 3, phases: hold(10), restSeconds: 4, maxHoldSeconds: 20,
  },
  head_stretch: {
    id: 'head_stretch', position: 'seated', movement: 'forward_fold', equipment: ['chair'],
    firstSide: null, reps: 3, phases: hold(10), restSeconds: 4, maxHoldSeconds: 15,
  },
  cat_stretch: {
    id: 'cat_stretch', position: 'hands_and_knees', movement: 'spinal_wave', equipment: ['mat'],
    firstSide: null, reps: 6, phases: [{ cue: 'round', seconds: 4 }, { cue: 'arch', seconds: 4 }],
    restSeconds: 0, maxHoldSeconds: 5,
  },
  passive_backbend: {
    id: 'passive_backbend', position: 'on_back', movement: 'backbend', equipment: ['towel', 'pillow'],
    firstSide: null, reps: 1, phases: hold(60), restSeconds: 0, maxHoldSeconds: 180,
  },
  cobra_stretch: {
    id: 'cobra_stretch', position: 'face_down', movement: 'backbend', equipment: ['mat'],
    firstSide: null, reps: 2, phases: hold(5), restSeconds: 5, maxHoldSeconds: 10,
  },
  bridge_stretch: {
    id: 'bridge_stretch', position: 'on_back', movement: 'hip_lift', equipment: ['mat'],
    firstSide: null, reps: 4, phases: hold(10), restSeconds: 5, maxHoldSeconds: 15,
  },
};

export function isExerciseId(value: unknown): value is ExerciseId {
  return typeof value === 'string' && (EXERCISE_IDS as readonly string[]).includes(value);
}

export function sidesOf(exercise: Exercise): readonly (Side | null)[] {
  if (exercise.firstSide === null) return [null];
  return exercise.firstSide === 'right' ? ['right', 'left'] : ['left', 'right'];
}
