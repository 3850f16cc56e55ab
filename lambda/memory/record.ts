import * as z from 'zod/mini';
import { EXERCISE_IDS, type ExerciseId } from '../catalog/exercises';
import { ROUTINES, ROUTINE_IDS, type RoutineId } from '../catalog/routines';

/**
 * What the skill keeps about a user between sessions, keyed by their Alexa user id. Only what the
 * features need: exercise ids, days, counts and preferences. Never what the user said about their pain:
 * a session notes only which exercise was stopped for pain and whether it was then left out.
 *
 * A stored record is never thrown away for one bad part: it is read entry by entry and field by field,
 * what is valid is kept, what is not is set aside in `quarantine` (and logged), and fields this version
 * does not know are written back as they were. A record written by a newer version of the skill is read
 * as far as this version understands it, and never written over.
 */
export const RECORD_VERSION = 2;
/** Sessions kept one by one; older ones are folded into daily totals, so nothing is dropped. */
export const MAX_SESSIONS = 100;
/** Daily totals older than this many days are folded into monthly ones, so a record stays far below DynamoDB's 400 KB. */
export const DAILY_DAYS = 366;
/** Invalid parts set aside, newest kept: enough to repair by hand, bounded so a record cannot grow with them. */
export const MAX_QUARANTINED = 20;
const MAX_QUARANTINED_CHARACTERS = 2000;

/** Built on first use, like the session schema: building a zod schema takes milliseconds a cold start need not pay. */
function buildSchemas() {
  const exerciseId = z.enum(EXERCISE_IDS);
  const routineId = z.enum(ROUTINE_IDS);
  const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
  const count = z.number().check(z.int(), z.minimum(0));
  const seconds = z.number().check(z.minimum(0));

  const hurt = z.object({ exercise: exerciseId, leftOut: z.boolean() });
  const sessionLog = z.object({
    /** The Alexa session id: saving the same session again replaces its entry, so saves can be retried. */
    id: z.string().check(z.maxLength(200)),
    day,
    seconds,
    done: z.array(exerciseId),
    hurt: z.array(hurt),
    finished: z.boolean(),
  });
  /** Sessions folded together: one entry a day (a month, for the oldest), with how often each exercise was done. */
  const total = z.object({
    day,
    sessions: count,
    seconds,
    done: z.partialRecord(exerciseId, count),
  });
  const resume = z.object({
    routine: z.enum([...ROUTINE_IDS, 'single']),
    exercises: z.array(exerciseId).check(z.minLength(1), z.maxLength(50)),
    index: count,
    day,
  });
  const preferences = z.object({ routine: routineId, slow: z.boolean(), longerHolds: z.boolean() });

  const recordV2 = z.object({
    version: z.literal(2),
    /** Bumped by every write; a write only succeeds over the revision it read (concurrent devices). */
    revision: count,
    sessions: z.array(sessionLog).check(z.maxLength(MAX_SESSIONS)),
    totals: z.optional(z.array(total)),
    resume: z.nullable(resume),
    preferences,
  });

  /** The first stored shape: minutes and exercises per session, and where the last routine stopped. */
  const recordV1 = z.object({
    version: z.literal(1),
    history: z.array(z.object({ date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}/)), minutes: z.number().check(z.minimum(0)), exercises: z.array(exerciseId) })),
    lastStop: z.nullable(z.object({ routine: routineId, index: count })),
  });
  return { recordV2, recordV1, sessionLog, total, resume, preferences, exerciseId, hurt, day, seconds, count };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;
const recordSchemas = () => (schemas ??= buildSchemas());

export type UserRecord = z.infer<Schemas['recordV2']>;
export type SessionEntry = UserRecord['sessions'][number];
export type DailyTotal = z.infer<Schemas['total']>;
export type StoredResume = NonNullable<UserRecord['resume']>;

export const EMPTY_RECORD: UserRecord = {
  version: RECORD_VERSION,
  revision: 0,
  sessions: [],
  resume: null,
  preferences: { routine: 'default', slow: false, longerHolds: false },
};

function fromV1(old: z.infer<Schemas['recordV1']>): UserRecord {
  const sessions = old.history.map((entry, i): SessionEntry => ({
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
  return compacted({ ...EMPTY_RECORD, sessions, resume });
}

export interface ReadRecord {
  readonly record: UserRecord;
  /** What could not be read and was set aside, for the log; null when the record was read whole. */
  readonly problem: string | null;
  /** False for a record written by a newer version of the skill: this version must not write over it. */
  readonly writable: boolean;
  /** Stored fields to write back untouched: those this version does not know, and `quarantine`. */
  readonly kept: Readonly<Record<string, unknown>>;
}

const KNOWN_FIELDS = new Set(['version', 'revision', 'sessions', 'totals', 'resume', 'preferences', 'quarantine']);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The user's record from stored attributes: migrated when older, salvaged part by part when damaged. */
export function readRecord(raw: unknown): ReadRecord {
  if (raw === undefined || raw === null || (isObject(raw) && Object.keys(raw).length === 0)) {
    return { record: EMPTY_RECORD, problem: null, writable: true, kept: {} };
  }
  const { recordV2, recordV1 } = recordSchemas();
  if (!isObject(raw)) return { record: EMPTY_RECORD, problem: 'the stored record is not an object', writable: true, kept: { quarantine: quarantined([], [raw]) } };
  const others = Object.fromEntries(Object.entries(raw).filter(([key]) => !KNOWN_FIELDS.has(key)));
  const earlier = Array.isArray(raw.quarantine) ? raw.quarantine : [];
  const current = recordV2.safeParse(raw);
  if (current.success) return { record: current.data, problem: null, writable: true, kept: { ...others, ...(earlier.length > 0 ? { quarantine: earlier } : {}) } };
  const old = recordV1.safeParse(raw);
  if (old.success) return { record: fromV1(old.data), problem: null, writable: true, kept: {} };
  const newer = typeof raw.version === 'number' && raw.version > RECORD_VERSION;
  const { record, dropped } = salvage(raw);
  const problems = [
    ...(newer ? [`written by a newer version (${String(raw.version)}): read as far as understood, not written over`] : []),
    ...(dropped.length > 0 ? [`set aside ${dropped.length} invalid part(s): ${dropped.map((d) => d.what).slice(0, 5).join('; ')}`] : []),
  ];
  return {
    record,
    problem: problems.length > 0 ? problems.join('; ') : null,
    writable: !newer,
    kept: { ...others, ...(dropped.length > 0 || earlier.length > 0 ? { quarantine: quarantined(earlier, dropped.map((d) => d.value)) } : {}) },
  };
}

interface Dropped {
  readonly what: string;
  readonly value: unknown;
}

/** Every valid entry and field of a damaged (or newer) record; what is invalid, with where it was. */
function salvage(raw: Record<string, unknown>): { record: UserRecord; dropped: Dropped[] } {
  const { sessionLog, total, resume, preferences, exerciseId, hurt, day, seconds, count } = recordSchemas();
  const dropped: Dropped[] = [];
  const drop = (what: string, value: unknown) => dropped.push({ what, value: { [what]: value } });

  const validIds = (value: unknown, where: string): ExerciseId[] => {
    if (!Array.isArray(value)) return [];
    return value.flatMap((id, i) => {
      const parsed = exerciseId.safeParse(id);
      if (parsed.success) return [parsed.data];
      drop(`${where}[${i}]`, id);
      return [];
    });
  };

  const sessions = (Array.isArray(raw.sessions) ? raw.sessions : raw.sessions === undefined ? [] : (drop('sessions', raw.sessions), []))
    .flatMap((value: unknown, i: number): SessionEntry[] => {
      const whole = sessionLog.safeParse(value);
      if (whole.success) return [whole.data];
      const entry = isObject(value) ? value : {};
      const id = typeof entry.id === 'string' && entry.id.length <= 200 ? entry.id : null;
      const entryDay = day.safeParse(entry.day);
      const entrySeconds = seconds.safeParse(entry.seconds);
      // Without an id, a day and its seconds an entry says nothing the features can use.
      if (id === null || !entryDay.success || !entrySeconds.success) {
        drop(`sessions[${i}]`, value);
        return [];
      }
      const hurtList = Array.isArray(entry.hurt) ? entry.hurt : [];
      return [{
        id,
        day: entryDay.data,
        seconds: entrySeconds.data,
        done: validIds(entry.done, `sessions[${i}].done`),
        hurt: hurtList.flatMap((h: unknown, j: number) => {
          const parsed = hurt.safeParse(h);
          if (parsed.success) return [parsed.data];
          drop(`sessions[${i}].hurt[${j}]`, h);
          return [];
        }),
        finished: entry.finished === true,
      }];
    });

  const totals = (Array.isArray(raw.totals) ? raw.totals : []).flatMap((value: unknown, i: number): DailyTotal[] => {
    const parsed = total.safeParse(value);
    if (parsed.success) return [parsed.data];
    drop(`totals[${i}]`, value);
    return [];
  });

  const storedResume = resume.safeParse(raw.resume);
  if (!storedResume.success && raw.resume !== null && raw.resume !== undefined) drop('resume', raw.resume);

  const prefs = isObject(raw.preferences) ? raw.preferences : {};
  const defaults = EMPTY_RECORD.preferences;
  const pick = <K extends keyof UserRecord['preferences']>(key: K): UserRecord['preferences'][K] => {
    const parsed = preferences.shape[key].safeParse(prefs[key]);
    if (parsed.success) return parsed.data as UserRecord['preferences'][K];
    if (prefs[key] !== undefined) drop(`preferences.${key}`, prefs[key]);
    return defaults[key];
  };
  const revision = count.safeParse(raw.revision);
  if (!revision.success && raw.revision !== undefined) drop('revision', raw.revision);

  const record = compacted({
    version: RECORD_VERSION,
    revision: revision.success ? revision.data : 0,
    sessions,
    ...(totals.length > 0 ? { totals } : {}),
    resume: storedResume.success ? storedResume.data : null,
    preferences: { routine: pick('routine'), slow: pick('slow'), longerHolds: pick('longerHolds') },
  });
  return { record, dropped };
}

/** The newest of what was set aside before and now, each kept as a short JSON string. */
function quarantined(earlier: readonly unknown[], now: readonly unknown[]): string[] {
  const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)).slice(0, MAX_QUARANTINED_CHARACTERS);
  return [...earlier.map(text), ...now.map(text)].slice(-MAX_QUARANTINED);
}

const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

/** Adds sessions or totals into the totals kept under `day` (a day, or the first day of a month). */
function fold(into: Map<string, DailyTotal>, day: string, sessions: number, seconds: number, done: Readonly<Partial<Record<ExerciseId, number>>>): void {
  const known = into.get(day) ?? { day, sessions: 0, seconds: 0, done: {} };
  const counts: Partial<Record<ExerciseId, number>> = { ...known.done };
  for (const [id, n] of Object.entries(done) as [ExerciseId, number][]) counts[id] = (counts[id] ?? 0) + n;
  into.set(day, { day, sessions: known.sessions + sessions, seconds: known.seconds + seconds, done: counts });
}

/**
 * The record within its bounds, losing nothing the features use: sessions beyond the newest MAX_SESSIONS
 * become daily totals, and daily totals older than DAILY_DAYS before the newest day become monthly ones.
 */
export function compacted(record: UserRecord): UserRecord {
  const sessions = [...record.sessions].sort((a, b) => a.day.localeCompare(b.day));
  const older = sessions.slice(0, Math.max(0, sessions.length - MAX_SESSIONS));
  if (older.length === 0 && (record.totals?.length ?? 0) <= DAILY_DAYS) return record;
  const byDay = new Map<string, DailyTotal>();
  for (const t of record.totals ?? []) fold(byDay, t.day, t.sessions, t.seconds, t.done);
  for (const s of older) {
    const done: Partial<Record<ExerciseId, number>> = {};
    for (const id of s.done) done[id] = (done[id] ?? 0) + 1;
    fold(byDay, s.day, 1, s.seconds, done);
  }
  const days = [...byDay.keys()].sort();
  const newest = days[days.length - 1] ?? '';
  const cutoff = new Date(Date.parse(`${newest}T00:00:00Z`) - DAILY_DAYS * 86_400_000).toISOString().slice(0, 10);
  const totals = new Map<string, DailyTotal>();
  for (const day of days) {
    const t = byDay.get(day);
    if (t !== undefined) fold(totals, day < cutoff ? monthOf(day) : day, t.sessions, t.seconds, t.done);
  }
  return { ...record, sessions: sessions.slice(older.length), totals: [...totals.values()].sort((a, b) => a.day.localeCompare(b.day)) };
}
