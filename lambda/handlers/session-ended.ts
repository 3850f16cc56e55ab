import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { historyOf } from '../memory/store';
import { persist, storedSession } from './respond';
import { requestDay } from './workout-context';

/**
 * Alexa tells the skill the session is over (timeout, "exit", an error); it must not speak in reply. What
 * the session did since its last save is saved now, so a routine left half way can be picked up next time.
 */
export const sessionEndedHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle: async (input) => {
    const request = input.requestEnvelope.request;
    if (request.type === 'SessionEndedRequest' && request.reason === 'ERROR') {
      console.warn(JSON.stringify({ event: 'session-ended-with-error', error: request.error ?? null }));
    }
    const { session, saved } = storedSession(input);
    await persist(input, historyOf(input), session, saved, requestDay(input.requestEnvelope));
    return input.responseBuilder.getResponse();
  },
};
