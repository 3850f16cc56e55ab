import { intentHandler } from './intent-handler';
import { exerciseSlot } from './slots';

/** Questions about the exercises, answered without starting a routine. */
export const howToHandler = intentHandler({
  HowToIntent: ({ requestEnvelope }) => ({ type: 'howTo', exercise: exerciseSlot(requestEnvelope) }),
  ListExercisesIntent: () => ({ type: 'listExercises' }),
});
