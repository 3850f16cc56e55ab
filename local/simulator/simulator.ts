/**
 * A pretend Echo without a screen: it hears typed words, turns them into the requests Alexa would
 * send (through the project's own interaction model and the matcher), hands them to the skill, and
 * keeps what a device keeps between turns: the session, its attributes, the user and the clock.
 * No I/O here: the console loops, real-time playback and espeak live in console.ts, player.ts and cli.ts.
 */
import type { Request, RequestEnvelope, ResponseEnvelope, SessionEndedReason, ui } from 'ask-sdk-model';
import { SPEECH_START_DELAY_SECONDS } from '../../lambda/workout/barge-in';
import { FALLBACK_INTENT } from '../matcher/built-ins';
import { fold } from '../matcher/fold';
import { compileMatcher, type Matcher, type Understanding } from '../matcher/matcher';
import type { InteractionModel } from '../model/interaction-model';
import {
  envelope,
  intentRequest,
  launchRequest,
  newDevice,
  newSession,
  sessionEndedRequest,
  type Device,
  type SessionState,
} from '../envelopes/request';
import { parseInvocation } from './invocation';
import { parsePlainText, parseSsml, plainTextSpeech, SsmlError, type Speech } from './ssml';
import { LISTEN_SECONDS, MAX_RESPONSE_BYTES, TURN_LIMIT_SECONDS } from '../../lambda/alexa/limits';

/** Sends one request envelope to the skill and returns its response envelope. */
export type Invoke = (request: RequestEnvelope) => Promise<ResponseEnvelope>;

/** In simulated time, the user answers this long after Alexa stops talking: clearly not a barge-in. */
export const THINK_SECONDS = 2;
/** What an Echo says when a skill's response is unusable. */
export const SKILL_PROBLEM_SPEECH = "There was a problem with the requested skill's response";

export interface SimulatorOptions {
  readonly model: InteractionModel;
  readonly invoke: Invoke;
  /**
   * Request timestamps from the real clock (`--realtime`). Otherwise a simulated clock starts at the
   * real time and moves on by each response's spoken length, so turns take no time to run.
   */
  readonly realtime?: boolean;
  /** The real clock, epoch ms. */
  readonly now?: () => number;
  readonly device?: Device;
}

/** What Alexa made of a turn, before the skill answered. */
export type Heard =
  | { readonly kind: 'launch' }
  | {
      readonly kind: 'intent';
      readonly intent: string;
      readonly understanding: Understanding;
      /** False when nothing in the model matched and Alexa sent AMAZON.FallbackIntent. */
      readonly matched: boolean;
    }
  | { readonly kind: 'session-ended'; readonly reason: SessionEndedReason }
  | { readonly kind: 'reprompt' }
  | { readonly kind: 'nothing' };

export interface Exchange {
  readonly request: RequestEnvelope;
  /** null when the skill failed to answer. */
  readonly response: ResponseEnvelope | null;
}

export interface Turn {
  /** What the user typed; empty for silence. */
  readonly input: string;
  readonly heard: Heard;
  /** True when the turn opened a new session. */
  readonly newSession: boolean;
  readonly exchanges: readonly Exchange[];
  /** What Alexa says now, if anything. */
  readonly speech: Speech | null;
  readonly card: string | null;
  /** Whether the microphone opens for an answer after the speech. */
  readonly sessionOpen: boolean;
  /** Simulator remarks: how the words were taken, warnings about the response. */
  readonly notes: readonly string[];
  /** Why the turn counts as failed (no intent matched, the skill failed), or null. */
  readonly problem: string | null;
  /** Timestamp of the turn's request (epoch ms), or null when nothing was sent. */
  readonly at: number | null;
}

export interface SayOptions {
  /**
   * Send the words this many seconds after the previous request, while its response is still
   * playing: a barge-in at a known point, without waiting in real time.
   */
  readonly secondsAfterLastRequest?: number;
}

/** Words an Echo handles itself during a session: the session just ends (USER_INITIATED). */
const EXIT_WORDS = new Set(['exit', 'quit']);

interface Outcome {
  readonly exchanges: Exchange[];
  readonly speech: Speech | null;
  readonly card: string | null;
  readonly notes: string[];
  readonly problem: string | null;
}

export class Simulator {
  readonly model: InteractionModel;
  readonly device: Device;
  private readonly matcher: Matcher;
  private readonly invoke: Invoke;
  private readonly realtime: boolean;
  private readonly now: () => number;
  private session: SessionState | null = null;
  /** The open session's reprompt, and whether it has been played since the user last spoke. */
  private reprompt: Speech | null = null;
  private reprompted = false;
  private lastRequestAt: number | null = null;
  /** Simulated time at which Alexa is quiet again and the user may speak. */
  private quietAt: number;

  constructor(options: SimulatorOptions) {
    this.model = options.model;
    this.matcher = compileMatcher(options.model);
    this.invoke = options.invoke;
    this.realtime = options.realtime ?? false;
    this.now = options.now ?? Date.now;
    this.device = options.device ?? newDevice(options.model.locale);
    this.quietAt = Math.floor(this.now() / 1000) * 1000;
  }

  get sessionOpen(): boolean {
    return this.session !== null;
  }

  /** The session attributes the skill last set, as the next request will carry them. */
  get attributes(): Readonly<Record<string, unknown>> {
    return this.session?.attributes ?? {};
  }

  /** The user says `text`. */
  async say(text: string, options: SayOptions = {}): Promise<Turn> {
    const invocation = parseInvocation(text, this.model.invocationName, this.model.locale);
    const at = this.requestTime(options);
    switch (invocation.kind) {
      case 'empty':
        return this.nothing(text, 'Alexa heard only the wake word; say something after it.');
      case 'launch':
        return this.openSession(text, at, { kind: 'launch' }, launchRequest(this.device, at), []);
      case 'one-shot':
        return this.oneShot(text, at, this.understand(invocation.utterances), []);
      case 'utterance': {
        const exit = EXIT_WORDS.has(fold(invocation.utterance, this.model.locale));
        if (this.session === null) {
          if (exit) return this.nothing(text, 'No session is open: there is nothing to exit.');
          const note = `No session is open, so this was sent as "ask ${this.model.invocationName} ${invocation.utterance}".`;
          return this.oneShot(text, at, this.understand([invocation.utterance]), [note]);
        }
        if (exit) return this.endSession(text, at, 'USER_INITIATED');
        return this.inSession(text, at, this.understand([invocation.utterance]));
      }
    }
  }

  /**
   * The user says nothing while the microphone is open: Alexa plays the reprompt, and when the
   * user is silent again (or there is no reprompt), the session times out.
   */
  async silence(): Promise<Turn> {
    if (this.session === null) return this.nothing('', 'No session is open: Alexa is not listening.');
    const listenedUntil = this.realtime ? this.now() : this.quietAt + LISTEN_SECONDS * 1000;
    if (this.reprompt !== null && !this.reprompted) {
      this.reprompted = true;
      this.quietAt = listenedUntil + this.reprompt.seconds * 1000;
      return {
        input: '',
        heard: { kind: 'reprompt' },
        newSession: false,
        exchanges: [],
        speech: this.reprompt,
        card: null,
        sessionOpen: true,
        notes: [],
        problem: null,
        at: null,
      };
    }
    return this.endSession('', listenedUntil, 'EXCEEDED_MAX_REPROMPTS');
  }

  private understand(utterances: readonly string[]): Understanding {
    for (const utterance of utterances) {
      const understanding = this.matcher.match(utterance);
      if (understanding.kind === 'intent') return understanding;
    }
    return { kind: 'none' };
  }

  private requestTime(options: SayOptions): number {
    if (this.realtime) return this.now();
    if (options.secondsAfterLastRequest !== undefined && this.lastRequestAt !== null) {
      return this.lastRequestAt + options.secondsAfterLastRequest * 1000;
    }
    // Whole seconds, as Alexa stamps them, so truncation cannot pull a request back into the speech.
    return Math.ceil((this.quietAt + THINK_SECONDS * 1000) / 1000) * 1000;
  }

  private heardIntent(understanding: Understanding): Heard & { kind: 'intent' } {
    return understanding.kind === 'intent'
      ? { kind: 'intent', intent: understanding.intent, understanding, matched: true }
      : { kind: 'intent', intent: FALLBACK_INTENT, understanding, matched: false };
  }

  private intentRequestFor(heard: Heard & { kind: 'intent' }, at: number): Request {
    const slots = heard.understanding.kind === 'intent' ? heard.understanding.slots : [];
    return intentRequest(this.device, at, heard.intent, slots);
  }

  private async oneShot(input: string, at: number, understanding: Understanding, notes: string[]): Promise<Turn> {
    const heard = this.heardIntent(understanding);
    if (!this.hasIntent(heard.intent)) return this.unheard(input, notes);
    return this.openSession(input, at, heard, this.intentRequestFor(heard, at), notes);
  }

  private async inSession(input: string, at: number, understanding: Understanding): Promise<Turn> {
    const heard = this.heardIntent(understanding);
    if (!this.hasIntent(heard.intent)) return this.unheard(input, []);
    const outcome = await this.exchange(this.intentRequestFor(heard, at), at);
    return this.turn(input, heard, false, at, outcome, []);
  }

  /** A launch or one-shot: a new session, even when one was open (the user started the skill again). */
  private async openSession(input: string, at: number, heard: Heard, request: Request, notes: string[]): Promise<Turn> {
    const relaunch = this.session !== null ? ['Invoking the skill again left the open session behind and started a new one.'] : [];
    this.session = newSession();
    const outcome = await this.exchange(request, at);
    return this.turn(input, heard, true, at, outcome, [...relaunch, ...notes]);
  }

  private async endSession(input: string, at: number, reason: SessionEndedReason): Promise<Turn> {
    const outcome = await this.exchange(sessionEndedRequest(this.device, at, reason), at);
    return this.turn(input, { kind: 'session-ended', reason }, false, at, outcome, []);
  }

  private hasIntent(name: string): boolean {
    return this.model.intents.some((intent) => intent.name === name);
  }

  /** Nothing matched and the model has no fallback intent: Alexa would not reach the skill at all. */
  private unheard(input: string, notes: string[]): Turn {
    const turn = this.nothing(input, `No intent matched and the model has no ${FALLBACK_INTENT}: nothing was sent.`);
    return { ...turn, notes: [...notes, ...turn.notes], problem: 'no intent matched' };
  }

  private nothing(input: string, note: string): Turn {
    return {
      input,
      heard: { kind: 'nothing' },
      newSession: false,
      exchanges: [],
      speech: null,
      card: null,
      sessionOpen: this.session !== null,
      notes: [note],
      problem: null,
      at: null,
    };
  }

  private turn(input: string, heard: Heard, opened: boolean, at: number, outcome: Outcome, notes: string[]): Turn {
    const unmatched = heard.kind === 'intent' && !heard.matched ? `"${input}" matched no sample: Alexa sent ${FALLBACK_INTENT}` : null;
    return {
      input,
      heard,
      newSession: opened,
      exchanges: outcome.exchanges,
      speech: outcome.speech,
      card: outcome.card,
      sessionOpen: this.session !== null,
      notes: [...notes, ...outcome.notes],
      problem: outcome.problem ?? unmatched,
      at,
    };
  }

  /** Sends one request in the current session and takes in the response as an Echo would. */
  private async exchange(request: Request, at: number): Promise<Outcome> {
    const session = this.session;
    if (session === null) throw new Error('exchange() needs a session');
    const sent = envelope(this.device, session, request);
    this.lastRequestAt = at;
    this.reprompted = false;
    let response: ResponseEnvelope;
    try {
      response = await this.invoke(sent);
    } catch (error) {
      return this.failed(sent, null, `the skill failed: ${errorMessage(error)}`, at);
    }
    if (request.type === 'SessionEndedRequest') {
      // The session is over whatever the skill answers; Alexa plays nothing in reply.
      this.close(at);
      const spoke = response.response?.outputSpeech ? ['The skill answered a SessionEndedRequest with speech; Alexa ignores it.'] : [];
      return { exchanges: [{ request: sent, response }], speech: null, card: null, notes: spoke, problem: null };
    }

    const checked = this.check(response);
    if (typeof checked === 'string') return this.failed(sent, response, `Alexa would refuse the response: ${checked}`, at);
    const { speech, reprompt, notes } = checked;
    const body = response.response;
    // On a device without a screen, an unset shouldEndSession ends the session too.
    const ends = body.shouldEndSession !== false;
    if (ends) {
      this.session = null;
      this.reprompt = null;
    } else {
      this.session = { sessionId: session.sessionId, isNew: false, attributes: response.sessionAttributes ?? {} };
      this.reprompt = reprompt;
      if (speech && speech.seconds > TURN_LIMIT_SECONDS) {
        notes.push(`This turn speaks for about ${Math.round(speech.seconds)} s while waiting for a reply; Alexa's design guide says at most ${TURN_LIMIT_SECONDS} s.`);
      }
    }
    this.quietAt = at + (SPEECH_START_DELAY_SECONDS + (speech?.seconds ?? 0)) * 1000;
    return { exchanges: [{ request: sent, response }], speech, card: cardTitle(body.card), notes, problem: null };
  }

  /** The skill's answer was unusable: Alexa apologises and ends the session with an ERROR. */
  private async failed(sent: RequestEnvelope, response: ResponseEnvelope | null, problem: string, at: number): Promise<Outcome> {
    const exchanges: Exchange[] = [{ request: sent, response }];
    const notes: string[] = [];
    if (sent.request.type !== 'SessionEndedRequest' && this.session !== null) {
      const ended = envelope(this.device, { ...this.session, isNew: false }, sessionEndedRequest(this.device, at, 'ERROR', { type: 'INVALID_RESPONSE', message: problem }));
      try {
        exchanges.push({ request: ended, response: await this.invoke(ended) });
      } catch (error) {
        exchanges.push({ request: ended, response: null });
        notes.push(`The skill also failed on the SessionEndedRequest: ${errorMessage(error)}`);
      }
    }
    this.close(at);
    const speech = sent.request.type === 'SessionEndedRequest' ? null : plainTextSpeech(SKILL_PROBLEM_SPEECH, this.model.locale);
    return { exchanges, speech, card: null, notes, problem };
  }

  private close(at: number): void {
    this.session = null;
    this.reprompt = null;
    this.quietAt = at;
  }

  /** The response's speech, or why Alexa would refuse it. */
  private check(response: ResponseEnvelope): { speech: Speech | null; reprompt: Speech | null; notes: string[] } | string {
    const bytes = Buffer.byteLength(JSON.stringify(response), 'utf8');
    if (bytes > MAX_RESPONSE_BYTES) return `it is ${bytes} bytes; Alexa accepts at most ${MAX_RESPONSE_BYTES}`;
    if (response.response === undefined || response.response === null) return 'it has no "response" object';
    try {
      const speech = outputSpeech(response.response.outputSpeech, this.model.locale);
      const reprompt = outputSpeech(response.response.reprompt?.outputSpeech, this.model.locale);
      const notes: string[] = [];
      if (response.response.shouldEndSession === false && speech === null) {
        notes.push('The session stays open but the response says nothing: the user hears silence.');
      }
      return { speech, reprompt, notes };
    } catch (error) {
      if (error instanceof SsmlError) return `invalid SSML: ${error.message}`;
      throw error;
    }
  }
}

function outputSpeech(speech: ui.OutputSpeech | undefined, locale: string): Speech | null {
  if (speech === undefined) return null;
  return speech.type === 'SSML' ? parseSsml(speech.ssml, locale) : parsePlainText(speech.text, locale);
}

function cardTitle(card: ui.Card | undefined): string | null {
  if (card === undefined) return null;
  switch (card.type) {
    case 'Simple':
    case 'Standard':
      return card.title ?? '(untitled card)';
    case 'LinkAccount':
      return '(account linking card)';
    case 'AskForPermissionsConsent':
      return '(permissions card)';
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
