import { EXERCISES, EXERCISE_IDS, type ExerciseId } from '../catalog/exercises';
import { ROUTINES } from '../catalog/routines';
import { painCheckEvent, redFlag, reportPain } from './pain';
import { currentExercise, isAvoided, nextAllowedIndex } from './progress';
import { pausedAt, resumePoint, type ResumePoint } from './resume';
import { BODY_BUDGET_SECONDS, TURN_LIMIT_SECONDS } from './blocks';
import { advance, deliver, end, estimateMinutes, open, say, startRoutine, withDisclaimer } from './routine';
import {
  EMPTY_LOG,
  EXERCISE_START,
  NO_MEMORY,
  type Calm,
  type Context,
  type Cue,
  type Outcome,
  type Progress,
  type Session,
  type Settings,
  type Stats,
  type WorkoutEvent,
  type WorkoutState,
} from './types';

/** Exercise names offered when the user asked for one the skill does not know. */
const SUGGESTED: readonly ExerciseId[] = ['cat_stretch', 'cobra_stretch', 'childs_pose'];

/**
 * The workout session: given where the user is and what they said, where they are next and what to say.
 * Pure: no clock, no I/O; the request time and the speech pacer come in `ctx`.
 */
export function transition(session: Session, event: WorkoutEvent, ctx: Context): Outcome {
  const { state } = session;
  switch (event.type) {
    case 'stop':
      return stop(session, ctx);
    case 'redFlag':
      return redFlag(session);
    case 'pain':
      return reportPain(session, ctx);
    case 'painKind':
      // Outside the pain check, "it's a sharp pain" is a pain report.
      return state.kind === 'painCheck' ? painCheckEvent(session, state, event, ctx) : reportPain(session, ctx);
  }
  if (state.kind === 'painCheck') {
    // Once the questions are answered, asking for another stretch or routine is a choice to go on.
    const answered = state.step === 'mildChoice' || state.step === 'sharpChoice';
    if (answered && (event.type === 'startRoutine' || event.type === 'startExercise')) {
      const calm: Calm = state.progress === null
        ? { kind: 'idle', offer: null }
        : pausedAt({ progress: state.progress, cursor: state.resume, interrupted: false });
      return workoutEvent({ ...session, state: calm }, calm, event, ctx);
    }
    return painCheckEvent(session, state, event, ctx);
  }
  return workoutEvent(session, state, event, ctx);
}

type NotInPain = Exclude<WorkoutState, { kind: 'painCheck' }>;
/** States in which events are handled as a running or idle routine; the others are questions in between. */
type Active = Exclude<NotInPain, { kind: 'explaining' | 'resumeOffer' | 'confirmForget' }>;
type WorkoutOnlyEvent = Exclude<WorkoutEvent, { type: 'stop' | 'redFlag' | 'pain' | 'painKind' }>;

const HELP = { idle: 'help.idle', exercising: 'help.exercising', paused: 'help.paused' } as const;

function workoutEvent(session: Session, state: NotInPain, event: WorkoutOnlyEvent, ctx: Context): Outcome {
  switch (state.kind) {
    case 'explaining':
      return explainingEvent(session, state, event, ctx);
    case 'resumeOffer':
      return resumeOfferEvent(session, state, event, ctx);
    case 'confirmForget':
      return confirmForgetEvent(session, state, event, ctx);
  }
  return activeEvent(session, state, event, ctx);
}

function activeEvent(session: Session, state: Active, event: WorkoutOnlyEvent, ctx: Context): Outcome {
  const point = resumePoint(state, ctx.now);
  // A request that cut a counting response short leaves the routine paused at the rep it stopped.
  const settled: Session = point?.interrupted ? { ...session, state: pausedAt(point) } : session;
  switch (event.type) {
    case 'launch': {
      // The welcome comes before the note, so the note is given here rather than where counting starts.
      const [disclaimed, note] = withDisclaimer(session);
      const lead = [say({ key: 'welcome' }), ...note];
      const offer = session.memory.resume;
      if (offer !== null && offer.exercises[offer.index] !== undefined) {
        return open({ ...disclaimed, state: { kind: 'resumeOffer', offer } }, lead);
      }
      return startRoutine(disclaimed, session.memory.routine, ctx, lead);
    }
    case 'startRoutine':
      // Asked for by name: remembered as the routine "start" begins next time.
      return startRoutine({ ...session, log: { ...session.log, routine: event.routine } }, event.routine, ctx);
    case 'startExercise':
      return startExercise(settled, point, event.exercise, ctx);
    case 'howTo':
      return howTo(settled, point, event.exercise, ctx);
    case 'listExercises':
      return open(settled, [say({ key: 'exercise.list', params: { exercises: { exercises: EXERCISE_IDS } } })]);
    case 'remaining':
      return open(settled, [remaining(session.settings, point, ctx)]);
    case 'next':
    case 'yes':
      if (event.type === 'yes' && state.kind === 'paused') return resume(session, state, ctx);
      return forward(session, state, ctx);
    case 'resume':
      // "Ask my back stretches to resume": the routine left unfinished last time, if there is one.
      if (state.kind === 'idle') {
        const offer = session.memory.resume;
        if (offer !== null) return resumeOfferEvent(session, { kind: 'resumeOffer', offer }, event, ctx);
        return startRoutine(session, session.memory.routine, ctx, [say({ key: 'memory.nothingToResume' })]);
      }
      if (point?.interrupted && point.cursor) return deliver(session, point.progress, point.cursor, ctx, [resumeLine(point.progress)]);
      return state.kind === 'paused' ? resume(session, state, ctx) : forward(session, state, ctx);
    case 'no':
      if (state.kind === 'idle') return end(session, []);
      return open(settled, [say({ key: state.kind === 'paused' ? 'nav.stayPaused' : 'nav.takeYourTime' })]);
    case 'previous':
      return previous(settled, point, ctx);
    case 'repeat':
      if (state.kind === 'exercising') return deliver(session, state.progress, state.delivered.from, ctx);
      return open(session, []);
    case 'skip':
      if (point === null) return open(session, [say({ key: 'nav.nothingToSkip' })]);
      return advance(session, point.progress, point.cursor === null, ctx);
    case 'pause':
      if (point === null) return open(session, [say({ key: 'nav.nothingToPause' })]);
      return open({ ...session, state: pausedAt(point) }, [say({ key: 'nav.paused' })]);
    case 'startOver': {
      if (point === null) return startRoutine(session, session.memory.routine, ctx);
      const restart: Progress = { ...point.progress, index: 0 };
      return deliver(session, restart, EXERCISE_START, ctx, [say({ key: 'nav.fromTheTop' })]);
    }
    case 'help':
      return open(settled, [say({ key: HELP[point?.interrupted ? 'paused' : state.kind] })]);
    case 'slower':
      return adjust(session, settled, point, { ...session.settings, slow: true }, 'settings.slower', ctx);
    case 'longerHolds':
      if (session.settings.eased) return open(settled, [say({ key: 'settings.keepShort' })]);
      return adjust(session, settled, point, { ...session.settings, longerHolds: true }, 'settings.longer', ctx);
    case 'gentler':
      return gentler(session, point, ctx);
    case 'fallback':
      return open(settled, [say({ key: 'fallback' })]);
    case 'progress':
      return open(settled, progressReport(event.stats));
    case 'forget': {
      const calm: Calm = settled.state.kind === 'paused' || settled.state.kind === 'idle'
        ? settled.state
        : point === null ? { kind: 'idle', offer: null } : pausedAt(point);
      return open({ ...session, state: { kind: 'confirmForget', then: calm } }, []);
    }
    case 'forgetFailed':
      return open(settled, [say({ key: 'memory.forgetFailed' })]);
  }
}

/** "How am I doing": the streak when there is one, this week and all time, the favourite stretches. */
function progressReport(stats: Stats | null): Cue[] {
  if (stats === null) return [say({ key: 'memory.unavailable' })];
  if (stats.minutes === 0 && stats.sessionsThisWeek === 0) return [say({ key: 'memory.noHistory' })];
  return [
    ...(stats.daysInARow >= 2 ? [say({ key: 'memory.daysInARow', params: { days: { days: stats.daysInARow } } })] : []),
    say({ key: 'memory.totals', params: { sessions: { sessions: stats.sessionsThisWeek }, minutes: { minutes: stats.minutes } } }),
    ...(stats.favourites.length > 0 ? [say({ key: 'memory.favourites', params: { exercises: { exercises: stats.favourites } } })] : []),
  ];
}

/** "Pick up there?": yes resumes at that exercise, no starts fresh; anything else is answered as when idle. */
function resumeOfferEvent(
  session: Session,
  state: Extract<WorkoutState, { kind: 'resumeOffer' }>,
  event: WorkoutOnlyEvent,
  ctx: Context,
): Outcome {
  const idle: Session = { ...session, state: { kind: 'idle', offer: null }, memory: { ...session.memory, resume: null } };
  switch (event.type) {
    case 'yes':
    case 'resume':
    case 'next': {
      const progress: Progress = { ...state.offer, completed: 0 };
      return deliver(idle, progress, EXERCISE_START, ctx, [say({ key: 'memory.resuming' })]);
    }
    case 'no':
    case 'startOver':
      return startRoutine(idle, session.memory.routine, ctx);
    case 'help':
    case 'fallback':
    case 'repeat':
      return open(session, event.type === 'repeat' ? [] : [say({ key: event.type === 'help' ? 'help.idle' : 'fallback' })]);
    default:
      return activeEvent(idle, { kind: 'idle', offer: null }, event, ctx);
  }
}

/** "Delete my history?": yes deletes it (the handler does, on this outcome's effect), no keeps it. */
function confirmForgetEvent(
  session: Session,
  state: Extract<WorkoutState, { kind: 'confirmForget' }>,
  event: WorkoutOnlyEvent,
  ctx: Context,
): Outcome {
  const back: Session = { ...session, state: state.then };
  if (event.type === 'yes') {
    const forgotten: Session = { ...back, memory: NO_MEMORY, log: EMPTY_LOG };
    return { ...open(forgotten, [say({ key: 'memory.forgotten' })]), effect: 'forgetHistory' };
  }
  if (event.type === 'no') return open(back, [say({ key: 'memory.kept' })]);
  return workoutEvent(back, state.then, event, ctx);
}

/** "Next" and "yes": the next part of the exercise, the next exercise, or, when idle, what was offered. */
function forward(session: Session, state: Active, ctx: Context): Outcome {
  switch (state.kind) {
    case 'idle':
      return state.offer === null ? startRoutine(session, session.memory.routine, ctx) : startExercise(session, null, state.offer, ctx);
    case 'exercising':
      return state.next === null
        ? advance(session, state.progress, true, ctx)
        : deliver(session, state.progress, state.next, ctx);
    case 'paused':
      return resume(session, state, ctx);
  }
}

function resume(session: Session, state: Extract<WorkoutState, { kind: 'paused' }>, ctx: Context): Outcome {
  const lead = currentExercise(state.progress) === null ? [] : [resumeLine(state.progress)];
  return deliver(session, state.progress, state.resume, ctx, lead);
}

function resumeLine(progress: Progress): Cue {
  const id = currentExercise(progress);
  return id === null ? say({ key: 'nav.resuming' }) : say({ key: 'nav.pickingUp', params: { exercise: { exercise: id } } });
}

function stop(session: Session, ctx: Context): Outcome {
  const point = resumePoint(session.state, ctx.now);
  const done = point === null ? 0 : point.progress.completed + (point.cursor === null ? 1 : 0);
  return end(session, done > 0 ? [say({ key: 'stop.summary', params: { stretches: { stretches: done } } })] : []);
}

function startExercise(given: Session, point: ResumePoint | null, id: ExerciseId | null, ctx: Context): Outcome {
  if (id === null) {
    return open(given, [say({ key: 'exercise.unknown', params: { exercises: { exercises: SUGGESTED } } })]);
  }
  if (given.settings.avoid.includes(EXERCISES[id].movement)) {
    return open(given, [say({ key: 'exercise.avoided', params: { exercise: { exercise: id } } })]);
  }
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

function howTo(session: Session, point: ResumePoint | null, id: ExerciseId | null, ctx: Context): Outcome {
  if (id === null) {
    return open(session, [say({ key: 'exercise.unknownExplain', params: { exercises: { exercises: SUGGESTED } } })]);
  }
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
  if (oneShot) return { session: disclaimed, reply: { end: true, cues: whole } };
  return open({ ...disclaimed, state: then }, whole);
}

/** After the first half of a long how-to: "yes" tells the gentler version; anything else is answered as before it. */
function explainingEvent(
  session: Session,
  state: Extract<WorkoutState, { kind: 'explaining' }>,
  event: WorkoutOnlyEvent,
  ctx: Context,
): Outcome {
  const back: Session = { ...session, state: state.then };
  if (event.type === 'yes' || event.type === 'gentler') {
    const gentler: Cue[] = [{ type: 'explain', exercise: state.exercise, part: 'gentler' }];
    return state.oneShot ? end(back, gentler) : open(back, gentler);
  }
  if (event.type === 'no') return state.oneShot ? end(back, []) : open(back, []);
  return workoutEvent(back, state.then, event, ctx);
}

function remaining(settings: Settings, point: ResumePoint | null, ctx: Context): Cue {
  if (point === null) {
    const exercises = ROUTINES.default;
    return say({
      key: 'routine.overview',
      params: { stretches: { stretches: exercises.length }, minutes: { minutes: estimateMinutes(exercises, settings, ctx.pacer) } },
    });
  }
  const from = point.cursor === null ? point.progress.index + 1 : point.progress.index;
  const left = point.progress.exercises.slice(from).filter((id) => !isAvoided(id, settings));
  if (left.length === 0) return say({ key: 'routine.noneLeft' });
  return say({
    key: 'routine.remaining',
    params: { stretches: { stretches: left.length }, minutes: { minutes: estimateMinutes(left, settings, ctx.pacer) } },
  });
}

function previous(session: Session, point: ResumePoint | null, ctx: Context): Outcome {
  if (point === null) return open(session, [say({ key: 'nav.nothingYet' })]);
  const { progress } = point;
  for (let i = Math.min(progress.index, progress.exercises.length) - 1; i >= 0; i--) {
    if (nextAllowedIndex(progress, i, session.settings) === i) {
      return deliver(session, { ...progress, index: i }, EXERCISE_START, ctx);
    }
  }
  return deliver(session, progress, EXERCISE_START, ctx, [say({ key: 'nav.firstAlready' })]);
}

/** A new pace or hold length: said back, and if it cut a hold short, that rep starts again with the new setting. */
function adjust(
  session: Session,
  settled: Session,
  point: ResumePoint | null,
  settings: Settings,
  key: 'settings.slower' | 'settings.longer',
  ctx: Context,
): Outcome {
  const ack = say({ key });
  if (point?.interrupted && point.cursor) {
    return deliver({ ...session, settings }, point.progress, point.cursor, ctx, [ack]);
  }
  return open({ ...settled, settings }, [ack]);
}

/** The current exercise again, from the top, in its gentler version. */
function gentler(session: Session, point: ResumePoint | null, ctx: Context): Outcome {
  if (point === null) return open(session, [say({ key: 'gentler.nothing' })]);
  const { progress } = pausedAt(point);
  const index = nextAllowedIndex(progress, progress.index, session.settings);
  const id = progress.exercises[index];
  if (id === undefined) return open(session, [say({ key: 'gentler.nothing' })]);
  const settings = { ...session.settings, gentler: [...new Set([...session.settings.gentler, id])] };
  return deliver({ ...session, settings }, { ...progress, index }, EXERCISE_START, ctx, [
    say({ key: 'gentler.start', params: { exercise: { exercise: id } } }),
  ]);
}
