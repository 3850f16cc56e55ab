import type { ExerciseId } from '../catalog/exercises';
import { ROUTINES, type RoutineId } from '../catalog/routines';
import { isExerciseStart, planBlock } from './blocks';
import { isRecent } from './calendar';
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
    .map((id): Cue => say({
      key: settings.excluded.includes(id) ? 'exercise.excluded' : 'exercise.leftOut',
      params: { exercise: { exercise: id } },
    }));
  if (index < 0) return finish(session, progress, ctx, [...note, ...lead, ...skipped]);
  const at = index === progress.index ? cursor : EXERCISE_START;
  const id = progress.exercises[index] as ExerciseId;
  const remembered = isExerciseStart(at) && session.memory.hurtLastTime.includes(id)
    ? [say({ key: 'memory.hurtLastTime', params: { exercise: { exercise: id } } })]
    : [];
  const block = planBlock(id, at, settings, ctx.pacer, [...note, ...lead, ...skipped, ...remembered]);
  const log = session.log;
  const next: Session = {
    ...session,
    state: {
      kind: 'exercising',
      progress: { ...progress, index },
      delivered: { at: ctx.now, from: at, marks: block.marks, seconds: block.seconds },
      next: block.next,
    },
    log: { ...log, seconds: log.seconds + block.seconds, done: block.next === null ? [...log.done, id] : log.done },
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

export function startRoutine(given: Session, routine: RoutineId, ctx: Context, lead: readonly Cue[] = []): Outcome {
  // A new routine replaces any unfinished one: there is nothing left to offer to resume.
  const session: Session = { ...given, memory: { ...given.memory, resume: null } };
  const exercises = ROUTINES[routine];
  const progress: Progress = { routine, exercises, index: 0, completed: 0 };
  const minutes = estimateMinutes(exercises, session.settings, ctx.pacer);
  const intro = say({
    key: 'routine.start',
    params: { routine: { routine }, stretches: { stretches: exercises.length }, minutes: { minutes } },
  });
  return deliver(session, progress, EXERCISE_START, ctx, [...lead, intro]);
}

export function finish(session: Session, progress: Progress, ctx: Context, lead: readonly Cue[] = []): Outcome {
  const done: Session = { ...session, log: { ...session.log, finished: true } };
  return end(done, [
    ...lead,
    say({ key: 'routine.done', params: { stretches: { stretches: progress.completed } } }),
    streakNote(session.memory, ctx.today),
  ]);
}

/** Days in a row with today: the stored streak goes on if its last day was today or yesterday. */
export function streakNote(memory: Session['memory'], today: string): Cue {
  const { streak } = memory;
  const days = streak === null || !isRecent(streak.lastDay, today) ? 1 : streak.lastDay === today ? streak.days : streak.days + 1;
  return days >= 2 ? say({ key: 'memory.streak', params: { days: { days } } }) : say({ key: 'memory.firstDay' });
}

/**
 * Ends the session: a closing line with advice when something hurt, then goodbye. The state is kept as
 * it was, so what is saved for next time knows where the routine stopped.
 */
export function end(session: Session, cues: readonly Cue[]): Outcome {
  const advice = session.settings.painReports > 0 ? [say({ key: 'advice.lasting' })] : [];
  return { session, reply: { end: true, cues: [...cues, ...advice, say({ key: 'goodbye' })] } };
}

/** Keeps the session open with the prompt that fits its state. */
export function open(session: Session, cues: readonly Cue[]): Outcome {
  const { prompt, reprompt } = promptFor(session);
  return { session, reply: { end: false, cues, prompt, reprompt } };
}

const MAX_REMEMBERED_ESTIMATES = 500;

/** What a routine's length depends on: its exercises and the settings that change what is said or held. */
export function estimateKey(exercises: readonly ExerciseId[], settings: Settings): string {
  return JSON.stringify([exercises, settings.slow, settings.longerHolds, settings.eased, settings.gentler, settings.avoid, settings.excluded]);
}

/** Estimated length of doing these exercises, including the prompts and the user's replies between responses. */
export function estimateSeconds(exercises: readonly ExerciseId[], settings: Settings, pacer: Pacer): number {
  // The same routine under the same settings is estimated again and again ("how many are left", each start).
  const key = estimateKey(exercises, settings);
  const remembered = pacer.estimates.get(key);
  if (remembered !== undefined) return remembered;
  const total = measureExercises(exercises, settings, pacer);
  if (pacer.estimates.size >= MAX_REMEMBERED_ESTIMATES) pacer.estimates.clear();
  pacer.estimates.set(key, total);
  return total;
}

function measureExercises(exercises: readonly ExerciseId[], settings: Settings, pacer: Pacer): number {
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
