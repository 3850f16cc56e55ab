import { interruptedAt } from './barge-in';
import { EXERCISE_START, type Cursor, type Progress, type WorkoutState } from './types';

/** Where the routine stands: the exercise at `progress.index`, and the rep to pick up at (null: that exercise is done). */
export interface ResumePoint {
  readonly progress: Progress;
  readonly cursor: Cursor | null;
  /** This request cut a counting response short, at `cursor`. */
  readonly interrupted: boolean;
}

/** Where the user is now. A request that arrives while a counting response was still being spoken interrupted it. */
export function resumePoint(state: WorkoutState, now: number): ResumePoint | null {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'exercising': {
      const cut = interruptedAt(state.delivered, now);
      return { progress: state.progress, cursor: cut ?? state.next, interrupted: cut !== null };
    }
    case 'paused':
      return { progress: state.progress, cursor: state.resume, interrupted: false };
    case 'explaining':
    case 'confirmForget':
      return resumePoint(state.then, now);
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
