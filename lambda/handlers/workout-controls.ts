import { intentHandler } from './intent-handler';
import { exerciseSlot, routineSlot } from './slots';

/** Starting, moving through and adjusting a routine. */
export const workoutControlsHandler = intentHandler({
  StartRoutineIntent: ({ requestEnvelope }) => ({ type: 'startRoutine', routine: routineSlot(requestEnvelope) }),
  StartExerciseIntent: ({ requestEnvelope }) => ({ type: 'startExercise', exercise: exerciseSlot(requestEnvelope) }),
  RemainingIntent: () => ({ type: 'remaining' }),
  SlowerIntent: () => ({ type: 'slower' }),
  LongerHoldsIntent: () => ({ type: 'longerHolds' }),
  GentlerIntent: () => ({ type: 'gentler' }),
  SkipIntent: () => ({ type: 'skip' }),
  'AMAZON.NextIntent': () => ({ type: 'next' }),
  'AMAZON.PreviousIntent': () => ({ type: 'previous' }),
  'AMAZON.RepeatIntent': () => ({ type: 'repeat' }),
  'AMAZON.StartOverIntent': () => ({ type: 'startOver' }),
  'AMAZON.PauseIntent': () => ({ type: 'pause' }),
  'AMAZON.ResumeIntent': () => ({ type: 'resume' }),
  'AMAZON.YesIntent': () => ({ type: 'yes' }),
  'AMAZON.NoIntent': () => ({ type: 'no' }),
});
