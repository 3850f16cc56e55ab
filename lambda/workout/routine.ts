import type { ExerciseId } from '../catalog/exercises';
import { ROUTINES, type RoutineId } from '../catalog/routines';
import { planBlock } from './blocks';
import { isAvoided, nextAllowedIndex } from './progress';
import { promptFor } from './prompts';
import {
  EXERCISE_START,
  type Context,
  type Cue,
  type Cursor,
  type Message,
  type Outcome,
  type Pacer,
  type Progress,
  type Session,
  type Settings,
} from './types';

/** A response's prompt plus the user's "next", added to each counting response when estimating a routine's length. */
const TURN_OVERHEAD_SECONDS = 8;

export const say = (message: Message): Cue => ({ type: 'say', message });

/** Speaks the response that does the exercise at `progress.index` from `cursor`, leaving out avoided ones. */
export function deliver(given: Session, progress: Progress, cursor: Cursor, ctx: Context, lead: readonly Cue[] = []): Outcome {
  // Whatever starts the counting (launch, "resume", "next" as the first words), the note comes first.
  const [session, note] = withDisclaimer(given);
  const { settings } = session;
  const index = nextAllowedIndex(progress, progress.index, settings);
  const skipped = progress.exercises
    .slice(progress.index, index < 0 ? undefined : index)
    .map((id): Cue => say({ key: 'exercise.leftOut', params: { exercise: { exercise: id } } }));
  if (index < 0) return finish(session, progress, [...note, ...lead, ...skipped]);
  const at = index === progress.index ? cursor : EXERCISE_START;
  const id = progress.exercises[index] as ExerciseId;
  const block = planBlock(id, at, settings, ctx.pacer, [...note, ...lead, ...skipped]);
  const next: Session = {
    settings,
    state: {
      kind: 'exercising',
      progress: { ...progress, index },
      delivered: { at: ctx.now, from: at, marks: block.marks, seconds: block.seconds },
      next: block.next,
    },
  };
  return open(next, block.cues);
}

/** The short "not medical advice" note, once per session, before anything else is said. */
export function withDisclaimer(session: Session): [Session, Cue[]] {
  if (session.settings.disclaimed) return [session, []];
  return [{ ...session, settings: { ...session.settings, disclaimed: true } }, [say({ key: 'disclaimer' })]];
}

/** Moves past the current exercise, counting it as done when it was finished. */
export function advance(session: Session, progress: Progress, finished: boolean, ctx: Context, lead: readonly Cue[] = []): Outcome {
  const moved: Progress = { ...progress, index: progress.index + 1, completed: progress.completed + (finished ? 1 : 0) };
  return deliver(session, moved, EXERCISE_START, ctx, lead);
}

export function startRoutine(session: Session, routine: RoutineId, ctx: Context, lead: readonly Cue[] = []): Outcome {
  const exercises = ROUTINES[routine];
  const progress: Progress = { routine, exercises, index: 0, completed: 0 };
  const minutes = estimateMinutes(exercises, session.settings, ctx.pacer);
  const intro = say({
    key: 'routine.start',
    params: { routine: { routine }, stretches: { stretches: exercises.length }, minutes: { minutes } },
  });
  return deliver(session, progress, EXERCISE_START, ctx, [...lead, intro]);
}

export function finish(session: Session, progress: Progress, lead: readonly Cue[] = []): Outcome {
  return end(session, [...lead, say({ key: 'routine.done', params: { stretches: { stretches: progress.completed } } })]);
}

/** Ends the session: a closing line with advice when something hurt, then goodbye. */
export function end(session: Session, cues: readonly Cue[]): Outcome {
  const advice = session.settings.painReports > 0 ? [say({ key: 'advice.lasting' })] : [];
  return {
    session: { ...session, state: { kind: 'idle', offer: null } },
    reply: { end: true, cues: [...cues, ...advice, say({ key: 'goodbye' })] },
  };
}

/** Keeps the session open with the prompt that fits its state. */
export function open(session: Session, cues: readonly Cue[]): Outcome {
  const { prompt, reprompt } = promptFor(session);
  return { session, reply: { end: false, cues, prompt, reprompt } };
}

/** Estimated length of doing these exercises, including the prompts and the user's replies between responses. */
export function estimateSeconds(exercises: readonly ExerciseId[], settings: Settings, pacer: Pacer): number {
  let total = 0;
  for (const id of exercises) {
    if (isAvoided(id, settings)) continue;
    let cursor: Cursor | null = EXERCISE_START;
    while (cursor !== null) {
      const block = planBlock(id, cursor, settings, pacer);
      total += block.seconds + TURN_OVERHEAD_SECONDS;
      cursor = block.next;
    }
  }
  return total;
}

export function estimateMinutes(exercises: readonly ExerciseId[], settings: Settings, pacer: Pacer): number {
  return Math.max(1, Math.round(estimateSeconds(exercises, settings, pacer) / 60));
}
