import { say } from './cues';
import { deliver, open, startRoutine } from './outcome';
import { pausedAt, type Standing } from './resume';
import { EMPTY_LOG, EXERCISE_START, NO_MEMORY, type Calm, type Context, type Cue, type Outcome, type Progress, type ResumeOffer, type Session, type Stats } from './types';

/** "How am I doing": the streak when there is one, this week and all time, the favourite stretches. */
export function progressReport(session: Session, stats: Stats | null): Outcome {
  return open(session, progressCues(stats));
}

function progressCues(stats: Stats | null): Cue[] {
  if (stats === null) return [say('memory.unavailable')];
  if (stats.minutes === 0 && stats.sessionsThisWeek === 0) return [say('memory.noHistory')];
  return [
    ...(stats.daysInARow >= 2 ? [say('memory.daysInARow', { days: stats.daysInARow })] : []),
    say('memory.totals', { sessions: stats.sessionsThisWeek, minutes: stats.minutes }),
    ...(stats.favourites.length > 0 ? [say('memory.favourites', { exercises: stats.favourites })] : []),
  ];
}

/** "Delete my history": asks first; meanwhile the routine waits where it stands. */
export function askToForget({ session, point }: Standing): Outcome {
  const { state } = session;
  const then: Calm = state.kind === 'paused' || state.kind === 'idle'
    ? state
    : point === null ? { kind: 'idle', offer: null } : pausedAt(point);
  return open({ ...session, state: { kind: 'confirmForget', then } }, []);
}

/** "Yes, delete it": the session forgets what it knew, and the handler deletes the stored history. */
export function forget(back: Session): Outcome {
  // Deleted: nothing is left to know, and that is known.
  const forgotten: Session = { ...back, memory: { ...NO_MEMORY, known: true }, log: EMPTY_LOG };
  return { ...open(forgotten, [say('memory.forgotten')]), effects: [{ type: 'forgetHistory' }] };
}

export function keepHistory(back: Session): Outcome {
  return open(back, [say('memory.kept')]);
}

export function forgetFailed(session: Session): Outcome {
  return open(session, [say('memory.forgetFailed')]);
}

/** The session without the offer to pick up: answered, or passed over for something else. */
export function withoutOffer(session: Session): Session {
  return { ...session, state: { kind: 'idle', offer: null }, memory: { ...session.memory, resume: null } };
}

/** "Yes, pick up there": the unfinished routine from the start of the exercise it stopped at. */
export function pickUp(session: Session, offer: ResumeOffer, ctx: Context): Outcome {
  const progress: Progress = { ...offer, completed: 0 };
  return deliver(withoutOffer(session), progress, EXERCISE_START, ctx, [say('memory.resuming')]);
}

/** "No, start fresh". */
export function startFresh(session: Session, ctx: Context): Outcome {
  return startRoutine(withoutOffer(session), session.memory.routine, ctx);
}
