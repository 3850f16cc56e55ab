import { EXERCISE_IDS } from '../catalog/exercises';
import { say } from './cues';
import { explainGentler, declineGentler, howTo } from './how-to';
import { askToForget, forget, forgetFailed, keepHistory, pickUp, progressReport, startFresh, withoutOffer } from './memory-questions';
import {
  decline,
  forward,
  launch,
  notUnderstood,
  pause,
  previous,
  remaining,
  repeat,
  resumeRoutine,
  skip,
  startOrPickUp,
  startExercise,
  startOver,
  stop,
} from './navigation';
import { open, startRoutine } from './outcome';
import { painCheckEvent, redFlag, reportPain, stopInPainCheck } from './pain';
import { pausedAt, settle, type Standing } from './resume';
import { gentler, longerHolds, slower } from './settings';
import type { Calm, Context, Outcome, Session, WorkoutEvent, WorkoutState } from './types';

/**
 * The workout session: given where the user is and what they said, where they are next, what to say, and
 * what else to do (effects, as data). Pure: no clock, no I/O, no shared state; the request time, the
 * speech pacer and the routine estimator come in `ctx`. A barge-in is settled first, so every case below
 * sees the session as it really stands.
 */
export function transition(session: Session, event: WorkoutEvent, ctx: Context): Outcome {
  // "Continue" near the end of a response is an answer to its prompt (workout/barge-in.ts).
  const standing = settle(session, ctx.now, event.type === 'resume');
  const { state } = standing.session;
  switch (event.type) {
    case 'stop':
      return state.kind === 'painCheck' ? stopInPainCheck(standing.session) : stop(standing);
    case 'redFlag':
      return redFlag(standing.session);
    case 'pain':
      return reportPain(standing);
    case 'urgentSign':
      return state.kind === 'painCheck' ? painCheckEvent(standing.session, state, event, ctx) : reportPain(standing);
    case 'painKind':
      // Outside the pain check, "it's a sharp pain" is a pain report.
      return state.kind === 'painCheck' ? painCheckEvent(standing.session, state, event, ctx) : reportPain(standing);
  }
  if (state.kind === 'painCheck') {
    // Once the questions are answered, asking for another stretch or routine is a choice to go on.
    const answered = state.step === 'mildChoice' || state.step === 'sharpChoice';
    if (answered && (event.type === 'startRoutine' || event.type === 'startExercise')) {
      const calm: Calm = state.progress === null
        ? { kind: 'idle', offer: null }
        : pausedAt({ progress: state.progress, cursor: state.resume, interrupted: false });
      return workoutEvent(settle({ ...standing.session, state: calm }, ctx.now), event, ctx);
    }
    return painCheckEvent(standing.session, state, event, ctx);
  }
  return workoutEvent(standing, event, ctx);
}

type WorkoutOnlyEvent = Exclude<WorkoutEvent, { type: 'stop' | 'redFlag' | 'pain' | 'painKind' | 'urgentSign' }>;
type Question<K extends WorkoutState['kind']> = Extract<WorkoutState, { kind: K }>;

/** The states that ask a question answer it first; anything else is handled as in the state they were asked from. */
function workoutEvent(standing: Standing, event: WorkoutOnlyEvent, ctx: Context): Outcome {
  const { session } = standing;
  const { state } = session;
  switch (state.kind) {
    case 'explaining':
      return explainingEvent(session, state, event, ctx);
    case 'resumeOffer':
      return resumeOfferEvent(session, state, event, ctx);
    case 'confirmForget':
      return confirmForgetEvent(session, state, event, ctx);
  }
  return activeEvent(standing, event, ctx);
}

const HELP = { idle: 'help.idle', exercising: 'help.exercising', paused: 'help.paused' } as const;

/** A routine running, paused or not yet started. */
function activeEvent(standing: Standing, event: WorkoutOnlyEvent, ctx: Context): Outcome {
  const { session, point } = standing;
  const { state } = session;
  switch (event.type) {
    case 'launch':
      return launch(standing, ctx);
    case 'startRoutine':
      // "Let's go", "start" with a routine running or paused: go on with it, losing nothing done.
      if (event.routine === null) return point === null ? startOrPickUp(session, ctx) : forward(standing, ctx);
      // Asked for by name: remembered as the routine "start" begins next time.
      return startRoutine({ ...session, log: { ...session.log, routine: event.routine } }, event.routine, ctx);
    case 'startExercise':
      return startExercise(session, point, event.exercise, ctx);
    case 'howTo':
      return howTo(standing, event.exercise, ctx);
    case 'listExercises':
      return open(session, [say('exercise.list', { exercises: EXERCISE_IDS })]);
    case 'remaining':
      return remaining(standing, ctx);
    case 'yes':
    case 'next':
      return forward(standing, ctx);
    case 'resume':
      // "Ask my back stretches to resume": the routine left unfinished last time, if there is one.
      if (state.kind === 'idle' && session.memory.resume !== null) return pickUp(session, session.memory.resume, ctx);
      return resumeRoutine(standing, ctx);
    case 'no':
      return decline(standing);
    case 'previous':
      return previous(standing, ctx);
    case 'repeat':
      return repeat(standing, ctx);
    case 'skip':
      return skip(standing, ctx);
    case 'pause':
      return pause(standing);
    case 'startOver':
      return startOver(standing, ctx);
    case 'help':
      return open(session, [say(HELP[state.kind === 'exercising' || state.kind === 'paused' ? state.kind : 'idle'])]);
    case 'slower':
      return slower(standing, ctx);
    case 'longerHolds':
      return longerHolds(standing, ctx);
    case 'gentler':
      return gentler(standing, ctx);
    case 'fallback':
      return notUnderstood(standing);
    case 'unsure':
      // "I don't know" with nothing running asks for help; during a routine it may hide pain.
      return point === null ? open(session, [say('help.idle')]) : notUnderstood(standing);
    case 'progress':
      return progressReport(session, event.stats);
    case 'forget':
      return askToForget(standing);
    case 'forgetFailed':
      return forgetFailed(session);
  }
}

/** After the first half of a long how-to: "yes" tells the gentler version; anything else is answered as before it. */
function explainingEvent(session: Session, state: Question<'explaining'>, event: WorkoutOnlyEvent, ctx: Context): Outcome {
  const back: Session = { ...session, state: state.then };
  if (event.type === 'yes' || event.type === 'gentler') return explainGentler(back, state);
  if (event.type === 'no') return declineGentler(back, state);
  return workoutEvent(settle(back, ctx.now), event, ctx);
}

/** "Pick up there?": yes resumes at that exercise, no starts fresh; anything else is answered as when idle. */
function resumeOfferEvent(session: Session, state: Question<'resumeOffer'>, event: WorkoutOnlyEvent, ctx: Context): Outcome {
  switch (event.type) {
    case 'yes':
    case 'resume':
    case 'next':
      return pickUp(session, state.offer, ctx);
    case 'no':
    case 'startOver':
      return startFresh(session, ctx);
    case 'help':
    case 'unsure':
      return open(session, [say('help.idle')]);
    case 'fallback':
      return open(session, [say('fallback')]);
    case 'repeat':
      return open(session, []);
    default:
      return workoutEvent(settle(withoutOffer(session), ctx.now), event, ctx);
  }
}

/** "Delete my history?": yes deletes it (the handler does, on the outcome's effect), no keeps it. */
function confirmForgetEvent(session: Session, state: Question<'confirmForget'>, event: WorkoutOnlyEvent, ctx: Context): Outcome {
  const back: Session = { ...session, state: state.then };
  if (event.type === 'yes') return forget(back);
  if (event.type === 'no') return keepHistory(back);
  return workoutEvent(settle(back, ctx.now), event, ctx);
}
