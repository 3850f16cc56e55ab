/**
 * ask-sdk-test's AlexaTest, set up for this skill: every response of a sequence goes through the shared
 * checks (SSML Alexa accepts, a reprompt when the session stays open, no error apology), and requests are
 * stamped on a clock of our own, CALM_GAP_SECONDS apart unless a step says otherwise, so that the skill's
 * barge-in estimate (it reads request timestamps) sees a user who waited for each response to finish.
 */
import type { LambdaHandler } from 'ask-sdk-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { AlexaTest, ResponseValidator, type SequenceItem } from 'ask-sdk-test';
import type { RequestBuilder } from 'ask-sdk-test/lib/factory/RequestBuilder';
import { responseProblems } from '../../local/envelopes/response';
import { CALM_GAP_SECONDS, envelopeAt, expectSound, SKILL_SETTINGS, START_TIME } from './skill';

/** ask-sdk-test validator: runs `responseProblems` on every response of an AlexaTest sequence. */
export class AlexaResponseValidator extends ResponseValidator {
  validate(_item: SequenceItem, response: ResponseEnvelope): void {
    const problems = responseProblems(response);
    if (problems.length > 0) throw new Error(`Response breaks Alexa's rules:\n- ${problems.join('\n- ')}`);
  }
}

class SoundResponseValidator extends ResponseValidator {
  validate(_item: SequenceItem, response: ResponseEnvelope): void {
    expectSound(response);
  }
}

export function alexaTest(handler: LambdaHandler): AlexaTest {
  return new AlexaTest(handler, SKILL_SETTINGS).addValidator(new SoundResponseValidator());
}

export interface Step {
  readonly request: RequestBuilder;
  /** Seconds after the previous request (default CALM_GAP_SECONDS). */
  readonly after?: number;
  /** What the response must say about ending the session (default false: it stays open). */
  readonly shouldEndSession?: boolean;
  /** Set only with a reason, in a comment: ask-sdk-test wants a '?' exactly when the session stays open. */
  readonly ignoreQuestionCheck?: boolean;
  readonly callback?: (response: ResponseEnvelope) => void;
}

/** The steps as an AlexaTest sequence, with request timestamps on our clock. */
export function timeline(steps: readonly Step[], start: number = START_TIME): SequenceItem[] {
  let time = start;
  return steps.map((step, index) => {
    if (index > 0) time += (step.after ?? CALM_GAP_SECONDS) * 1000;
    const item: SequenceItem = { request: envelopeAt(step.request, time), shouldEndSession: step.shouldEndSession ?? false };
    if (step.ignoreQuestionCheck !== undefined) item.ignoreQuestionCheck = step.ignoreQuestionCheck;
    if (step.callback !== undefined) item.callback = step.callback;
    return item;
  });
}
