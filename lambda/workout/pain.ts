import { EXERCISES } from '../catalog/exercises';
import { isExerciseStart } from './blocks';
import { say } from './cues';
import { advance, close, deliver, end, open, startRoutine } from './outcome';
import { currentExercise, nextAllowedIndex, upcomingExercise } from './progress';
import type { ResumePoint, Standing } from './resume';
import { EXERCISE_START, type Context, type Cue, type Outcome, type PainKind, type PainStep, type Session, type WorkoutEvent, type WorkoutState } from './types';

type PainCheck = Extract<WorkoutState, { kind: 'painCheck' }>;

/** The routine "go on gently" starts when no routine was running: seated only, no getting down on the floor. */
const GENTLE_ROUTINE = 'chair';

/**
 * "It hurts": stop at once and screen for red flags (docs/pain-safety.md, section 1). Nothing is counted
 * in the pain check until the user chooses to go on. Said again during the pain check, it is the same
 * episode; a second report in one session ends it, with the emergency sentence first.
 */
export function reportPain({ session, point }: Standing): Outcome {
  const { state, settings } = session;
  if (state.kind === 'painCheck') return open(session, [say('pain.heard')]);
  const reported: Session = { ...session, settings: { ...settings, painReports: settings.painReports + 1 } };
  if (settings.painReports >= 1) return end(reported, [say('pain.again'), say('pain.emergencyIfSymptoms')]);
  const running = point !== null && !beforeAnyStretch(point, session) ? point : null;
  const check: PainCheck = { kind: 'painCheck', step: 'redFlag', progress: running?.progress ?? null, resume: running?.cursor ?? null };
  const hurt = running === null ? null : currentExercise(running.progress);
  const log = hurt === null ? reported.log : { ...reported.log, hurt: [...reported.log.hurt, { exercise: hurt, leftOut: false }] };
  return open({ ...reported, state: check, log }, [say('pain.stop')]);
}

/**
 * Still in the welcome or the first exercise's set-up: no stretch has been done, so the pain is not the
 * first exercise's doing and is not remembered against it; going on means a gentle routine instead.
 */
function beforeAnyStretch(point: ResumePoint, session: Session): boolean {
  const { progress, cursor } = point;
  return cursor !== null && isExerciseStart(cursor) && progress.completed === 0
    && progress.index === nextAllowedIndex(progress, 0, session.settings);
}

/** An emergency symptom: no more exercise, get medical help now. */
export function redFlag(session: Session): Outcome {
  return close(session, [say('pain.redFlagAdvice')]);
}

/** An urgent sign: stop for today and get checked today. */
function urgentSign(session: Session): Outcome {
  return close(session, [say('pain.urgentAdvice'), say('pain.emergencyIfSymptoms')]);
}

/** Twice no clear answer to a safety question: stop for today, get checked, and what to do if it gets worse. */
function careful(session: Session): Outcome {
  return close(session, [say('pain.carefulStop'), say('pain.emergencyIfSymptoms')]);
}

/** "Stop" during the pain check: the emergency sentence still comes before goodbye. */
export function stopInPainCheck(session: Session): Outcome {
  return end(session, [say('pain.emergencyIfSymptoms')]);
}

const ask = (session: Session, state: PainCheck, step: PainStep): Outcome => open({ ...session, state: { ...state, step } }, []);

/** Every event while the pain check is open: only an answer to its question moves it on. */
export function painCheckEvent(session: Session, state: PainCheck, event: WorkoutEvent, ctx: Context): Outcome {
  if (event.type === 'help') return open(session, [say('help.pain')]);
  if (event.type === 'repeat') return open(session, []);
  switch (state.step) {
    case 'redFlag':
    case 'redFlagAgain':
      if (event.type === 'yes' || event.type === 'redFlag') return redFlag(session);
      if (event.type === 'urgentSign') return urgentSign(session);
      if (event.type === 'no') return ask(session, state, 'urgentFlag');
      return state.step === 'redFlag' ? ask(session, state, 'redFlagAgain') : careful(session);
    case 'urgentFlag':
    case 'urgentFlagAgain':
      if (event.type === 'redFlag') return redFlag(session);
      if (event.type === 'yes' || event.type === 'urgentSign') return urgentSign(session);
      if (event.type === 'no') return ask(session, state, 'kind');
      return state.step === 'urgentFlag' ? ask(session, state, 'urgentFlagAgain') : careful(session);
    case 'kind':
    case 'kindAgain':
      if (event.type === 'redFlag') return redFlag(session);
      if (event.type === 'urgentSign') return urgentSign(session);
      if (event.type === 'painKind' && event.kind !== null) return answerKind(session, state, event.kind);
      // Not sure whether it is sharp, twice: treated as sharp, the careful answer.
      return state.step === 'kind' ? ask(session, state, 'kindAgain') : answerKind(session, state, 'sharp');
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
  if (event.type === 'redFlag') return redFlag(session);
  if (event.type === 'urgentSign') return urgentSign(session);
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

/** After mild pain with no routine running (or before any stretch), going on means the gentle routine, eased. */
function gentleRoutine(session: Session, ctx: Context): Outcome {
  return startRoutine(session, GENTLE_ROUTINE, ctx, [say('pain.gentleRoutine')]);
}
