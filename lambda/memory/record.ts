import * as z from 'zod/mini';
import { EXERCISE_IDS, type ExerciseId } from '../catalog/exercises';
import { ROUTINES, ROUTINE_IDS, type RoutineId } from '../catalog/routines';

/**
 * What the skill keeps about a user between sessions, keyed by their Alexa user id. Only what the
 * features need: exercise ids, days, counts and preferences. Never what the user said about their pain:
 * a session notes only which exercise was stopped for pain and whether it was then left out.
 */
export const RECORD_VERSION = 2;
/** Sessions kept: enough for weekly figures and streaks, small enough to stay far below DynamoDB's item limit. */
export const MAX_SESSIONS = 100;

/** Built on first use, like the session schema: building a zod schema takes milliseconds a cold start need not pay. */
function buildSchemas() {
  const exerciseId = z.enum(EXERCISE_IDS);
  const routineId = z.enum(ROUTINE_IDS);
  const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
  const count = z.number().check(z.int(), z.minimum(0));

  const sessionLog = z.object({
    /** The Alexa session id: saving the same session again replaces its entry, so saves can be retried. */
    id: z.string().check(z.maxLength(200)),
    day,
    seconds: z.number().check(z.minimum(0)),
    done: z.array(exerciseId),
    hurt: z.array(z.object({ exercise: exerciseId, leftOut: z.boolean() })),
    finished: z.boolean(),
  });

  const recordV2 = z.object({
    version: z.literal(2),
    /** Bumped by every write; a write only succeeds over the revision it read (concurrent devices). */
    revision: count,
    sessions: z.array(sessionLog).check(z.maxLength(MAX_SESSIONS)),
    resume: z.nullable(z.object({
      routine: z.enum([...ROUTINE_IDS, 'single']),
      exercises: z.array(exerciseId).check(z.minLength(1), z.maxLength(50)),
      index: count,
      day,
    })),
    preferences: z.object({ routine: routineId, slow: z.boolean(), longerHolds: z.boolean() }),
  });

  /** The first stored shape: minutes and exercises per session, and where the last routine stopped. */
  const recordV1 = z.object({
    version: z.literal(1),
    history: z.array(z.object({ date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}/)), minutes: z.number().check(z.minimum(0)), exercises: z.array(exerciseId) })),
    lastStop: z.nullable(z.object({ routine: routineId, index: count })),
  });
  return { recordV2, recordV1 };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;
const recordSchemas = () => (schemas ??= buildSchemas());

export type UserRecord = z.infer<Schemas['recordV2']>;
export type SessionEntry = UserRecord['sessions'][number];
export type StoredResume = NonNullable<UserRecord['resume']>;

export const EMPTY_RECORD: UserRecord = {
  version: RECORD_VERSION,
  revision: 0,
  sessions: [],
  resume: null,
  preferences: { routine: 'default', slow: false, longerHolds: false },
};

function fromV1(old: z.infer<Schemas['recordV1']>): UserRecord {
  const sessions = old.history.slice(-MAX_SESSIONS).map((entry, i): SessionEntry => ({
    id: `v1-${i}`,
    day: entry.date.slice(0, 10),
    seconds: entry.minutes * 60,
    done: entry.exercises,
    hurt: [],
    finished: true,
  }));
  const lastDay = sessions[sessions.length - 1]?.day;
  const stop = old.lastStop;
  const exercises: readonly ExerciseId[] = stop === null ? [] : ROUTINES[stop.routine as RoutineId];
  const resume = stop !== null && lastDay !== undefined && stop.index < exercises.length
    ? { routine: stop.routine, exercises: [...exercises], index: stop.index, day: lastDay }
    : null;
  return { ...EMPTY_RECORD, sessions, resume };
}

export interface ReadRecord {
  readonly record: UserRecord;
  /** Why a stored value was not usable; it is then treated as empty. */
  readonly problem: string | null;
}

/** The user's record from stored attributes: migrated when older, empty when missing or malformed. */
export function readRecord(raw: unknown): ReadRecord {
  if (raw === undefined || raw === null || (typeof raw === 'object' && Object.keys(raw).length === 0)) {
    return { record: EMPTY_RECORD, problem: null };
  }
  const { recordV2, recordV1 } = recordSchemas();
  const current = recordV2.safeParse(raw);
  if (current.success) return { record: current.data, problem: null };
  const old = recordV1.safeParse(raw);
  if (old.success) return { record: fromV1(old.data), problem: null };
  const problem = current.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  return { record: EMPTY_RECORD, problem };
}
