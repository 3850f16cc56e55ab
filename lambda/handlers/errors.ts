import { getRequestType, type ErrorHandler, type RequestHandler } from 'ask-sdk-core';
import { renderReply } from '../speech/render';
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
 * last thing again. The session attributes are left as the request brought them.
 */
export const apologyHandler: ErrorHandler = {
  canHandle: () => true,
  handle: (input, error) => {
    console.error(JSON.stringify({ event: UNHANDLED_ERROR_EVENT, message: error.message, stack: error.stack }));
    const { session } = storedSession(input);
    const reply: Reply = { end: false, cues: [{ type: 'say', message: { key: 'error.apology' } }], ...promptFor(session) };
    const rendered = renderReply(reply, session.settings, voiceOf(input.requestEnvelope));
    return input.responseBuilder
      .speak(rendered.speech)
      .reprompt(rendered.reprompt ?? '')
      .withShouldEndSession(false)
      .getResponse();
  },
};
