import type { HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope, Response } from 'ask-sdk-model';
import { voiceFor, type Voice } from '../i18n/voice';
import { digest, memoryFrom, sessionChanges } from '../memory/history';
import { historyOf, type History } from '../memory/store';
import { readSession, writeSession, type StoredSession } from '../session/attributes';
import { cardFor } from '../cards/card';
import { hasScreen } from '../screen/has-screen';
import { renderReply } from '../speech/render';
import { beginSession } from '../workout/begin';
import { transition } from '../workout/transition';
import { NO_MEMORY, type Outcome, type Session, type WorkoutEvent } from '../workout/types';
import { workoutContext } from './workout-context';

export function voiceOf(envelope: RequestEnvelope): Voice {
  return voiceFor(envelope.request?.locale);
}

export function storedSession(input: HandlerInput): StoredSession {
  // A request from outside a session (some device events, a forged envelope) has no attributes to read.
  const raw: unknown = input.requestEnvelope.session ? input.attributesManager.getSessionAttributes() : {};
  const stored = readSession(raw);
  if (stored.problem !== null) console.warn(JSON.stringify({ event: 'session-attributes-rejected', problem: stored.problem }));
  return stored;
}

/** A session that has just opened starts from the user's history, when the skill keeps one. */
async function openingSession(input: HandlerInput, history: History | null, stored: StoredSession, today: string): Promise<Session> {
  if (history === null || input.requestEnvelope.session?.new !== true) return stored.session;
  const record = await history.load(input);
  // Unread is not empty: the session starts knowing nothing, and its saves merge with what is stored.
  return beginSession(record === null ? NO_MEMORY : memoryFrom(record, today));
}

/** Saves what this session changed, when anything did since the last save; returns what is now saved. */
export async function persist(input: HandlerInput, history: History | null, session: Session, saved: string | null, today: string): Promise<string | null> {
  const sessionId = input.requestEnvelope.session?.sessionId;
  if (history === null || sessionId === undefined) return saved;
  const changes = sessionChanges(session, sessionId, today);
  const fingerprint = digest(changes);
  if (fingerprint === saved) return saved;
  return (await history.save(input, changes)) ? fingerprint : saved;
}

/**
 * The screen's code and its APL document, loaded the first time a device with a screen asks: a launch on
 * a voice-only device reads and compiles none of it. In the Lambda bundle it is a file of its own,
 * screen.js next to index.js (scripts/build.mjs), as the languages are.
 */
const screen = () => require('../screen/directives') as typeof import('../screen/directives');

/** Runs one workout event: the state machine decides, the speech layer renders, the session attributes keep the state. */
export async function respond(input: HandlerInput, event: WorkoutEvent): Promise<Response> {
  const envelope = input.requestEnvelope;
  const voice = voiceOf(envelope);
  const ctx = workoutContext(envelope, voice);
  const history = historyOf(input);
  const stored = storedSession(input);
  const session = await openingSession(input, history, stored, ctx.today);
  let outcome: Outcome = transition(session, event, ctx);
  let saved = stored.saved;
  for (const effect of outcome.effects) {
    switch (effect.type) {
      case 'forgetHistory':
        if (history !== null && (await history.forget(input))) {
          // Nothing of this session is written back after a delete, unless the user goes on stretching.
          saved = digest(sessionChanges(outcome.session, envelope.session?.sessionId ?? '', ctx.today));
        } else {
          outcome = transition(session, { type: 'forgetFailed' }, ctx);
        }
        break;
    }
  }
  saved = await persist(input, history, outcome.session, saved, ctx.today);
  const rendered = renderReply(outcome.reply, outcome.session.settings, voice);
  if (envelope.session) input.attributesManager.setSessionAttributes(outcome.reply.end ? {} : writeSession(outcome.session, saved));
  const builder = input.responseBuilder.speak(rendered.speech);
  if (rendered.reprompt !== null) builder.reprompt(rendered.reprompt);
  const card = cardFor(outcome.reply, rendered, voice);
  if (card !== null) builder.withStandardCard(card.title, card.text);
  // A session that ends leaves the screen to Alexa; while it is open, the screen follows the voice.
  if (!outcome.reply.end && hasScreen(envelope)) {
    for (const directive of screen().screenDirectives(outcome.session, rendered, voice)) builder.addDirective(directive);
  }
  return builder.withShouldEndSession(outcome.reply.end).getResponse();
}
