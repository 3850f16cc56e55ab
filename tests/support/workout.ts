import { voiceFor } from '../../lambda/i18n/voice';
import { pacerFor } from '../../lambda/speech/render';
import { routineEstimator } from '../../lambda/workout/estimate';
import { dayOf } from '../../lambda/time/days';
import { transition } from '../../lambda/workout/transition';
import { NEW_SESSION, type Context, type Cue, type Outcome, type Session, type WorkoutEvent } from '../../lambda/workout/types';

export const voice = voiceFor('en-US');
export const pacer = pacerFor(voice);
export const estimator = routineEstimator(pacer);

/** Far enough apart that no request counts as a barge-in into the response before it. */
export const TURN_GAP_MS = 200_000;

export function context(now: number, sessionStart = false): Context {
  return { now, today: dayOf(now), sessionStart, pacer, estimate: estimator };
}

/** Plays events one after another, each a turn after the last, and returns every outcome. */
export function play(events: readonly WorkoutEvent[], start: Session = NEW_SESSION, t0 = 1_700_000_000_000): Outcome[] {
  const outcomes: Outcome[] = [];
  let session = start;
  events.forEach((event, i) => {
    const outcome = transition(session, event, context(t0 + i * TURN_GAP_MS));
    outcomes.push(outcome);
    session = outcome.session;
  });
  return outcomes;
}

export function last<T>(items: readonly T[]): T {
  const item = items[items.length - 1];
  if (item === undefined) throw new Error('empty list');
  return item;
}

export const holds = (cues: readonly Cue[]) => cues.filter((cue): cue is Extract<Cue, { type: 'hold' }> => cue.type === 'hold');
export const sayKeys = (cues: readonly Cue[]) => cues.flatMap((cue) => (cue.type === 'say' ? [cue.message.key] : []));
