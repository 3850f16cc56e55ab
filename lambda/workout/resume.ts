import { interruptedAt } from './barge-in';
import { EXERCISE_START, type Cursor, type Progress, type Session, type WorkoutState } from './types';

/** Where the routine stands: the exercise at `progress.index`, and the rep to pick up at (null: that exercise is done). */
export interface ResumePoint {
  readonly progress: Progress;
  readonly cursor: Cursor | null;
  /** This request cut a counting response short, at `cursor`. */
  readonly interrupted: boolean;
}

/** Where the user is now. A request that arrives while a counting response was still being spoken interrupted it. */
export function resumePoint(state: WorkoutState, now: number, goesOn = false): ResumePoint | null {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'exercising': {
      const cut = interruptedAt(state.delivered, now, goesOn);
      return { progress: state.progress, cursor: cut ?? state.next, interrupted: cut !== null };
    }
    case 'paused':
      return { progress: state.progress, cursor: state.resume, interrupted: false };
    case 'explaining':
    case 'confirmForget':
      return resumePoint(state.then, now, goesOn);
    case 'resumeOffer':
      return null;
    case 'painCheck':
      return state.progress === null ? null : { progress: state.progress, cursor: state.resume, interrupted: false };
  }
}

/** The paused state for a resume point; a finished exercise counts as done and pauses before the next one. */
export function pausedAt(point: ResumePoint): Extract<WorkoutState, { kind: 'paused' }> {
  if (point.cursor !== null) return { kind: 'paused', progress: point.progress, resume: point.cursor };
  const progress = { ...point.progress, index: point.progress.index + 1, completed: point.progress.completed + 1 };
  return { kind: 'paused', progress, resume: EXERCISE_START };
}

/** The counting response a request cut short: where it began, and where the one after it would have begun. */
export interface Cut {
  readonly from: Cursor;
  readonly next: Cursor | null;
}

/**
 * The session as it really stands when a request arrives, settled once before anything is decided: a
 * request that cut a counting response short finds the routine paused at the rep that was being spoken.
 */
export interface Standing {
  readonly session: Session;
  /** Where the routine stands, or null when none is running. */
  readonly point: ResumePoint | null;
  /** Set when this request interrupted a counting response ("next" then means the part after it). */
  readonly cut: Cut | null;
}

export function settle(session: Session, now: number, goesOn = false): Standing {
  const { state } = session;
  const point = resumePoint(state, now, goesOn);
  if (state.kind !== 'exercising' || point === null || !point.interrupted) return { session, point, cut: null };
  return { session: { ...session, state: pausedAt(point) }, point, cut: { from: state.delivered.from, next: state.next } };
}
