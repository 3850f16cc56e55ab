import { intentHandler } from './intent-handler';
import { painKindSlot } from './slots';

/** "It hurts", a red-flag symptom, and the answer to "sharp, or more like a stretch?". */
export const painHandler = intentHandler({
  PainIntent: () => ({ type: 'pain' }),
  RedFlagIntent: () => ({ type: 'redFlag' }),
  PainKindIntent: ({ requestEnvelope }) => ({ type: 'painKind', kind: painKindSlot(requestEnvelope) }),
});
