import { getRequestType, type RequestHandler } from 'ask-sdk-core';

/** Alexa tells the skill the session is over (timeout, "exit", an error); it must not speak in reply. */
export const sessionEndedHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle: (input) => {
    const request = input.requestEnvelope.request;
    if (request.type === 'SessionEndedRequest' && request.reason === 'ERROR') {
      console.warn(JSON.stringify({ event: 'session-ended-with-error', error: request.error ?? null }));
    }
    return input.responseBuilder.getResponse();
  },
};
