/**
 * Request envelopes for fuzzing: every request type, known and unknown intents, random and missing slots
 * and resolutions, session attributes the skill wrote (from random conversations) and corrupted or
 * foreign ones, unknown locales, huge strings, missing fields.
 */
import fc from 'fast-check';
import type { LambdaHandler } from 'ask-sdk-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { EXERCISE_IDS } from '../../lambda/catalog/exercises';
import { ROUTINE_IDS } from '../../lambda/catalog/routines';
import { SUPPORTED_LOCALES } from '../../lambda/i18n/load';
import { writeSession } from '../../lambda/session/attributes';
import { transition } from '../../lambda/workout/transition';
import { NEW_SESSION } from '../../lambda/workout/types';
import { BUILT_IN_INTENTS, CUSTOM_INTENTS } from '../../lambda/alexa/intents';
import { responseProblems } from '../../local/envelopes/response';
import { workoutEvent } from '../../local/fuzz/events';
import { context } from './workout';

const INTENTS = [...Object.keys(CUSTOM_INTENTS), ...BUILT_IN_INTENTS];
const REQUEST_TYPES = [
  'LaunchRequest', 'IntentRequest', 'SessionEndedRequest', 'Alexa.Presentation.APL.UserEvent',
  'System.ExceptionEncountered', 'CanFulfillIntentRequest', 'Connections.Response', 'Messaging.MessageReceived',
];
const SLOT_NAMES = ['exercise', 'routine', 'painKind', 'other'];
const IDS = [...EXERCISE_IDS, ...ROUTINE_IDS, 'sharp', 'mild', 'handstand', '__proto__', 'constructor'];
const STATUS = ['ER_SUCCESS_MATCH', 'ER_SUCCESS_NO_MATCH', 'ER_ERROR_TIMEOUT', 'ER_ERROR_EXCEPTION'];

const huge = fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'x'.repeat(n));
const text = fc.oneof({ weight: 4, arbitrary: fc.string() }, { weight: 1, arbitrary: fc.string({ unit: 'binary' }) }, { weight: 1, arbitrary: huge });
/** Sometimes the field is missing, sometimes it is some other JSON value. */
const maybe = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 8, arbitrary }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.jsonValue() });

const slot = fc.record({
  name: fc.constantFrom(...SLOT_NAMES),
  value: maybe(text),
  confirmationStatus: fc.constant('NONE'),
  resolutions: maybe(fc.record({
    resolutionsPerAuthority: fc.array(fc.record({
      authority: fc.string(),
      status: fc.record({ code: fc.constantFrom(...STATUS) }),
      values: fc.array(fc.record({ value: fc.record({ name: text, id: maybe(fc.constantFrom(...IDS)) }) }), { maxLength: 3 }),
    }), { maxLength: 2 }),
  })),
});

/** Attributes the skill itself wrote after a random conversation: reach deep states fast. */
const realAttributes = fc.tuple(fc.array(workoutEvent, { maxLength: 12 }), fc.integer({ min: 0, max: 200 })).map(([events, gap]) => {
  let session = NEW_SESSION;
  let now = 1_900_000_000_000;
  for (const e of events) {
    now += gap * 1000;
    const outcome = transition(session, e, context(now));
    if (!outcome.reply.end) session = outcome.session;
  }
  return writeSession(session);
});

const attributes = fc.oneof(
  { weight: 4, arbitrary: realAttributes },
  { weight: 1, arbitrary: realAttributes.chain((real) => fc.record({ key: fc.constantFrom(...Object.keys(real)), value: fc.jsonValue() }).map(({ key, value }) => ({ ...real, [key]: value }))) },
  { weight: 1, arbitrary: fc.dictionary(fc.string(), fc.jsonValue()) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const locale = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SUPPORTED_LOCALES) },
  { weight: 1, arbitrary: fc.constantFrom('xx-YY', 'en', 'EN-us', 'de_DE', '', 'zh-CN') },
  { weight: 1, arbitrary: text },
);

const timestamp = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1_700_000_000_000, max: 2_000_000_000_000 }).map((ms) => new Date(ms).toISOString()) },
  { weight: 1, arbitrary: text },
);

export const envelope = fc.record({
  version: maybe(fc.constant('1.0')),
  session: maybe(fc.record({
    new: fc.boolean(),
    sessionId: fc.string(),
    application: fc.record({ applicationId: fc.string() }),
    user: fc.record({ userId: fc.oneof(fc.constant('amzn1.ask.account.fuzz'), text) }),
    attributes,
  })),
  context: maybe(fc.record({
    System: fc.record({
      application: fc.record({ applicationId: fc.string() }),
      user: fc.record({ userId: fc.constant('amzn1.ask.account.fuzz') }),
      device: fc.record({
        deviceId: fc.string(),
        supportedInterfaces: fc.oneof(fc.constant({}), fc.constant({ 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.2' } } }), fc.jsonValue()),
      }),
      apiEndpoint: fc.constant('https://api.amazonalexa.com'),
    }),
  })),
  request: maybe(fc.record({
    type: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...REQUEST_TYPES) }, { weight: 1, arbitrary: text }),
    requestId: fc.string(),
    timestamp,
    locale,
    reason: maybe(fc.constantFrom('USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS')),
    arguments: maybe(fc.array(fc.oneof(fc.constantFrom('pain', 'pause', 'resume', 'next'), fc.jsonValue()), { maxLength: 3 })),
    intent: maybe(fc.record({
      name: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...INTENTS) }, { weight: 1, arbitrary: text }),
      confirmationStatus: fc.constant('NONE'),
      slots: maybe(fc.array(slot, { maxLength: 3 }).map((slots) => Object.fromEntries(slots.map((s) => [s.name, s])))),
    })),
  })),
});

/** Runs one envelope through the Lambda handler: a crash, a missing response or one Alexa would refuse are problems. */
export async function fuzzProblems(handler: LambdaHandler, request: unknown): Promise<string[]> {
  const response = await new Promise<ResponseEnvelope | undefined>((resolve, reject) => {
    const lambdaContext = { functionName: 'fuzz', getRemainingTimeInMillis: () => 8000 };
    handler(request as never, lambdaContext, (error: Error | null, value?: ResponseEnvelope) => (error ? reject(error) : resolve(value)));
  }).catch((error: unknown) => {
    throw new Error(`the handler failed: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (response === undefined || response === null) return ['no response'];
  const problems = responseProblems(response);
  const size = JSON.stringify(response).length;
  if (size > 120 * 1024) problems.push(`response of ${size} bytes`);
  return problems;
}
