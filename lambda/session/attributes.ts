import * as z from 'zod/mini';
import { EXERCISE_IDS } from '../catalog/exercises';
import { ROUTINE_IDS } from '../catalog/routines';
import { NEW_SESSION, type Session } from '../workout/types';

/**
 * The workout session travels in Alexa's session attributes, so it comes back from outside on every
 * request. It is checked against this schema before use: anything else (an older shape, a corrupted or
 * foreign value) is replaced by a new session instead of reaching the state machine.
 */
export const ATTRIBUTES_VERSION = 1;

/** Generous bounds: real values are far smaller; they only keep a forged envelope from making us loop or grow. */
const MAX_EXERCISES = 50;
const MAX_MARKS = 100;
const count = (max: number) => z.number().check(z.int(), z.minimum(0), z.maximum(max));
const seconds = z.number().check(z.minimum(0), z.maximum(24 * 3600));
const exerciseId = z.enum(EXERCISE_IDS);

const cursor = z.object({ side: count(1), rep: count(100), heldSeconds: seconds });
const progress = z
  .object({
    routine: z.enum([...ROUTINE_IDS, 'single']),
    exercises: z.array(exerciseId).check(z.minLength(1), z.maxLength(MAX_EXERCISES)),
    index: count(MAX_EXERCISES),
    completed: count(MAX_EXERCISES * 2),
  })
  .check(z.refine((p) => p.index <= p.exercises.length));
const delivered = z.object({
  at: z.number().check(z.int()),
  from: cursor,
  marks: z.array(z.object({ at: seconds, cursor })).check(z.maxLength(MAX_MARKS)),
  seconds,
});

const idle = z.object({ kind: z.literal('idle'), offer: z.nullable(exerciseId) });
const paused = z.object({ kind: z.literal('paused'), progress, resume: cursor });
const state = z.discriminatedUnion('kind', [
  idle,
  paused,
  z.object({ kind: z.literal('exercising'), progress, delivered, next: z.nullable(cursor) }),
  z.object({
    kind: z.literal('explaining'),
    exercise: exerciseId,
    then: z.discriminatedUnion('kind', [idle, paused]),
    oneShot: z.boolean(),
  }),
  z.object({
    kind: z.literal('painCheck'),
    step: z.enum(['redFlag', 'kind', 'mildChoice', 'sharpChoice']),
    progress: z.nullable(progress),
    resume: z.nullable(cursor),
  }),
]);

const settings = z.object({
  slow: z.boolean(),
  longerHolds: z.boolean(),
  eased: z.boolean(),
  gentler: z.array(exerciseId).check(z.maxLength(EXERCISE_IDS.length)),
  avoid: z.array(z.enum(['twist', 'backbend', 'forward_fold', 'shoulder_opener', 'spinal_wave', 'hip_lift'])).check(z.maxLength(6)),
  painReports: count(100),
  disclaimed: z.boolean(),
});

const attributes = z.object({ version: z.literal(ATTRIBUTES_VERSION), state, settings });

/** The compiler checks that whatever passes the schema is a Session. */
const asSession = (value: z.infer<typeof attributes>): Session => ({ state: value.state, settings: value.settings });

export type ReadResult = { readonly session: Session; readonly problem: string | null };

/** The session stored in these attributes; a new one when there is none, or when they do not hold one. */
export function readSession(raw: unknown): ReadResult {
  if (raw === undefined || raw === null || (typeof raw === 'object' && Object.keys(raw).length === 0)) {
    return { session: NEW_SESSION, problem: null };
  }
  const parsed = attributes.safeParse(raw);
  if (!parsed.success) return { session: NEW_SESSION, problem: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { session: asSession(parsed.data), problem: null };
}

export function writeSession(session: Session): Record<string, unknown> {
  return { version: ATTRIBUTES_VERSION, state: session.state, settings: session.settings };
}
