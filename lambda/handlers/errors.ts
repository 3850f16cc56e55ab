import { getRequestType, type ErrorHandler, type RequestHandler } from 'ask-sdk-core';
import { renderReply } from '../speech/render';
import { writeSession } from '../session/attributes';
import { promptFor } from '../workout/prompts';
import type { Reply } from '../workout/types';
import { respond, storedSession, voiceOf } from './respond';

/** An intent this code has no handler for (a model newer than the code, a forged request): treated as unheard. */
export const unknownIntentHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
  handle: (input) => respond(input, { type: 'fallback' }),
};

/** Other request types (System.ExceptionEncountered, Connections.Response...) expect no speech. */
export const otherRequestHandler: RequestHandler = {
  canHandle: () => true,
  handle: (input) => input.responseBuilder.getResponse(),
};

/** The `event` of the log line below; the fuzzer (local/fuzz/check.ts) counts the envelopes that log it. */
export const UNHANDLED_ERROR_EVENT = 'unhandled-error';

/**
 * Anything that threw: apologise and keep the session where it was, so the user can simply say the
 * last thing again. The attributes written back are the session the skill's own schema read from the
 * request, never the request's attributes as they came (a forged envelope would have them echoed, past
 * Alexa's 120 KB). A SessionEndedRequest gets no speech: Alexa allows none in answer to it.
 */
export const apologyHandler: ErrorHandler = {
  canHandle: () => true,
  handle: (input, error) => {
    console.error(JSON.stringify({ event: UNHANDLED_ERROR_EVENT, message: error.message, stack: error.stack }));
    // Read without ask-sdk-core's helper: the envelope that threw may have no request at all.
    if (input.requestEnvelope?.request?.type === 'SessionEndedRequest') return input.responseBuilder.getResponse();
    const { session, saved } = storedSession(input);
    if (input.requestEnvelope.session) input.attributesManager.setSessionAttributes(writeSession(session, saved));
    const reply: Reply = { end: false, cues: [{ type: 'say', message: { key: 'error.apology' } }], ...promptFor(session) };
    const rendered = renderReply(reply, session.settings, voiceOf(input.requestEnvelope));
    return input.responseBuilder
      .speak(rendered.speech)
      .reprompt(rendered.reprompt ?? '')
      .withShouldEndSession(false)
      .getResponse();
  },
};
