import { EXERCISES, type ExerciseId } from '../catalog/exercises';
import { ROUTINES } from '../catalog/routines';
import { say } from './cues';
import { pickUp } from './memory-questions';
import { message } from './messages';
import { advance, deliver, end, open, openAsking, startRoutine, withDisclaimer } from './outcome';
import { currentExercise, isAvoided, nextAllowedIndex } from './progress';
import { pausedAt, type ResumePoint, type Standing } from './resume';
import { isExerciseStart } from './blocks';
import { EXERCISE_START, type Context, type Cue, type Cursor, type Outcome, type Progress, type Session } from './types';

const FIRST_REP: Cursor = { side: 0, rep: 1, heldSeconds: 0 };

/** Exercise names offered when the user asked for one the skill does not know. */
export const SUGGESTED: readonly ExerciseId[] = ['cat_stretch', 'cobra_stretch', 'childs_pose'];

/** "Alexa, open my back stretches": the welcome, then the unfinished routine's offer or the user's routine. */
export function launch({ session }: Standing, ctx: Context): Outcome {
  // The welcome comes before the note, so the note is given here rather than where counting starts.
  const [disclaimed, note] = withDisclaimer(session);
  const lead = [say('welcome'), ...note];
  const offer = session.memory.resume;
  if (offer !== null && offer.exercises[offer.index] !== undefined) {
    return open({ ...disclaimed, state: { kind: 'resumeOffer', offer } }, lead);
  }
  return startRoutine(disclaimed, session.memory.routine, ctx, lead);
}

/** "Next" and "yes": the next part of the exercise, the next exercise, or, when idle, what was offered. */
export function forward({ session, point, cut }: Standing, ctx: Context): Outcome {
  const { state } = session;
  // Said over the steps, "next" means the user is in position: the count starts at rep one. Said over
  // the counting, it goes past the part being spoken.
  if (cut !== null && point !== null) {
    if (point.cursor !== null && isExerciseStart(point.cursor)) return deliver(session, point.progress, FIRST_REP, ctx);
    return cut.next === null ? advance(session, point.progress, true, ctx) : deliver(session, point.progress, cut.next, ctx);
  }
  switch (state.kind) {
    case 'idle':
      return state.offer === null ? startOrPickUp(session, ctx) : startExercise(session, null, state.offer, ctx);
    case 'exercising':
      return state.next === null ? advance(session, state.progress, true, ctx) : deliver(session, state.progress, state.next, ctx);
    case 'paused':
      return resume(session, state, ctx);
    default:
      return open(session, []);
  }
}

/**
 * "Next", "let's go" with nothing running: the routine left unfinished last time, when there is one
 * ("Alexa, ask my back stretches next" after the session timed out), else the user's routine.
 */
export function startOrPickUp(session: Session, ctx: Context): Outcome {
  const offer = session.memory.resume;
  return offer === null ? startRoutine(session, session.memory.routine, ctx) : pickUp(session, offer, ctx);
}

export function resume(session: Session, state: Extract<Session['state'], { kind: 'paused' }>, ctx: Context): Outcome {
  const lead = currentExercise(state.progress) === null ? [] : [resumeLine(state.progress)];
  // After a pause the user may have forgotten how to stop the count: the reminder comes again.
  return deliver({ ...session, settings: { ...session.settings, remindedAt: null } }, state.progress, state.resume, ctx, lead);
}

function resumeLine(progress: Progress): Cue {
  const id = currentExercise(progress);
  return id === null ? say('nav.resuming') : say('nav.pickingUp', { exercise: id });
}

/** "Resume": the routine where it stands; when idle with nothing left unfinished, the user's routine. */
export function resumeRoutine(standing: Standing, ctx: Context): Outcome {
  const { session } = standing;
  const { state } = session;
  if (state.kind === 'idle') return startRoutine(session, session.memory.routine, ctx, [say('memory.nothingToResume')]);
  return state.kind === 'paused' ? resume(session, state, ctx) : forward(standing, ctx);
}

/** "No" outside a question: nothing to start when idle, otherwise the routine simply waits. */
export function decline({ session, cut }: Standing): Outcome {
  const { state } = session;
  if (state.kind === 'idle') return end(session, []);
  return open(session, [say(state.kind === 'paused' && cut === null ? 'nav.stayPaused' : 'nav.takeYourTime')]);
}

/** "Repeat": the last counting response again, from where it began. */
export function repeat({ session, point, cut }: Standing, ctx: Context): Outcome {
  const { state } = session;
  if (cut !== null && point !== null) return deliver(session, point.progress, cut.from, ctx);
  if (state.kind === 'exercising') return deliver(session, state.progress, state.delivered.from, ctx);
  return open(session, []);
}

export function skip({ session, point }: Standing, ctx: Context): Outcome {
  if (point === null) return open(session, [say('nav.nothingToSkip')]);
  return advance(session, point.progress, point.cursor === null, ctx);
}

export function pause({ session, point }: Standing): Outcome {
  if (point === null) return open(session, [say('nav.nothingToPause')]);
  return open({ ...session, state: pausedAt(point) }, [say('nav.paused')]);
}

export function startOver({ session, point }: Standing, ctx: Context): Outcome {
  if (point === null) return startRoutine(session, session.memory.routine, ctx);
  const restart: Progress = { ...point.progress, index: 0 };
  return deliver(session, restart, EXERCISE_START, ctx, [say('nav.fromTheTop')]);
}

/** "Go back": the exercise before this one that the session still does, or this one again if it is the first. */
export function previous({ session, point }: Standing, ctx: Context): Outcome {
  if (point === null) return open(session, [say('nav.nothingYet')]);
  const { progress } = point;
  for (let i = Math.min(progress.index, progress.exercises.length) - 1; i >= 0; i--) {
    if (nextAllowedIndex(progress, i, session.settings) === i) {
      return deliver(session, { ...progress, index: i }, EXERCISE_START, ctx);
    }
  }
  return deliver(session, progress, EXERCISE_START, ctx, [say('nav.firstAlready')]);
}

/**
 * Words the model could not place, while a routine is running or paused: they may have been a cry of pain
 * ("argh", a word in another language), so the counting stops and the skill asks.
 */
export function notUnderstood({ session, point }: Standing): Outcome {
  if (point === null) return open(session, [say('fallback')]);
  return openAsking({ ...session, state: pausedAt(point) }, [], { prompt: message('prompt.didSomethingHurt'), reprompt: message('reprompt.didSomethingHurt') });
}

/** "Stop": how many stretches were done, then goodbye. */
export function stop({ session, point }: Standing): Outcome {
  const done = point === null ? 0 : point.progress.completed + (point.cursor === null ? 1 : 0);
  return end(session, done > 0 ? [say('stop.summary', { stretches: done })] : []);
}

/** One exercise by name: on its own, or within the running routine (jumping to it, or doing it next). */
export function startExercise(given: Session, point: ResumePoint | null, id: ExerciseId | null, ctx: Context): Outcome {
  if (id === null) return open(given, [say('exercise.unknown', { exercises: SUGGESTED })]);
  if (given.settings.avoid.includes(EXERCISES[id].movement)) return open(given, [say('exercise.avoided', { exercise: id })]);
  // Left out by default after earlier pain, but the user asked for it by name.
  const excluded = given.settings.excluded.filter((other) => other !== id);
  const session: Session = { ...given, settings: { ...given.settings, excluded } };
  if (point === null) {
    return deliver(session, { routine: 'single', exercises: [id], index: 0, completed: 0 }, EXERCISE_START, ctx);
  }
  // Within a routine: jump to the exercise if the routine has it, else do it now and carry on afterwards.
  const { progress } = point;
  const at = progress.exercises.indexOf(id);
  const jumped: Progress = at >= 0
    ? { ...progress, index: at }
    : {
        ...progress,
        exercises: [...progress.exercises.slice(0, progress.index + 1), id, ...progress.exercises.slice(progress.index + 1)],
        index: progress.index + 1,
      };
  return deliver(session, jumped, EXERCISE_START, ctx);
}

/** "How many are left": the routine's stretches still to do and their minutes, or the usual routine's. */
export function remaining({ session, point }: Standing, ctx: Context): Outcome {
  const { settings } = session;
  if (point === null) {
    const exercises = ROUTINES.default;
    return open(session, [say('routine.overview', { stretches: exercises.length, minutes: ctx.estimate.minutes(exercises, settings) })]);
  }
  const from = point.cursor === null ? point.progress.index + 1 : point.progress.index;
  const left = point.progress.exercises.slice(from).filter((id) => !isAvoided(id, settings));
  if (left.length === 0) return open(session, [say('routine.noneLeft')]);
  return open(session, [say('routine.remaining', { stretches: left.length, minutes: ctx.estimate.minutes(left, settings) })]);
}
