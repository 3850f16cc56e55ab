/**
 * Talking to the skill the way Alexa does: request envelopes built with ask-sdk-test's builders, sent
 * through the Lambda `handler`, with the session attributes and the request clock carried from turn to turn.
 */
import type { LambdaHandler } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope, SessionEndedReason } from 'ask-sdk-model';
import { IntentRequestBuilder } from 'ask-sdk-test/lib/factory/IntentRequestBuilder';
import { LaunchRequestBuilder } from 'ask-sdk-test/lib/factory/LaunchRequestBuilder';
import type { RequestBuilder } from 'ask-sdk-test/lib/factory/RequestBuilder';
import { SessionEndedRequestBuilder } from 'ask-sdk-test/lib/factory/SessionEndedRequestBuilder';
import type { SkillSettings } from 'ask-sdk-test/lib/types';
import { en } from '../../lambda/i18n/languages/en';
import { readSession } from '../../lambda/session/attributes';
import type { Session } from '../../lambda/workout/types';
import { CUSTOM_INTENTS, type IntentName, type SlotTypeName } from '../../lambda/alexa/intents';
import { plainText, responseProblems, ssmlOf } from '../../local/envelopes/response';

export const SKILL_SETTINGS: SkillSettings = {
  appId: 'amzn1.ask.skill.back-stretches-test',
  userId: 'amzn1.ask.account.test-user',
  deviceId: 'amzn1.ask.device.test-device',
  locale: 'en-US',
};

/** Request times start here; the skill only ever reads the request's own timestamp. */
export const START_TIME = Date.parse('2025-03-03T08:00:00.000Z');
/** Gap between turns by default: longer than any response, so no request counts as a barge-in. */
export const CALM_GAP_SECONDS = 200;

/** How a test fills a slot: a resolved id, a value entity resolution did not match, or a slot with no value. */
export type SlotFill = { readonly id: string } | { readonly noMatch: string } | { readonly empty: true };

function slotTypeOf(intent: string, slot: string): SlotTypeName | null {
  if (!(intent in CUSTOM_INTENTS)) return null;
  const specs: readonly { readonly name: string; readonly type: SlotTypeName }[] = CUSTOM_INTENTS[intent as keyof typeof CUSTOM_INTENTS];
  return specs.find((spec) => spec.name === slot)?.type ?? null;
}

/** An IntentRequest; slot types come from lambda/alexa/intents, so a slot name the model lacks fails loudly. */
export function intent(
  name: IntentName | string,
  slots: Readonly<Record<string, SlotFill>> = {},
  settings: SkillSettings = SKILL_SETTINGS,
): IntentRequestBuilder {
  const builder = new IntentRequestBuilder(settings, name);
  for (const [slot, fill] of Object.entries(slots)) {
    const type = slotTypeOf(name, slot);
    if (type === null) throw new Error(`${name} has no slot ${slot} in lambda/alexa/intents.ts`);
    if ('id' in fill) builder.withSlotResolution(slot, fill.id.replace(/_/g, ' '), type, fill.id);
    else if ('noMatch' in fill) builder.withSlotResolutionNoMatch(slot, fill.noMatch, type);
    else builder.withEmptySlot(slot);
  }
  return builder;
}

export const launch = (settings: SkillSettings = SKILL_SETTINGS): LaunchRequestBuilder => new LaunchRequestBuilder(settings);

export const sessionEnded = (reason: SessionEndedReason = 'USER_INITIATED', settings: SkillSettings = SKILL_SETTINGS) =>
  new SessionEndedRequestBuilder(settings, reason);

/** The envelope of a builder, stamped with a request time of our choosing. */
export function envelopeAt(builder: RequestBuilder, time: number): RequestEnvelope {
  const envelope = builder.build();
  envelope.request.timestamp = new Date(time).toISOString();
  return envelope;
}

/**
 * Puts the envelope in a session: new or not, carrying these attributes exactly as given (even ones that
 * are not an object, to test what the skill does with them).
 */
export function inSession(envelope: RequestEnvelope, attributes: unknown, isNew: boolean, sessionId?: string): RequestEnvelope {
  const { session } = envelope;
  if (session === undefined) throw new Error('The builder made an envelope without a session');
  session.new = isNew;
  if (sessionId !== undefined) session.sessionId = sessionId;
  Reflect.set(session, 'attributes', attributes);
  return envelope;
}

function isResponseEnvelope(value: unknown): value is ResponseEnvelope {
  return typeof value === 'object' && value !== null && 'response' in value && typeof value.response === 'object';
}

/** Runs the Lambda handler on one envelope, as Lambda would. Rejects with the skill's error, if any. */
export function invoke(handler: LambdaHandler, envelope: RequestEnvelope): Promise<ResponseEnvelope> {
  return new Promise((resolve, reject) => {
    handler(envelope, {}, (error: Error | null, result?: unknown) => {
      if (error) reject(error);
      else if (isResponseEnvelope(result)) resolve(result);
      else reject(new Error(`The handler answered with something that is not a response: ${JSON.stringify(result)}`));
    });
  });
}

/** One request and the skill's answer, in the forms the tests look at. */
export interface Turn {
  readonly request: RequestEnvelope;
  readonly response: ResponseEnvelope;
  /** The outputSpeech SSML ('' when there is none). */
  readonly ssml: string;
  /** What Alexa says, tags stripped. */
  readonly text: string;
  /** What Alexa says again when the user is silent, or null. */
  readonly reprompt: string | null;
  readonly ended: boolean;
  /** The workout session the skill stored, parsed by the skill's own schema; null when the session ended. */
  readonly session: Session | null;
  /** Request time, epoch ms. */
  readonly time: number;
}

/** The stored workout session of a response: it must be one the skill itself accepts back. */
export function storedSession(response: ResponseEnvelope): Session {
  const { session, problem } = readSession(response.sessionAttributes ?? {});
  if (problem !== null) throw new Error(`The skill stored session attributes it would reject: ${problem}`);
  return session;
}

export function toTurn(request: RequestEnvelope, response: ResponseEnvelope): Turn {
  const ssml = ssmlOf(response.response.outputSpeech) ?? '';
  const reprompt = ssmlOf(response.response.reprompt?.outputSpeech);
  const ended = response.response.shouldEndSession !== false;
  return {
    request,
    response,
    ssml,
    text: plainText(ssml),
    reprompt: reprompt === null ? null : plainText(reprompt),
    ended,
    session: ended ? null : storedSession(response),
    time: Date.parse(request.request.timestamp),
  };
}

/** Checks every response must pass: Alexa would accept it, and the skill did not fall into its error handler. */
export function expectSound(response: ResponseEnvelope): void {
  expect(responseProblems(response)).toEqual([]);
  expect(plainText(ssmlOf(response.response.outputSpeech) ?? '')).not.toContain(en.messages['error.apology']);
}

export interface SendOptions {
  /** Seconds after the previous request (default CALM_GAP_SECONDS). */
  readonly after?: number;
  /** Absolute request time, epoch ms (wins over `after`). */
  readonly at?: number;
}

/**
 * One Alexa session: each request carries the attributes of the previous response, `session.new` is true
 * only on the first one, and the request clock moves on by `after` seconds per turn.
 */
export class Conversation {
  readonly turns: Turn[] = [];
  private attributes: Record<string, unknown> = {};
  private time: number;
  private sessionId = `SessionId.test-${Math.random().toString(36).slice(2)}`;

  constructor(
    private readonly handler: LambdaHandler,
    start: number = START_TIME,
  ) {
    this.time = start;
  }

  get last(): Turn {
    const turn = this.turns[this.turns.length - 1];
    if (turn === undefined) throw new Error('Nothing was said yet');
    return turn;
  }

  /** Time of the last request, epoch ms. */
  get now(): number {
    return this.time;
  }

  /** A copy of this conversation so far, to try different next requests from the same point. */
  fork(): Conversation {
    const copy = new Conversation(this.handler, this.time);
    copy.turns.push(...this.turns);
    copy.attributes = structuredClone(this.attributes);
    copy.sessionId = this.sessionId;
    return copy;
  }

  async send(builder: RequestBuilder, options: SendOptions = {}): Promise<Turn> {
    if (this.turns.length > 0 && this.last.ended) throw new Error('The session has ended; start a new Conversation');
    const time = options.at ?? (this.turns.length === 0 ? this.time : this.time + (options.after ?? CALM_GAP_SECONDS) * 1000);
    const envelope = inSession(envelopeAt(builder, time), structuredClone(this.attributes), this.turns.length === 0, this.sessionId);
    const response = await invoke(this.handler, envelope);
    expectSound(response);
    this.time = time;
    this.attributes = structuredClone(response.sessionAttributes ?? {});
    const turn = toTurn(envelope, response);
    this.turns.push(turn);
    return turn;
  }
}
