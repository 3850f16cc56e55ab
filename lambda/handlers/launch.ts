import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { respond } from './respond';

/** "Alexa, start my back stretches": welcome, and the default routine starts right away. */
export const launchHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: (input) => respond(input, { type: 'launch' }),
};
