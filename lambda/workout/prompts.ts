import { sidesOf, EXERCISES, type ExerciseId } from '../catalog/exercises';
import { isExerciseStart } from './blocks';
import { upcomingExercise } from './progress';
import type { Message } from './messages';
import type { Session } from './types';

export interface Prompts {
  readonly prompt: Message;
  readonly reprompt: Message;
}

const exercise = (id: ExerciseId) => ({ exercise: id });

/** What to ask at the end of a response that keeps the session open: it always names what to say. */
export function promptFor({ state, settings }: Session): Prompts {
  switch (state.kind) {
    case 'idle':
      return state.offer === null
        ? { prompt: { key: 'prompt.idle' }, reprompt: { key: 'reprompt.idle' } }
        : { prompt: { key: 'prompt.tryIt', params: exercise(state.offer) }, reprompt: { key: 'reprompt.tryIt', params: exercise(state.offer) } };
    case 'exercising': {
      const id = state.progress.exercises[state.progress.index];
      if (state.next !== null && id !== undefined) {
        if (isExerciseStart(state.next)) return { prompt: { key: 'prompt.begin' }, reprompt: { key: 'reprompt.next' } };
        if (state.delivered.marks.length === 0) return { prompt: { key: 'prompt.ready' }, reprompt: { key: 'reprompt.next' } };
        const side = sidesOf(EXERCISES[id])[state.next.side];
        return state.next.rep === 1 && state.next.heldSeconds === 0 && side
          ? { prompt: { key: 'prompt.nextSide', params: { side } }, reprompt: { key: 'reprompt.next' } }
          : { prompt: { key: 'prompt.continue' }, reprompt: { key: 'reprompt.next' } };
      }
      const upcoming = upcomingExercise(state.progress, settings);
      return upcoming === null
        ? { prompt: { key: 'prompt.finish' }, reprompt: { key: 'reprompt.finish' } }
        : {
            prompt: { key: 'prompt.nextExercise', params: { exercise: upcoming, position: upcoming } },
            reprompt: { key: 'reprompt.next' },
          };
    }
    case 'paused': {
      const id = state.progress.exercises[state.progress.index];
      return id === undefined
        ? { prompt: { key: 'prompt.finish' }, reprompt: { key: 'reprompt.finish' } }
        : { prompt: { key: 'prompt.paused', params: exercise(id) }, reprompt: { key: 'reprompt.paused' } };
    }
    case 'resumeOffer': {
      const id = state.offer.exercises[state.offer.index];
      return id === undefined
        ? { prompt: { key: 'prompt.idle' }, reprompt: { key: 'reprompt.idle' } }
        : { prompt: { key: 'prompt.resumeOffer', params: exercise(id) }, reprompt: { key: 'reprompt.resumeOffer' } };
    }
    case 'confirmForget':
      return { prompt: { key: 'prompt.confirmForget' }, reprompt: { key: 'reprompt.confirmForget' } };
    case 'explaining':
      return state.then.kind === 'idle'
        ? { prompt: { key: 'prompt.gentlerToo' }, reprompt: { key: 'reprompt.gentlerToo' } }
        : { prompt: { key: 'prompt.gentlerOrResume' }, reprompt: { key: 'reprompt.gentlerToo' } };
    case 'painCheck':
      switch (state.step) {
        // The session closes after the reprompt, and Alexa allows no speech then: the reprompt itself says
        // what to do if those symptoms are there.
        case 'redFlag':
          return { prompt: { key: 'pain.redFlagQuestion' }, reprompt: { key: 'pain.redFlagReprompt' } };
        case 'redFlagAgain':
          return { prompt: { key: 'pain.redFlagSimpler' }, reprompt: { key: 'pain.redFlagReprompt' } };
        case 'urgentFlag':
          return { prompt: { key: 'pain.urgentQuestion' }, reprompt: { key: 'pain.urgentReprompt' } };
        case 'urgentFlagAgain':
          return { prompt: { key: 'pain.urgentSimpler' }, reprompt: { key: 'pain.urgentReprompt' } };
        case 'kind':
          return { prompt: { key: 'pain.kindQuestion' }, reprompt: { key: 'pain.kindSimpler' } };
        case 'kindAgain':
          return { prompt: { key: 'pain.kindSimpler' }, reprompt: { key: 'pain.kindSimpler' } };
        case 'mildChoice': {
          const hurt = state.progress?.exercises[state.progress.index];
          return hurt === undefined
            ? { prompt: { key: 'pain.mildChoicesNoRoutine' }, reprompt: { key: 'pain.mildChoicesNoRoutine' } }
            : { prompt: { key: 'pain.mildChoices', params: exercise(hurt) }, reprompt: { key: 'reprompt.mildChoices' } };
        }
        case 'sharpChoice': {
          const upcoming = state.progress === null ? null : upcomingExercise(state.progress, settings);
          return upcoming === null
            ? { prompt: { key: 'prompt.finish' }, reprompt: { key: 'reprompt.finish' } }
            : { prompt: { key: 'pain.sharpChoices', params: exercise(upcoming) }, reprompt: { key: 'reprompt.sharpChoices' } };
        }
      }
  }
}

