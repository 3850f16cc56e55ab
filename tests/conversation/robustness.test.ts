/**
 * What comes from outside cannot be trusted: session attributes (they travel through Alexa), intent names
 * (a model newer than the code), locales, the skill id. None of it may crash the skill.
 */
import type { LambdaHandler } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { RequestBuilder } from 'ask-sdk-test/lib/factory/RequestBuilder';
import { AttributesManagerFactory, ResponseFactory } from 'ask-sdk-core';
import { SessionEndedRequestBuilder } from 'ask-sdk-test/lib/factory/SessionEndedRequestBuilder';
import { MAX_RESPONSE_BYTES } from '../../lambda/alexa/limits';
import { apologyHandler } from '../../lambda/handlers/errors';
import { handler } from '../../lambda/index';
import { ATTRIBUTES_VERSION, writeSession } from '../../lambda/session/attributes';
import { DEFAULT_SETTINGS, NEW_SESSION } from '../../lambda/workout/types';
import { plainText, responseProblems, ssmlOf } from '../../local/envelopes/response';
import {
  Conversation,
  envelopeAt,
  expectSound,
  inSession,
  intent,
  invoke,
  launch,
  SKILL_SETTINGS,
  START_TIME,
  toTurn,
  type Turn,
} from '../support/skill';
import { countingIn, en, message } from '../support/speech';

/** One request in the middle of a session (session.new false) carrying these attributes, exactly as given. */
async function sendWith(attributes: unknown, builder: RequestBuilder, time: number = START_TIME): Promise<Turn> {
  const envelope = inSession(envelopeAt(builder, time), attributes, false);
  const response = await invoke(handler, envelope);
  expectSound(response);
  return toTurn(envelope, response);
}

/** What the same request gets in a fresh session, to compare with. */
async function fresh(builder: RequestBuilder): Promise<Turn> {
  return sendWith({}, builder);
}

const validExercising = {
  kind: 'exercising',
  progress: { routine: 'default', exercises: ['eagle_arms', 'cat_stretch'], index: 0, completed: 0 },
  delivered: { at: START_TIME - 600_000, from: { side: 0, rep: 1, heldSeconds: 0 }, marks: [], seconds: 30 },
  next: { side: 1, rep: 1, heldSeconds: 0 },
} as const;
const validSettings = { ...DEFAULT_SETTINGS, disclaimed: true };
/** Attributes the skill itself would write, for the variants below to break one thing each. */
const valid = writeSession({ ...NEW_SESSION, state: validExercising, settings: validSettings });

const CORRUPTED: readonly [string, unknown][] = [
  ['a state with nothing but its kind', { ...valid, state: { kind: 'exercising' } }],
  ['a string', 'garbage'],
  ['a number', 42],
  ['an array', [1, 2, 3]],
  ['a foreign skill\'s attributes', { score: 12, lastQuestion: 'capital of France', state: 'QUIZ' }],
  ['a future version', { ...valid, version: ATTRIBUTES_VERSION + 1 }],
  ['no settings', { ...valid, settings: undefined }],
  ['an unknown exercise id', { ...valid, state: { ...validExercising, progress: { ...validExercising.progress, exercises: ['handstand'] } } }],
  ['an index far past the routine', { ...valid, state: { ...validExercising, progress: { ...validExercising.progress, index: 40 } } }],
  ['a negative rep', { ...valid, state: { ...validExercising, next: { side: 0, rep: -3, heldSeconds: 0 } } }],
  ['a huge pain count', { ...valid, state: { kind: 'idle', offer: null }, settings: { ...validSettings, painReports: 1e9 } }],
  ['an unknown pain step', { ...valid, state: { kind: 'painCheck', step: 'whatever', progress: null, resume: null } }],
  ['a prototype-polluting key', JSON.parse(`{"__proto__": {"polluted": true}, "version": ${ATTRIBUTES_VERSION}}`)],
];

const REQUESTS: readonly [string, () => RequestBuilder][] = [
  ['next', () => intent('AMAZON.NextIntent')],
  ['resume', () => intent('AMAZON.ResumeIntent')],
  ['it hurts', () => intent('PainIntent')],
  ['help', () => intent('AMAZON.HelpIntent')],
  ['repeat', () => intent('AMAZON.RepeatIntent')],
];

describe('corrupted session attributes: treated as a new session, never a crash', () => {
  let warn: jest.SpiedFunction<typeof console.warn>;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it.each(CORRUPTED.flatMap(([label, attributes]) => REQUESTS.map(([say, build]) => [label, say, attributes, build] as const)))(
    '%s, then "%s"',
    async (_label, _say, attributes, build) => {
      const turn = await sendWith(attributes, build());
      const expected = await fresh(build());
      expect(turn.text).toBe(expected.text);
      expect(turn.ended).toBe(expected.ended);
      expect(turn.session).toEqual(expected.session);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      // The rejection is logged (without the attributes themselves), so it can be noticed in production.
      expect(warn.mock.calls.some(([line]) => String(line).includes('session-attributes-rejected'))).toBe(true);
    },
  );

  it('valid attributes that do not fit together (a rep past the exercise) still give a sensible answer', async () => {
    const attributes = { ...valid, state: { ...validExercising, next: { side: 1, rep: 99, heldSeconds: 5000 } } };
    const turn = await sendWith(attributes, intent('AMAZON.NextIntent'));
    expect(turn.ended).toBe(false);
    expect(turn.text).toContain(en.speech['hold.start']);
  });
});

describe('unknown intents, request types and locales', () => {
  it('an intent name the code does not know gets the fallback answer and a prompt', async () => {
    const turn = await new Conversation(handler).send(intent('AMAZON.ShuffleOnIntent'));
    expect(turn.text.startsWith(message('fallback'))).toBe(true);
    expect(turn.ended).toBe(false);
    expect(turn.reprompt).not.toBeNull();
  });

  it('an unknown intent mid-routine pauses the routine where it was and asks whether something hurt', async () => {
    const conversation = new Conversation(handler);
    await conversation.send(launch());
    const before = conversation.last.session?.state;
    const turn = await conversation.send(intent('SomethingNewIntent'));
    expect(turn.text).toContain(message('prompt.didSomethingHurt'));
    expect(countingIn(turn.text)).toEqual([]);
    expect(turn.session?.state).toEqual({ kind: 'paused', progress: before?.kind === 'exercising' ? before.progress : null, resume: before?.kind === 'exercising' ? before.next : null });
  });

  it.each(['zh-CN', 'xx-XX', 'english', ''])('locale %j, which the skill does not speak: answered in English', async (locale) => {
    const turn = await new Conversation(handler).send(launch({ ...SKILL_SETTINGS, locale }));
    expect(turn.text.startsWith(message('welcome'))).toBe(true);
    expect(turn.text).toContain(message('disclaimer'));
  });

  it('no locale at all: answered in English', async () => {
    const envelope = envelopeAt(launch(), START_TIME);
    Reflect.deleteProperty(envelope.request, 'locale');
    const response = await invoke(handler, envelope);
    expectSound(response);
    expect(plainText(ssmlOf(response.response.outputSpeech) ?? '').startsWith(message('welcome'))).toBe(true);
  });

  it('a request with no timestamp is answered as a calm one', async () => {
    const conversation = new Conversation(handler);
    await conversation.send(launch());
    const envelope = inSession(envelopeAt(intent('AMAZON.NextIntent'), START_TIME), conversation.last.response.sessionAttributes ?? {}, false);
    Reflect.deleteProperty(envelope.request, 'timestamp');
    const response = await invoke(handler, envelope);
    expectSound(response);
    expect(plainText(ssmlOf(response.response.outputSpeech) ?? '')).toContain(en.speech['hold.start']);
  });

  it('a request type the skill does not use (System.ExceptionEncountered) gets an empty response', async () => {
    const envelope: RequestEnvelope = envelopeAt(launch(), START_TIME);
    envelope.request = {
      type: 'System.ExceptionEncountered',
      requestId: 'EdwRequestId.test',
      timestamp: new Date(START_TIME).toISOString(),
      locale: 'en-US',
      error: { type: 'INVALID_RESPONSE', message: 'test' },
      cause: { requestId: 'EdwRequestId.earlier' },
    };
    const response = await invoke(handler, envelope);
    expect(response.response.outputSpeech).toBeUndefined();
  });

  it('an error inside the skill is apologised for, the session stays open and usable where it was', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const conversation = new Conversation(handler);
    await conversation.send(launch());
    const attributes = conversation.last.response.sessionAttributes ?? {};
    // An IntentRequest without its intent: no handler can read it.
    const envelope = inSession(envelopeAt(intent('AMAZON.NextIntent'), START_TIME + 200_000), structuredClone(attributes), false);
    Reflect.deleteProperty(envelope.request, 'intent');
    const response = await invoke(handler, envelope);
    expect(responseProblems(response)).toEqual([]);
    const text = plainText(ssmlOf(response.response.outputSpeech) ?? '');
    expect(text.startsWith(message('error.apology'))).toBe(true);
    expect(response.response.shouldEndSession).toBe(false);
    expect(text).toContain('?');
    expect(response.sessionAttributes).toEqual(attributes);
    expect(logged.mock.calls.some(([line]) => String(line).includes('unhandled-error'))).toBe(true);
    logged.mockRestore();
    // Usable: the same attributes and a proper "next" carry on with the routine.
    const next = await sendWith(response.sessionAttributes, intent('AMAZON.NextIntent'), START_TIME + 400_000);
    expect(next.text).toContain(en.speech['hold.start']);
  });

  it('forged session attributes are never echoed back, not even by the error handler', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const forged = { version: 2, junk: 'x'.repeat(200_000) };
    const envelope = inSession(envelopeAt(intent('AMAZON.NextIntent'), START_TIME), forged, false);
    Reflect.deleteProperty(envelope.request, 'intent');
    const response = await invoke(handler, envelope);
    logged.mockRestore();
    expect(JSON.stringify(response).length).toBeLessThan(MAX_RESPONSE_BYTES);
    expect(JSON.stringify(response.sessionAttributes)).not.toContain('xxxx');
    expect(responseProblems(response)).toEqual([]);
  });

  it('a SessionEndedRequest that made the skill throw is still answered without speech', () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const requestEnvelope = inSession(envelopeAt(new SessionEndedRequestBuilder(SKILL_SETTINGS, 'ERROR'), START_TIME), {}, false);
    const input = { requestEnvelope, context: {}, attributesManager: AttributesManagerFactory.init({ requestEnvelope }), responseBuilder: ResponseFactory.init() };
    const response = apologyHandler.handle(input, new Error('a planted crash'));
    logged.mockRestore();
    expect(response).toEqual({});
  });
});

describe('skill id verification (SKILL_ID)', () => {
  const saved = process.env.SKILL_ID;
  afterEach(() => {
    if (saved === undefined) delete process.env.SKILL_ID;
    else process.env.SKILL_ID = saved;
  });

  function handlerWithSkillId(skillId: string): LambdaHandler {
    process.env.SKILL_ID = skillId;
    let fresh: LambdaHandler | undefined;
    jest.isolateModules(() => {
      fresh = jest.requireActual<typeof import('../../lambda/index')>('../../lambda/index').handler;
    });
    if (fresh === undefined) throw new Error('lambda/index did not load');
    return fresh;
  }

  it('rejects a request for another skill with the ask-sdk verification error', async () => {
    const skill = handlerWithSkillId('amzn1.ask.skill.someone-else');
    await expect(invoke(skill, envelopeAt(launch(), START_TIME))).rejects.toThrow(/ID verification failed/);
  });

  it('answers a request for its own skill id', async () => {
    const skill = handlerWithSkillId(SKILL_SETTINGS.appId);
    const response = await invoke(skill, envelopeAt(launch(), START_TIME));
    expect(plainText(ssmlOf(response.response.outputSpeech) ?? '').startsWith(message('welcome'))).toBe(true);
  });

  it('without SKILL_ID, requests of any skill id are answered (verification off)', async () => {
    delete process.env.SKILL_ID;
    let fresh: LambdaHandler | undefined;
    jest.isolateModules(() => {
      fresh = jest.requireActual<typeof import('../../lambda/index')>('../../lambda/index').handler;
    });
    const other = launch({ ...SKILL_SETTINGS, appId: 'amzn1.ask.skill.someone-else' });
    const response = await invoke(fresh ?? handler, envelopeAt(other, START_TIME));
    expect(response.response.outputSpeech).toBeDefined();
  });
});
