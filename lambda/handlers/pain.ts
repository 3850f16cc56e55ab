import { intentHandler } from './intent-handler';
import { bodyPartSlot, painKindSlot } from './slots';

/** "It hurts", a red-flag or urgent sign, and the answers to the pain check's questions. */
export const painHandler = intentHandler({
  // "There's pain in my chest" is said like any pain, but it is an emergency sign.
  PainIntent: ({ requestEnvelope }) => (bodyPartSlot(requestEnvelope) === 'chest' ? { type: 'redFlag' } : { type: 'pain' }),
  RedFlagIntent: () => ({ type: 'redFlag' }),
  UrgentSignIntent: () => ({ type: 'urgentSign' }),
  UnsureIntent: () => ({ type: 'unsure' }),
  PainKindIntent: ({ requestEnvelope }) => ({ type: 'painKind', kind: painKindSlot(requestEnvelope) }),
});
