import type { HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope, Response } from 'ask-sdk-model';
import { voiceFor, type Voice } from '../i18n/voice';
import { readSession, writeSession } from '../session/attributes';
import { pacerFor, renderReply } from '../speech/render';
import { transition } from '../workout/transition';
import type { Context, Session, WorkoutEvent } from '../workout/types';

export function voiceOf(envelope: RequestEnvelope): Voice {
  return voiceFor(envelope.request?.locale);
}

/** The request's own time: barge-in estimates depend on it, and it does not drift with Lambda's clock. */
function requestTime(envelope: RequestEnvelope): number {
  const stamped = Date.parse(envelope.request?.timestamp ?? '');
  return Number.isFinite(stamped) ? stamped : Date.now();
}

export function currentSession(input: HandlerInput): Session {
  const { session, problem } = readSession(input.attributesManager.getSessionAttributes());
  if (problem !== null) console.warn(JSON.stringify({ event: 'session-attributes-rejected', problem }));
  return session;
}

/** Runs one workout event: the state machine decides, the speech layer renders, the session attributes keep the state. */
export async function respond(input: HandlerInput, event: WorkoutEvent): Promise<Response> {
  const envelope = input.requestEnvelope;
  const voice = voiceOf(envelope);
  const ctx: Context = { now: requestTime(envelope), sessionStart: envelope.session?.new === true, pacer: pacerFor(voice) };
  const outcome = transition(currentSession(input), event, ctx);
  const rendered = renderReply(outcome.reply, outcome.session.settings, voice);
  input.attributesManager.setSessionAttributes(outcome.reply.end ? {} : writeSession(outcome.session));
  const builder = input.responseBuilder.speak(rendered.speech);
  if (rendered.reprompt !== null) builder.reprompt(rendered.reprompt);
  return builder.withShouldEndSession(outcome.reply.end).getResponse();
}
