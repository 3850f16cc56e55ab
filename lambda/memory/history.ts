import { EXERCISE_IDS, type ExerciseId } from '../catalog/exercises';
import { addDays, isRecent } from '../time/days';
import type { Memory, Progress, Session, Stats, WorkoutState } from '../workout/types';
import { compacted, type SessionEntry, type StoredResume, type UserRecord } from './record';

/** Exercises stopped for sharp pain this many times are left out of routines by default. */
const LEFT_OUT_AFTER = 2;
const FAVOURITES = 3;
const WEEK_DAYS = 7;

/** What this session adds to the history, keyed by its session id. */
export interface SessionChanges {
  readonly entry: SessionEntry;
  /** Where to pick up next time; 'keep' when this session left the stored offer as it was. */
  readonly resume: StoredResume | null | 'keep';
  /** The preferences this session sets; the stored ones stay for any it does not name. */
  readonly preferences: Partial<UserRecord['preferences']>;
}

/** This session's contribution, derived from the workout session as it stands. */
export function sessionChanges(session: Session, sessionId: string, today: string): SessionChanges {
  const { log, settings, memory } = session;
  const at = routineAt(session.state);
  const unfinished = at !== null && at.index < at.progress.exercises.length
    ? { routine: at.progress.routine, exercises: [...at.progress.exercises], index: at.index, day: today }
    : null;
  // A routine left unfinished is offered next time; one finished, started afresh or declined is not.
  // A routine left unfinished now is offered next time. One finished, started afresh or declined is not;
  // an offer this session did not touch keeps its own day, so it still lapses after the next day.
  // Without a memory read at the start (the store was down), an offer it could not see stays stored, and
  // only what the user chose in this session is written over the stored preferences.
  const resume = unfinished ?? (log.finished || (memory.known && memory.resume === null) ? null : 'keep');
  const preferences: SessionChanges['preferences'] = memory.known
    ? { routine: log.routine ?? memory.routine, slow: settings.slow, longerHolds: settings.longerHolds }
    : { ...(log.routine !== null ? { routine: log.routine } : {}), ...(settings.slow ? { slow: true } : {}), ...(settings.longerHolds ? { longerHolds: true } : {}) };
  return {
    entry: { id: sessionId, day: today, seconds: Math.round(log.seconds), done: [...log.done], hurt: log.hurt.map((h) => ({ ...h })), finished: log.finished },
    resume,
    preferences,
  };
}

/** The exercise a routine would start again at: the one running, or the next when it was finished. */
function routineAt(state: WorkoutState): { progress: Progress; index: number } | null {
  switch (state.kind) {
    case 'idle':
    case 'resumeOffer':
      return null;
    case 'exercising':
      return { progress: state.progress, index: state.progress.index + (state.next === null ? 1 : 0) };
    case 'paused':
      return { progress: state.progress, index: state.progress.index };
    case 'painCheck':
      return state.progress === null ? null : { progress: state.progress, index: state.progress.index };
    case 'explaining':
    case 'confirmForget':
      return routineAt(state.then);
  }
}

/** A short fingerprint of a session's changes, kept in the session attributes to skip saves that change nothing. */
export function digest(changes: SessionChanges): string {
  // FNV-1a: a change detector, not a security measure.
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(changes)) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The record with this session's changes: saving the same session twice gives the same record. */
export function applyChanges(record: UserRecord, changes: SessionChanges): UserRecord {
  const others = record.sessions.filter((entry) => entry.id !== changes.entry.id);
  const keep = changes.entry.seconds > 0 || changes.entry.hurt.length > 0;
  const sessions = (keep ? [...others, changes.entry] : others).sort((a, b) => a.day.localeCompare(b.day));
  return compacted({
    ...record,
    sessions,
    resume: changes.resume === 'keep' ? record.resume : changes.resume,
    preferences: { ...record.preferences, ...changes.preferences },
  });
}

/** Distinct days with stretching, newest first. */
function activeDays(record: UserRecord): string[] {
  const days = [...record.sessions, ...(record.totals ?? [])].filter((s) => s.seconds > 0).map((s) => s.day);
  return [...new Set(days)].sort().reverse();
}

/** The run of consecutive days ending at the newest day with stretching. */
function latestStreak(record: UserRecord): { days: number; lastDay: string } | null {
  const days = activeDays(record);
  const [lastDay] = days;
  if (lastDay === undefined) return null;
  let run = 1;
  while (days[run] !== undefined && days[run] === addDays(days[run - 1] ?? '', -1)) run++;
  return { days: run, lastDay };
}

/** What the next session should know: where to pick up, what hurt, what to leave out, the user's choices. */
export function memoryFrom(record: UserRecord, today: string): Memory {
  const leftOut = EXERCISE_IDS.filter((id) => timesLeftOut(record, id) >= LEFT_OUT_AFTER);
  const stored = record.resume;
  const recent = stored !== null && isRecent(stored.day, today);
  // Pick up at the first exercise that is not left out now; nothing to offer when none is left.
  const index = stored === null ? -1 : stored.exercises.findIndex((id, i) => i >= stored.index && !leftOut.includes(id));
  const resume = recent && stored !== null && index >= 0 ? { routine: stored.routine, exercises: stored.exercises, index } : null;
  return {
    known: true,
    resume,
    streak: latestStreak(record),
    hurtLastTime: EXERCISE_IDS.filter((id) => hurtLastTime(record, id)),
    leftOut,
    routine: record.preferences.routine,
    slow: record.preferences.slow,
    longerHolds: record.preferences.longerHolds,
  };
}

/** The last session that did or stopped this exercise stopped it for pain. */
function hurtLastTime(record: UserRecord, id: ExerciseId): boolean {
  for (let i = record.sessions.length - 1; i >= 0; i--) {
    const entry = record.sessions[i];
    if (entry?.hurt.some((h) => h.exercise === id)) return true;
    if (entry?.done.includes(id)) return false;
  }
  return false;
}

/** Times the exercise was left out after pain since it was last done without any. */
function timesLeftOut(record: UserRecord, id: ExerciseId): number {
  let times = 0;
  for (let i = record.sessions.length - 1; i >= 0; i--) {
    const entry = record.sessions[i];
    if (entry === undefined) continue;
    const hurt = entry.hurt.filter((h) => h.exercise === id);
    if (hurt.length === 0 && entry.done.includes(id)) break;
    times += hurt.filter((h) => h.leftOut).length;
  }
  return times;
}

/** "How am I doing": days in a row up to today, sessions this week, minutes in all, the most done exercises. */
export function statsFrom(record: UserRecord, today: string): Stats {
  const streak = latestStreak(record);
  const current = streak !== null && isRecent(streak.lastDay, today);
  const weekStart = addDays(today, 1 - WEEK_DAYS);
  const counts = new Map<ExerciseId, number>();
  for (const entry of record.sessions) for (const id of entry.done) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const total of record.totals ?? []) {
    for (const [id, n] of Object.entries(total.done) as [ExerciseId, number][]) counts.set(id, (counts.get(id) ?? 0) + n);
  }
  const totals = record.totals ?? [];
  const favourites = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || EXERCISE_IDS.indexOf(a[0]) - EXERCISE_IDS.indexOf(b[0]))
    .slice(0, FAVOURITES)
    .map(([id]) => id);
  return {
    daysInARow: current && streak !== null ? streak.days : 0,
    sessionsThisWeek: record.sessions.filter((s) => s.seconds > 0 && s.day >= weekStart && s.day <= today).length
      + totals.filter((t) => t.day >= weekStart && t.day <= today).reduce((sum, t) => sum + t.sessions, 0),
    minutes: Math.round([...record.sessions, ...totals].reduce((sum, s) => sum + s.seconds, 0) / 60),
    favourites,
  };
}
