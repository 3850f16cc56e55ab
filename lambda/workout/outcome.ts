import type { ExerciseId } from '../catalog/exercises';
import { ROUTINES, type RoutineId } from '../catalog/routines';
import { isRecent } from '../time/days';
import { isExerciseStart, planBlock } from './blocks';
import { bounded } from './bounds';
import { nextAllowedIndex } from './progress';
import { say } from './cues';
import { promptFor, type Prompts } from './prompts';
import {
  EXERCISE_START,
  type Context,
  type Cue,
  type Cursor,
  type Outcome,
  type Progress,
  type Session,
} from './types';

/** How often, in seconds of counting, the user is told again how to stop it. */
const REMIND_EVERY_SECONDS = 180;

/** Speaks the response that does the exercise at `progress.index` from `cursor`, leaving out avoided ones. */
export function deliver(given: Session, progress: Progress, cursor: Cursor, ctx: Context, lead: readonly Cue[] = []): Outcome {
  // Whatever starts the counting (launch, "resume", "next" as the first words), the note comes first.
  const [session, note] = withDisclaimer(given);
  const { settings } = session;
  const index = nextAllowedIndex(progress, progress.index, settings);
  const skipped = progress.exercises
    .slice(progress.index, index < 0 ? undefined : index)
    .map((id) => say(settings.excluded.includes(id) ? 'exercise.excluded' : 'exercise.leftOut', { exercise: id }));
  if (index < 0) return finish(session, progress, ctx, [...note, ...lead, ...skipped]);
  const at = index === progress.index ? cursor : EXERCISE_START;
  const id = progress.exercises[index] as ExerciseId;
  const remembered = isExerciseStart(at) && session.memory.hurtLastTime.includes(id)
    ? [say('memory.hurtLastTime', { exercise: id })]
    : [];
  const block = planBlock(id, at, settings, ctx.pacer, [...note, ...lead, ...skipped, ...remembered]);
  const log = session.log;
  const seconds = log.seconds + block.seconds;
  // "Say 'Alexa, it hurts'" after the count, just before the question: at the first counting response,
  // after a pause, and then about every three minutes of counting, not in every prompt.
  const remind = settings.remindedAt === null || seconds - settings.remindedAt >= REMIND_EVERY_SECONDS;
  const next: Session = {
    ...session,
    settings: remind ? { ...settings, remindedAt: seconds } : settings,
    state: {
      kind: 'exercising',
      progress: { ...progress, index },
      delivered: { at: ctx.now, from: at, marks: block.marks, seconds: block.seconds },
      next: block.next,
    },
    log: { ...log, seconds, done: block.next === null ? [...log.done, id] : log.done },
  };
  return open(next, remind ? [...block.cues, say('prompt.painReminder')] : block.cues);
}

/** The short "not medical advice" note, once per session, before anything else is said. */
export function withDisclaimer(session: Session): [Session, Cue[]] {
  if (session.settings.disclaimed) return [session, []];
  return [{ ...session, settings: { ...session.settings, disclaimed: true } }, [say('disclaimer')]];
}

/** Moves past the current exercise, counting it as done when it was finished. */
export function advance(session: Session, progress: Progress, finished: boolean, ctx: Context, lead: readonly Cue[] = []): Outcome {
  const moved: Progress = { ...progress, index: progress.index + 1, completed: progress.completed + (finished ? 1 : 0) };
  return deliver(session, moved, EXERCISE_START, ctx, lead);
}

export function startRoutine(given: Session, routine: RoutineId, ctx: Context, lead: readonly Cue[] = []): Outcome {
  // A new routine replaces any unfinished one: there is nothing left to offer to resume.
  const session: Session = { ...given, memory: { ...given.memory, resume: null } };
  const exercises = ROUTINES[routine];
  const progress: Progress = { routine, exercises, index: 0, completed: 0 };
  const minutes = ctx.estimate.minutes(exercises, session.settings);
  // The routine's first words already say "Alexa, it hurts": the reminder is not due again for a while.
  const intro = say('routine.start', { routine, stretches: exercises.length, minutes });
  const reminded: Session = { ...session, settings: { ...session.settings, remindedAt: session.log.seconds } };
  return deliver(reminded, progress, EXERCISE_START, ctx, [...lead, intro]);
}

export function finish(session: Session, progress: Progress, ctx: Context, lead: readonly Cue[] = []): Outcome {
  const done: Session = { ...session, log: { ...session.log, finished: true } };
  return end(done, [
    ...lead,
    { type: 'routineDone', stretches: progress.completed },
    streakNote(session.memory, ctx.today),
  ]);
}

/** Days in a row with today: the stored streak goes on if its last day was today or yesterday. */
export function streakNote(memory: Session['memory'], today: string): Cue {
  const { streak } = memory;
  const days = streak === null || !isRecent(streak.lastDay, today) ? 1 : streak.lastDay === today ? streak.days : streak.days + 1;
  return days >= 2 ? say('memory.streak', { days }) : say('memory.firstDay');
}

/**
 * Ends the session: a closing line with advice when something hurt, then goodbye. The state is kept as
 * it was, so what is saved for next time knows where the routine stopped.
 */
export function end(given: Session, cues: readonly Cue[]): Outcome {
  const session = bounded(given);
  const advice = session.settings.painReports > 0 ? [say('advice.lasting')] : [];
  return { session, reply: { end: true, cues: [...cues, ...advice, say('goodbye')] }, effects: [] };
}

/** Ends the session with exactly these cues: an answer complete in itself, or advice that must stand alone. */
export function close(session: Session, cues: readonly Cue[]): Outcome {
  return { session: bounded(session), reply: { end: true, cues }, effects: [] };
}

/** Keeps the session open with the prompt that fits its state. */
export function open(given: Session, cues: readonly Cue[]): Outcome {
  const session = bounded(given);
  return asking(session, cues, promptFor(session));
}

/** Keeps the session open with a question of the moment's own instead of the state's usual prompt. */
export function openAsking(given: Session, cues: readonly Cue[], prompts: Prompts): Outcome {
  return asking(bounded(given), cues, prompts);
}

const asking = (session: Session, cues: readonly Cue[], { prompt, reprompt }: Prompts): Outcome =>
  ({ session, reply: { end: false, cues, prompt, reprompt }, effects: [] });
