import { TURN_LIMIT_SECONDS } from '../alexa/limits';
import { BODY_BUDGET_SECONDS } from './blocks';
import { say } from './cues';
import { close, end, open, withDisclaimer } from './outcome';
import { SUGGESTED } from './navigation';
import { pausedAt, type Standing } from './resume';
import type { ExerciseId } from '../catalog/exercises';
import type { Calm, Context, Cue, Outcome, Session, WorkoutState } from './types';

/** "How do I do cobra": what you need, the steps, the caution and the gentler version, without starting it. */
export function howTo({ session, point }: Standing, id: ExerciseId | null, ctx: Context): Outcome {
  if (id === null) return open(session, [say('exercise.unknownExplain', { exercises: SUGGESTED })]);
  const [disclaimed, lead] = withDisclaimer(session);
  const then: Calm = point === null ? { kind: 'idle', offer: id } : pausedAt(point);
  const whole: Cue[] = [...lead, { type: 'explain', exercise: id, part: 'whole' }];
  const oneShot = point === null && ctx.sessionStart;
  // A one-shot answer ends the session, so it has no prompt to leave room for.
  const budget = oneShot ? TURN_LIMIT_SECONDS : BODY_BUDGET_SECONDS;
  const fits = whole.reduce((sum, cue) => sum + ctx.pacer.seconds(cue, session.settings), 0) <= budget;
  if (!fits) {
    // Too long for one turn: the steps and caution now, the gentler version if the user wants it.
    const steps: Cue[] = [...lead, { type: 'explain', exercise: id, part: 'steps' }];
    return open({ ...disclaimed, state: { kind: 'explaining', exercise: id, then, oneShot } }, steps);
  }
  if (oneShot) return close(disclaimed, whole);
  return open({ ...disclaimed, state: then }, whole);
}

/** After the first half of a long how-to, "yes" (or "the easier one") tells the gentler version. */
export function explainGentler(back: Session, state: Extract<WorkoutState, { kind: 'explaining' }>): Outcome {
  const gentler: Cue[] = [{ type: 'explain', exercise: state.exercise, part: 'gentler' }];
  return state.oneShot ? end(back, gentler) : open(back, gentler);
}

/** "No" to the gentler half: a one-shot question is answered; within a session, back to where it was. */
export function declineGentler(back: Session, state: Extract<WorkoutState, { kind: 'explaining' }>): Outcome {
  return state.oneShot ? end(back, []) : open(back, []);
}
