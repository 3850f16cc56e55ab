import { EXERCISES } from '../catalog/exercises';
import { isExerciseStart } from './blocks';
import { say } from './cues';
import { advance, close, deliver, end, open, startRoutine } from './outcome';
import { currentExercise, upcomingExercise } from './progress';
import type { Standing } from './resume';
import { EXERCISE_START, type Context, type Cue, type Outcome, type PainKind, type Session, type WorkoutEvent, type WorkoutState } from './types';

type PainCheck = Extract<WorkoutState, { kind: 'painCheck' }>;

/**
 * "It hurts": stop at once and screen for red flags (docs/pain-safety.md). A second
 * pain report in one session ends it. Said again during the pain check, it is the same episode.
 */
export function reportPain({ session, point }: Standing): Outcome {
  const { state, settings } = session;
  if (state.kind === 'painCheck') return open(session, [say('pain.heard')]);
  if (settings.painReports >= 1) {
    const ended = { ...session, settings: { ...settings, painReports: settings.painReports + 1 } };
    return end(ended, [say('pain.again')]);
  }
  const check: PainCheck = point === null
    ? { kind: 'painCheck', step: 'redFlag', progress: null, resume: null }
    : { kind: 'painCheck', step: 'redFlag', progress: point.progress, resume: point.cursor };
  const hurt = point === null ? null : currentExercise(point.progress);
  const log = hurt === null ? session.log : { ...session.log, hurt: [...session.log.hurt, { exercise: hurt, leftOut: false }] };
  const next: Session = { ...session, state: check, settings: { ...settings, painReports: settings.painReports + 1 }, log };
  return open(next, [say('pain.stop')]);
}

/** A red-flag symptom: no more exercise, get medical help now. */
export function redFlag(session: Session): Outcome {
  return close(session, [say('pain.redFlagAdvice')]);
}

/** Every event while the pain check is open: only an answer to its question moves it on. */
export function painCheckEvent(session: Session, state: PainCheck, event: WorkoutEvent, ctx: Context): Outcome {
  switch (state.step) {
    case 'redFlag':
      if (event.type === 'yes') return redFlag(session);
      if (event.type === 'no') return open({ ...session, state: { ...state, step: 'kind' } }, []);
      break;
    case 'kind':
      if (event.type === 'painKind' && event.kind !== null) return answerKind(session, state, event.kind);
      break;
    case 'mildChoice':
      if (event.type === 'gentler' || event.type === 'resume') return gentlerVersion(session, state, ctx);
      if (event.type === 'skip' || event.type === 'next') return moveOn(session, state, ctx);
      // Without a routine the offer is a yes/no question: a gentle routine, or stop.
      if (state.progress === null && event.type === 'yes') return gentlerVersion(session, state, ctx);
      if (state.progress === null && event.type === 'no') return end(session, []);
      break;
    case 'sharpChoice':
      if (event.type === 'next' || event.type === 'skip' || event.type === 'resume' || event.type === 'yes') {
        return moveOn(session, state, ctx);
      }
      if (event.type === 'no') return end(session, []);
      break;
  }
  if (event.type === 'help') return open(session, [say('help.pain')]);
  if (event.type === 'repeat') return open(session, []);
  return open(session, [say('pain.answerFirst')]);
}

function answerKind(session: Session, state: PainCheck, kind: PainKind): Outcome {
  const hurt = state.progress === null ? null : currentExercise(state.progress);
  if (kind === 'mild') {
    const eased: Session = { ...session, state: { ...state, step: 'mildChoice' }, settings: { ...session.settings, eased: true } };
    return open(eased, [say('pain.mild')]);
  }
  const avoid = hurt === null ? session.settings.avoid : [...new Set([...session.settings.avoid, EXERCISES[hurt].movement])];
  // The history keeps only that this exercise was left out after pain, not what the pain was like.
  const hurtLog = hurt === null ? session.log.hurt : session.log.hurt.map((entry, i) => (i === session.log.hurt.length - 1 ? { ...entry, leftOut: true } : entry));
  const next: Session = {
    ...session,
    state: { ...state, step: 'sharpChoice' },
    settings: { ...session.settings, avoid },
    log: { ...session.log, hurt: hurtLog },
  };
  const cues = [say('pain.sharp')];
  const goOn = state.progress !== null && upcomingExercise(state.progress, next.settings) !== null;
  return goOn ? open(next, cues) : end(next, cues);
}

/** The exercise that hurt, in its gentler version, from the rep where it stopped. */
function gentlerVersion(session: Session, state: PainCheck, ctx: Context): Outcome {
  const hurt = state.progress === null ? null : currentExercise(state.progress);
  if (state.progress === null || hurt === null) return gentleRoutine(session, ctx);
  const settings = { ...session.settings, gentler: [...new Set([...session.settings.gentler, hurt])] };
  const from = state.resume ?? EXERCISE_START;
  const lead: Cue[] = [say('gentler.start', { exercise: hurt })];
  // From the top, the response reads the gentler steps itself; mid-exercise they come first.
  if (!isExerciseStart(from)) lead.push({ type: 'steps', exercise: hurt, version: 'gentler' });
  return deliver({ ...session, settings }, state.progress, from, ctx, lead);
}

function moveOn(session: Session, state: PainCheck, ctx: Context): Outcome {
  if (state.progress === null) return gentleRoutine(session, ctx);
  return advance(session, state.progress, false, ctx);
}

/** After mild pain with no routine running, going on means the user's routine, eased. */
function gentleRoutine(session: Session, ctx: Context): Outcome {
  return startRoutine(session, session.memory.routine, ctx, [say('pain.gentleRoutine')]);
}
