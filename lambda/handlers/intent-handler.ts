import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope, Response } from 'ask-sdk-model';
import type { IntentName } from '../alexa/intents';
import type { WorkoutEvent } from '../workout/types';
import { respond } from './respond';

/** How one intent becomes a workout event (reading its slots, or the user's history). */
export type EventFor = (input: HandlerInput) => WorkoutEvent | Promise<WorkoutEvent>;

/** A handler for a family of intents: each intent of the table becomes its event, and the workout answers. */
export function intentHandler(table: Partial<Record<IntentName, EventFor>>): RequestHandler {
  const events = new Map<string, EventFor>(Object.entries(table));
  const eventFor = (envelope: RequestEnvelope): EventFor | undefined =>
    getRequestType(envelope) === 'IntentRequest' ? events.get(getIntentName(envelope)) : undefined;
  return {
    canHandle: (input: HandlerInput) => eventFor(input.requestEnvelope) !== undefined,
    handle: async (input: HandlerInput): Promise<Response> => {
      const toEvent = eventFor(input.requestEnvelope);
      return respond(input, toEvent ? await toEvent(input) : { type: 'fallback' });
    },
  };
}
