import { getSupportedInterfaces } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * Screens only where the device says it renders APL: sending APL anywhere else is an error. Kept apart
 * from the screen's directives, which a response loads only when this says yes (lambda/handlers/respond.ts).
 */
export function hasScreen(envelope: RequestEnvelope): boolean {
  return getSupportedInterfaces(envelope)['Alexa.Presentation.APL'] !== undefined;
}
