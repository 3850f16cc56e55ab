import type { IntentRequest, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { SPEECH_START_DELAY_SECONDS } from '../../lambda/workout/barge-in';
import { handler } from '../../lambda/index';
import { loadInteractionModel } from '../../local/model/interaction-model';
import { lambdaInvoke } from '../../local/simulator/cli';
import { SIMULATOR_SKILL_ID } from '../../local/envelopes/request';
import { readable } from '../../local/simulator/ssml';
import { LISTEN_SECONDS } from '../../lambda/alexa/limits';
import { SKILL_PROBLEM_SPEECH, Simulator, THINK_SECONDS, type Invoke, type Turn } from '../../local/simulator/simulator';

const model = loadInteractionModel('en-US');
const START = Date.UTC(2030, 0, 1, 8, 0, 0);

/** A simulator on the real skill, recording every envelope it sends. */
function recording(invoke: Invoke = lambdaInvoke(handler)) {
  const sent: RequestEnvelope[] = [];
  const simulator = new Simulator({
    model,
    now: () => START,
    invoke: (request) => {
      sent.push(request);
      return invoke(request);
    },
  });
  return { simulator, sent };
}

function said(turn: Turn): string {
  return turn.speech === null ? '' : readable(turn.speech);
}

function intentOf(request: RequestEnvelope): IntentRequest {
  if (request.request.type !== 'IntentRequest') throw new Error(`expected an IntentRequest, got ${request.request.type}`);
  return request.request;
}

const response = (body: ResponseEnvelope['response'], sessionAttributes: Record<string, unknown> = {}): ResponseEnvelope => ({
  version: '1.0',
  response: body,
  sessionAttributes,
});

describe('the simulator as a device', () => {
  it('"start my back stretches" sends a LaunchRequest in a new session and the skill welcomes the user', async () => {
    const { simulator, sent } = recording();
    const turn = await simulator.say('start my back stretches');
    expect(turn.heard).toEqual({ kind: 'launch' });
    expect(turn.newSession).toBe(true);
    expect(said(turn)).toMatch(/^Welcome to Back Stretches\./);
    expect(turn.sessionOpen).toBe(true);
    const [launch] = sent;
    expect(launch).toMatchObject({
      version: '1.0',
      session: { new: true, application: { applicationId: process.env.SKILL_ID ?? SIMULATOR_SKILL_ID } },
      context: { System: { device: { supportedInterfaces: {} } } },
      request: { type: 'LaunchRequest', locale: 'en-US', timestamp: '2030-01-01T08:00:02Z' },
    });
    expect(launch?.session?.attributes).toBeUndefined();
  });

  it('carries the session, its attributes and the user id to the next turn, like a device', async () => {
    const { simulator, sent } = recording();
    const first = await simulator.say('Alexa, open my back stretches');
    const second = await simulator.say('Alexa, next');
    expect(second.heard).toMatchObject({ kind: 'intent', intent: 'AMAZON.NextIntent', matched: true });
    const [launch, next] = sent;
    expect(next?.session?.new).toBe(false);
    expect(next?.session?.sessionId).toBe(launch?.session?.sessionId);
    expect(next?.session?.user.userId).toBe(launch?.session?.user.userId);
    expect(next?.context.System.user.userId).toBe(launch?.context.System.user.userId);
    expect(next?.session?.attributes).toEqual(first.exchanges[0]?.response?.sessionAttributes);
    expect(said(second)).toMatch(/Hold\.(?: …)? two(?: …)? three/);
  });

  it('stamps the next request after the last answer has been spoken, so "next" is no barge-in', async () => {
    const { simulator, sent } = recording();
    const launch = await simulator.say('open my back stretches');
    await simulator.say('next');
    const gap = (Date.parse(sent[1]!.request.timestamp) - Date.parse(sent[0]!.request.timestamp)) / 1000;
    expect(gap).toBeGreaterThanOrEqual(SPEECH_START_DELAY_SECONDS + launch.speech!.seconds + THINK_SECONDS);
    expect(gap).toBeLessThan(SPEECH_START_DELAY_SECONDS + launch.speech!.seconds + THINK_SECONDS + 1);
    expect(sent[1]!.request.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('"@N" words go N seconds after the last request: the skill takes them as a barge-in during the hold', async () => {
    const { simulator, sent } = recording();
    await simulator.say('open my back stretches');
    const hold = await simulator.say('next');
    expect(said(hold)).toContain('Hold.');
    const exercising = simulator.attributes;
    const hurt = await simulator.say('it hurts', { secondsAfterLastRequest: 8 });
    expect(Date.parse(sent[2]!.request.timestamp) - Date.parse(sent[1]!.request.timestamp)).toBe(8000);
    expect(hurt.heard).toMatchObject({ intent: 'PainIntent' });
    // Cut off mid-hold, the skill keeps the rep it interrupted, not the one after the hold.
    const resume = (simulator.attributes as { state?: { resume?: unknown } }).state?.resume;
    const next = (exercising as { state?: { next?: unknown } }).state?.next;
    expect(resume).toBeDefined();
    expect(resume).not.toEqual(next);
  });

  it('"ask my back stretches how to do cobra" is a one-shot IntentRequest with the exercise resolved', async () => {
    const { simulator, sent } = recording();
    const turn = await simulator.say('Alexa, ask my back stretches how to do cobra');
    expect(turn.newSession).toBe(true);
    const request = sent[0]!;
    expect(request.session?.new).toBe(true);
    expect(intentOf(request).intent).toEqual({
      name: 'HowToIntent',
      confirmationStatus: 'NONE',
      slots: {
        exercise: {
          name: 'exercise',
          value: 'cobra',
          confirmationStatus: 'NONE',
          resolutions: {
            resolutionsPerAuthority: [
              {
                authority: `amzn1.er-authority.echo-sdk.${request.context.System.application.applicationId}.ExerciseType`,
                status: { code: 'ER_SUCCESS_MATCH' },
                values: [{ value: { name: 'cobra stretch', id: 'cobra_stretch' } }],
              },
            ],
          },
          slotValue: expect.objectContaining({ type: 'Simple', value: 'cobra' }),
        },
      },
    });
    expect(said(turn)).toMatch(/cobra/i);
    // A one-shot question is answered and the session closes.
    expect(turn.sessionOpen).toBe(false);
  });

  it('sends ER_SUCCESS_NO_MATCH without values for an exercise the model does not know', async () => {
    const { simulator, sent } = recording();
    await simulator.say('open my back stretches');
    await simulator.say('how do I do the pigeon pose');
    const exercise = intentOf(sent[1]!).intent.slots?.exercise;
    expect(exercise?.value).toBe('pigeon pose');
    expect(exercise?.resolutions?.resolutionsPerAuthority?.[0]).toEqual({
      authority: expect.stringMatching(/\.ExerciseType$/),
      status: { code: 'ER_SUCCESS_NO_MATCH' },
    });
  });

  it('sends AMAZON.FallbackIntent for words that match no sample, and marks the turn as unmatched', async () => {
    const { simulator, sent } = recording();
    await simulator.say('open my back stretches');
    const turn = await simulator.say('what is the weather in Paris');
    expect(intentOf(sent[1]!).intent.name).toBe('AMAZON.FallbackIntent');
    expect(turn.heard).toMatchObject({ kind: 'intent', intent: 'AMAZON.FallbackIntent', matched: false });
    expect(turn.problem).toMatch(/matched no sample/);
    expect(turn.sessionOpen).toBe(true);
  });

  it('sends nothing for unmatched words when the model has no AMAZON.FallbackIntent, and fails the turn', async () => {
    const invoke = jest.fn(lambdaInvoke(handler));
    const simulator = new Simulator({ model: { ...model, intents: model.intents.filter((intent) => intent.name !== 'AMAZON.FallbackIntent') }, invoke });
    await simulator.say('open my back stretches');
    const turn = await simulator.say('what is the weather in Paris');
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(turn.problem).toBe('no intent matched');
    expect(turn.notes.join(' ')).toMatch(/no AMAZON\.FallbackIntent/);
  });

  it('with no session open, plain words go to the skill as a one-shot, and say so', async () => {
    const { simulator, sent } = recording();
    const turn = await simulator.say('how do I do cobra');
    expect(sent[0]?.session?.new).toBe(true);
    expect(intentOf(sent[0]!).intent.name).toBe('HowToIntent');
    expect(turn.notes.join(' ')).toMatch(/No session is open/);
  });

  it('a launch while a session is open starts a new session', async () => {
    const { simulator, sent } = recording();
    await simulator.say('open my back stretches');
    const again = await simulator.say('open my back stretches');
    expect(again.newSession).toBe(true);
    expect(sent[1]?.session?.new).toBe(true);
    expect(sent[1]?.session?.sessionId).not.toBe(sent[0]?.session?.sessionId);
    expect(sent[1]?.session?.user.userId).toBe(sent[0]?.session?.user.userId);
  });

  it('silence plays the reprompt, and silence again times the session out with EXCEEDED_MAX_REPROMPTS', async () => {
    const { simulator, sent } = recording();
    const launch = await simulator.say('open my back stretches');
    const reprompt = await simulator.silence();
    expect(reprompt.heard).toEqual({ kind: 'reprompt' });
    expect(said(reprompt)).toMatch(/Say next/);
    expect(sent).toHaveLength(1);
    const timeout = await simulator.silence();
    expect(timeout.heard).toEqual({ kind: 'session-ended', reason: 'EXCEEDED_MAX_REPROMPTS' });
    expect(timeout.speech).toBeNull();
    expect(timeout.sessionOpen).toBe(false);
    const ended = sent[1]!;
    expect(ended.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
    const waited = (Date.parse(ended.request.timestamp) - Date.parse(sent[0]!.request.timestamp)) / 1000;
    expect(waited).toBeGreaterThanOrEqual(Math.floor(SPEECH_START_DELAY_SECONDS + launch.speech!.seconds + 2 * LISTEN_SECONDS + reprompt.speech!.seconds));
  });

  it('"exit" during a session ends it with a SessionEndedRequest (USER_INITIATED), as an Echo does', async () => {
    const { simulator, sent } = recording();
    await simulator.say('open my back stretches');
    const turn = await simulator.say('Alexa, exit');
    expect(sent[1]?.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
    expect(turn.speech).toBeNull();
    expect(simulator.sessionOpen).toBe(false);
  });

  it('a skill that throws gets Alexa’s apology, a SessionEndedRequest with ERROR, and a failed turn', async () => {
    const { simulator, sent } = recording(async (request) => {
      if (request.request.type === 'SessionEndedRequest') return response({});
      throw new Error('boom');
    });
    const turn = await simulator.say('open my back stretches');
    expect(turn.problem).toMatch(/boom/);
    expect(said(turn)).toBe(SKILL_PROBLEM_SPEECH);
    expect(sent[1]?.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'ERROR', error: { type: 'INVALID_RESPONSE' } });
    expect(turn.sessionOpen).toBe(false);
  });

  it('a response Alexa would refuse (a break over 10 s, more than 120 KB) fails the turn', async () => {
    const badBreak = recording(async () => response({ outputSpeech: { type: 'SSML', ssml: '<speak>Hold <break time="12s"/></speak>' }, shouldEndSession: false }));
    expect((await badBreak.simulator.say('open my back stretches')).problem).toMatch(/longest break/);
    const huge = recording(async () => response({ outputSpeech: { type: 'PlainText', text: 'Hi' }, shouldEndSession: false }, { blob: 'x'.repeat(130 * 1024) }));
    expect((await huge.simulator.say('open my back stretches')).problem).toMatch(/bytes/);
  });

  it('reports the card title, and an unset shouldEndSession closes the session on a device without a screen', async () => {
    const { simulator } = recording(async () => response({ outputSpeech: { type: 'PlainText', text: 'Done.' }, card: { type: 'Simple', title: 'Your stretches', content: 'Five stretches' } }));
    const turn = await simulator.say('open my back stretches');
    expect(turn.card).toBe('Your stretches');
    expect(turn.sessionOpen).toBe(false);
  });

  it('in real time, stamps requests with the real clock', async () => {
    let now = START;
    const sent: RequestEnvelope[] = [];
    const simulator = new Simulator({
      model,
      realtime: true,
      now: () => now,
      invoke: (request) => {
        sent.push(request);
        return lambdaInvoke(handler)(request);
      },
    });
    await simulator.say('open my back stretches');
    now += 5_000;
    await simulator.say('it hurts');
    expect(sent.map((request) => request.request.timestamp)).toEqual(['2030-01-01T08:00:00Z', '2030-01-01T08:00:05Z']);
  });
});
