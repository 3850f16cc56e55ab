import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { WorkoutEvent } from '../workout/types';
import { respond } from './respond';

/** The screen's buttons send these arguments (lambda/screen/exercise-document.json). */
const TOUCHES: Readonly<Record<string, WorkoutEvent>> = {
  pain: { type: 'pain' },
  pause: { type: 'pause' },
  resume: { type: 'resume' },
  next: { type: 'next' },
};

/** A touch on the screen is the same workout event as the spoken words. */
export const touchHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'Alexa.Presentation.APL.UserEvent',
  handle: (input) => {
    const request = input.requestEnvelope.request;
    const argument: unknown = request.type === 'Alexa.Presentation.APL.UserEvent' ? request.arguments?.[0] : undefined;
    const event = typeof argument === 'string' && Object.hasOwn(TOUCHES, argument) ? TOUCHES[argument] : undefined;
    return respond(input, event ?? { type: 'fallback' });
  },
};
