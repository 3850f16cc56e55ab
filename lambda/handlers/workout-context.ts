import type { RequestEnvelope } from 'ask-sdk-model';
import type { Voice } from '../i18n/voice';
import { pacerFor } from '../speech/render';
import { dayOf } from '../time/days';
import { knownLengths } from '../workout/built-lengths';
import { routineEstimator, type RoutineEstimator } from '../workout/estimate';
import type { Context } from '../workout/types';

/** Alexa's own tolerance for a request's timestamp (docs/alexa-platform.md, section 6). */
const TIMESTAMP_TOLERANCE_MS = 150_000;

/** The request's own time: barge-in estimates depend on it, and it does not drift with Lambda's clock. */
export function requestTime(envelope: RequestEnvelope): number {
  const stamped = Date.parse(envelope.request?.timestamp ?? '');
  return Number.isFinite(stamped) ? stamped : Date.now();
}

/**
 * The calendar day of a request, for what is stored: a timestamp from the future (a forged or broken
 * envelope) or none at all is not believed, and Lambda's clock says what day it is.
 */
export function requestDay(envelope: RequestEnvelope, now: number = Date.now()): string {
  const stamped = Date.parse(envelope.request?.timestamp ?? '');
  return dayOf(Number.isFinite(stamped) && stamped <= now + TIMESTAMP_TOLERANCE_MS ? stamped : now);
}

/** One estimator per voice, so what it has measured lasts across requests; the build's table seeds it. */
const estimators = new Map<string, RoutineEstimator>();

function estimatorFor(voice: Voice): RoutineEstimator {
  let estimator = estimators.get(voice.locale);
  if (estimator === undefined) {
    estimator = routineEstimator(pacerFor(voice), knownLengths(voice.locale));
    estimators.set(voice.locale, estimator);
  }
  return estimator;
}

/** What the workout needs to know about this request besides the session: when, and how long things take to say. */
export function workoutContext(envelope: RequestEnvelope, voice: Voice): Context {
  return { ...contextAt(requestTime(envelope), envelope.session?.new === true, voice), today: requestDay(envelope) };
}

/** The same at a time of the caller's choosing: the fuzzer plays events as the skill would, without a request. */
export function contextAt(now: number, sessionStart: boolean, voice: Voice): Context {
  return { now, today: dayOf(now), sessionStart, pacer: pacerFor(voice), estimate: estimatorFor(voice) };
}
