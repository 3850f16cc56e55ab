/**
 * Every workout event as a fast-check arbitrary, for the property tests and for the fuzzer's session
 * attributes. The table is typed over WorkoutEvent's own union, so an event added to the union does not
 * compile until it has a generator here, and from then on it is property-tested and fuzzed.
 */
import fc from 'fast-check';
import { EXERCISE_IDS } from '../../lambda/catalog/exercises';
import { ROUTINE_IDS } from '../../lambda/catalog/routines';
import { PAIN_KINDS, type WorkoutEvent, type WorkoutEventType } from '../../lambda/workout/types';

type EventOf<T extends WorkoutEventType> = Extract<WorkoutEvent, { readonly type: T }>;

/** An event that carries nothing but its type. */
const bare = <T extends WorkoutEventType>(type: T) => fc.constant({ type });

const exercise = fc.constantFrom(...EXERCISE_IDS);

/** What lambda/memory/history.ts's statsFrom can produce: at most 100 sessions, three favourites. */
const stats = fc.record({
  daysInARow: fc.integer({ min: 0, max: 100_000 }),
  sessionsThisWeek: fc.integer({ min: 0, max: 100 }),
  minutes: fc.integer({ min: 0, max: 100 * 24 * 60 }),
  favourites: fc.uniqueArray(exercise, { maxLength: 3 }),
});

export const EVENTS: { readonly [T in WorkoutEventType]: fc.Arbitrary<EventOf<T>> } = {
  launch: bare('launch'),
  startRoutine: fc.record({ type: fc.constant('startRoutine'), routine: fc.option(fc.constantFrom(...ROUTINE_IDS)) }),
  startExercise: fc.record({ type: fc.constant('startExercise'), exercise: fc.option(exercise) }),
  howTo: fc.record({ type: fc.constant('howTo'), exercise: fc.option(exercise) }),
  listExercises: bare('listExercises'),
  remaining: bare('remaining'),
  next: bare('next'),
  previous: bare('previous'),
  repeat: bare('repeat'),
  skip: bare('skip'),
  pause: bare('pause'),
  resume: bare('resume'),
  startOver: bare('startOver'),
  help: bare('help'),
  yes: bare('yes'),
  no: bare('no'),
  slower: bare('slower'),
  longerHolds: bare('longerHolds'),
  gentler: bare('gentler'),
  pain: bare('pain'),
  redFlag: bare('redFlag'),
  urgentSign: bare('urgentSign'),
  unsure: bare('unsure'),
  painKind: fc.record({ type: fc.constant('painKind'), kind: fc.option(fc.constantFrom(...PAIN_KINDS)) }),
  stop: bare('stop'),
  fallback: bare('fallback'),
  progress: fc.record({ type: fc.constant('progress'), stats: fc.option(stats) }),
  forget: bare('forget'),
  forgetFailed: bare('forgetFailed'),
};

/** Any workout event, each type as likely as any other. */
export const workoutEvent: fc.Arbitrary<WorkoutEvent> = fc.oneof(...Object.values(EVENTS));
