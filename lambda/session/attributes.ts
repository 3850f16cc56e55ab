import * as z from 'zod/mini';
import { EXERCISE_IDS, MOVEMENT_TYPES } from '../catalog/exercises';
import { ROUTINE_IDS } from '../catalog/routines';
import { SESSION_BOUNDS } from '../workout/bounds';
import { NEW_SESSION, PAIN_STEPS, type Session } from '../workout/types';

/**
 * The workout session travels in Alexa's session attributes, so it comes back from outside on every
 * request. It is checked against this schema before use: anything else (an older shape, a corrupted or
 * foreign value) is replaced by a new session instead of reaching the state machine.
 */
export const ATTRIBUTES_VERSION = 2;

/** The workout keeps every session within SESSION_BOUNDS; the same bounds keep a forged envelope from making us loop or grow. */
const MAX_EXERCISES = SESSION_BOUNDS.exercises;
const MAX_MARKS = SESSION_BOUNDS.marks;

/** Built on first use: zod takes milliseconds to build a schema, which a cold start only pays when attributes arrive. */
function buildSchema() {
  const count = (max: number) => z.number().check(z.int(), z.minimum(0), z.maximum(max));
  const seconds = z.number().check(z.minimum(0), z.maximum(SESSION_BOUNDS.seconds));
  const exerciseId = z.enum(EXERCISE_IDS);

  const cursor = z.object({ side: count(1), rep: count(100), heldSeconds: seconds });
  const progress = z
    .object({
      routine: z.enum([...ROUTINE_IDS, 'single']),
      exercises: z.array(exerciseId).check(z.minLength(1), z.maxLength(MAX_EXERCISES)),
      index: count(MAX_EXERCISES),
      completed: count(SESSION_BOUNDS.completed),
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
    z.object({
      kind: z.literal('resumeOffer'),
      offer: z.object({
        routine: z.enum([...ROUTINE_IDS, 'single']),
        exercises: z.array(exerciseId).check(z.minLength(1), z.maxLength(MAX_EXERCISES)),
        index: count(MAX_EXERCISES),
      }),
    }),
    z.object({ kind: z.literal('confirmForget'), then: z.discriminatedUnion('kind', [idle, paused]) }),
    z.object({ kind: z.literal('exercising'), progress, delivered, next: z.nullable(cursor) }),
    z.object({
      kind: z.literal('explaining'),
      exercise: exerciseId,
      then: z.discriminatedUnion('kind', [idle, paused]),
      oneShot: z.boolean(),
    }),
    z.object({
      kind: z.literal('painCheck'),
      step: z.enum(PAIN_STEPS),
      progress: z.nullable(progress),
      resume: z.nullable(cursor),
    }),
  ]);

  const settings = z.object({
    slow: z.boolean(),
    longerHolds: z.boolean(),
    eased: z.boolean(),
    gentler: z.array(exerciseId).check(z.maxLength(EXERCISE_IDS.length)),
    avoid: z.array(z.enum(MOVEMENT_TYPES)).check(z.maxLength(MOVEMENT_TYPES.length)),
    painReports: count(SESSION_BOUNDS.painReports),
    disclaimed: z.boolean(),
    // Sessions stored before the field existed get the reminder at their next counting response.
    remindedAt: z._default(z.nullable(seconds), null),
    excluded: z.array(exerciseId).check(z.maxLength(EXERCISE_IDS.length)),
  });

  const routineId = z.enum(ROUTINE_IDS);
  const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
  const memory = z.object({
    // Sessions stored before the field existed read as not known: their saves then merge, never overwrite.
    known: z._default(z.boolean(), false),
    resume: z.nullable(z.object({
      routine: z.enum([...ROUTINE_IDS, 'single']),
      exercises: z.array(exerciseId).check(z.minLength(1), z.maxLength(MAX_EXERCISES)),
      index: count(MAX_EXERCISES),
    })),
    streak: z.nullable(z.object({ days: count(100_000), lastDay: day })),
    hurtLastTime: z.array(exerciseId).check(z.maxLength(EXERCISE_IDS.length)),
    leftOut: z.array(exerciseId).check(z.maxLength(EXERCISE_IDS.length)),
    routine: routineId,
    slow: z.boolean(),
    longerHolds: z.boolean(),
  });
  const log = z.object({
    done: z.array(exerciseId).check(z.maxLength(SESSION_BOUNDS.done)),
    seconds: seconds,
    hurt: z.array(z.object({ exercise: exerciseId, leftOut: z.boolean() })).check(z.maxLength(SESSION_BOUNDS.hurt)),
    finished: z.boolean(),
    routine: z.nullable(routineId),
  });

  return z.object({
    version: z.literal(ATTRIBUTES_VERSION),
    state,
    settings,
    memory,
    log,
    /** What of this session was last written to the user's history, to write only when something changed. */
    saved: z.nullable(z.string().check(z.maxLength(20))),
  });
}

let schema: ReturnType<typeof buildSchema> | undefined;
const attributesSchema = () => (schema ??= buildSchema());

type Stored = z.infer<ReturnType<typeof buildSchema>>;

/** Compares shapes regardless of readonly: the schema's output is mutable, the session's types are not. */
type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
type Same<A, B> = [DeepReadonly<A>] extends [DeepReadonly<B>] ? ([DeepReadonly<B>] extends [DeepReadonly<A>] ? true : false) : false;

/**
 * Both ways: what passes the schema is a Session, and every Session the skill writes passes it. A state,
 * field or value added to the types but not to the schema (or the other way round) fails to compile here,
 * instead of silently resetting a user's session mid-routine.
 */
type Holds<T extends true> = T;
export type SchemaMatchesSession = Holds<Same<Omit<Stored, 'version' | 'saved'>, Session>>;

const asSession = (value: Stored): Session => ({
  state: value.state,
  settings: value.settings,
  memory: value.memory,
  log: value.log,
});

export interface StoredSession {
  readonly session: Session;
  readonly saved: string | null;
  /** Why the attributes could not be used; a new session was started instead. */
  readonly problem: string | null;
}

/** The session stored in these attributes; a new one when there is none, or when they do not hold one. */
export function readSession(raw: unknown): StoredSession {
  if (raw === undefined || raw === null || (typeof raw === 'object' && Object.keys(raw).length === 0)) {
    return { session: NEW_SESSION, saved: null, problem: null };
  }
  const parsed = attributesSchema().safeParse(raw);
  if (!parsed.success) {
    const problem = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return { session: NEW_SESSION, saved: null, problem };
  }
  return { session: asSession(parsed.data), saved: parsed.data.saved, problem: null };
}

export function writeSession(session: Session, saved: string | null = null): Record<string, unknown> {
  return { version: ATTRIBUTES_VERSION, ...session, saved };
}
