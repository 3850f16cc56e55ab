/**
 * Ways to bring a conversation into each state of the workout, as a user would get there. Each returns
 * the conversation at that point; `fork()` it to try several next requests from the same place.
 */
import type { LambdaHandler } from 'ask-sdk-core';
import type { WorkoutState } from '../../lambda/workout/types';
import { Conversation, intent, launch } from './skill';

export interface StateRecipe {
  /** What the stored state must be once there (kind, and the pain check's step). */
  readonly expect: { readonly kind: WorkoutState['kind']; readonly step?: string };
  readonly reach: (conversation: Conversation) => Promise<unknown>;
}

const say = (c: Conversation, ...intents: Parameters<typeof intent>[]) =>
  intents.reduce<Promise<unknown>>((chain, args) => chain.then(() => c.send(intent(...args))), Promise.resolve());

/** Launch, then eagle arms' right side counted in full: mid-routine, between two responses. */
const midRoutine = async (c: Conversation) => {
  await c.send(launch());
  await c.send(intent('AMAZON.NextIntent'));
};

export const STATES = {
  /** A new session that only asked what exercises there are ("one-shot-less list request"). */
  'idle': { expect: { kind: 'idle' }, reach: (c) => say(c, ['ListExercisesIntent']) },
  /** Idle, offering to try an exercise just explained. */
  'idle, offering an exercise': {
    expect: { kind: 'idle' },
    reach: async (c) => {
      await say(c, ['ListExercisesIntent'], ['HowToIntent', { exercise: { id: 'cobra_stretch' } }]);
      if (c.last.session?.state.kind === 'explaining') await say(c, ['AMAZON.NoIntent']);
    },
  },
  /** Half way through a long how-to: "would you like to hear the gentler version too?". */
  'explaining': {
    expect: { kind: 'explaining' },
    reach: (c) => say(c, ['ListExercisesIntent'], ['HowToIntent', { exercise: { id: 'bridge_stretch' } }]),
  },
  'exercising': { expect: { kind: 'exercising' }, reach: midRoutine },
  /** The last exercise was counted; the skill waits for "done". */
  'exercising, routine finished': {
    expect: { kind: 'exercising' },
    reach: (c) => say(c, ['StartExerciseIntent', { exercise: { id: 'cobra_stretch' } }], ['AMAZON.NextIntent']),
  },
  'paused': {
    expect: { kind: 'paused' },
    reach: async (c) => {
      await midRoutine(c);
      await say(c, ['AMAZON.PauseIntent']);
    },
  },
  'pain check: red-flag question': {
    expect: { kind: 'painCheck', step: 'redFlag' },
    reach: async (c) => {
      await midRoutine(c);
      await say(c, ['PainIntent']);
    },
  },
  'pain check: sharp or stretch?': {
    expect: { kind: 'painCheck', step: 'kind' },
    reach: async (c) => {
      await midRoutine(c);
      await say(c, ['PainIntent'], ['AMAZON.NoIntent']);
    },
  },
  'pain check: mild, gentler / skip / stop?': {
    expect: { kind: 'painCheck', step: 'mildChoice' },
    reach: async (c) => {
      await midRoutine(c);
      await say(c, ['PainIntent'], ['AMAZON.NoIntent'], ['PainKindIntent', { painKind: { id: 'mild' } }]);
    },
  },
  'pain check: sharp, go on or stop?': {
    expect: { kind: 'painCheck', step: 'sharpChoice' },
    reach: async (c) => {
      await midRoutine(c);
      await say(c, ['PainIntent'], ['AMAZON.NoIntent'], ['PainKindIntent', { painKind: { id: 'sharp' } }]);
    },
  },
  'pain check: mild, with no routine running': {
    expect: { kind: 'painCheck', step: 'mildChoice' },
    reach: (c) => say(c, ['ListExercisesIntent'], ['PainIntent'], ['AMAZON.NoIntent'], ['PainKindIntent', { painKind: { id: 'mild' } }]),
  },
} as const satisfies Record<string, StateRecipe>;

export type StateName = keyof typeof STATES;
export const STATE_NAMES = Object.keys(STATES) as StateName[];
export const PAIN_CHECK_STATES = STATE_NAMES.filter((name) => STATES[name].expect.kind === 'painCheck');

/** A conversation brought into the named state; fails if the skill ends up anywhere else. */
export async function reach(handler: LambdaHandler, name: StateName): Promise<Conversation> {
  const conversation = new Conversation(handler);
  const recipe: StateRecipe = STATES[name];
  await recipe.reach(conversation);
  const state = conversation.last.session?.state;
  const step = state?.kind === 'painCheck' ? state.step : undefined;
  expect({ kind: state?.kind, step }).toEqual({ kind: recipe.expect.kind, step: recipe.expect.step });
  return conversation;
}
