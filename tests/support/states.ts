/**
 * Ways to bring a conversation into each state of the workout, as a user would get there. Each returns
 * the conversation at that point; `fork()` it to try several next requests from the same place.
 *
 * The recipes are filed under the state kind (and pain-check step) they reach, and the table's type asks
 * for every kind of WorkoutState and every PainStep: a kind or step added to the workout without a recipe
 * here does not compile, and one left with no recipe under it fails `unreachedStates()`.
 */
import type { LambdaHandler } from 'ask-sdk-core';
import type { PainStep, WorkoutStateKind } from '../../lambda/workout/types';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamo/local-dynamo';
import { adapterFor, skillWith } from './memory';
import { Conversation, intent, launch } from './skill';

export interface StateRecipe {
  /** The skill must keep a history (a store of its own): to offer what an earlier session left, or to really delete it. */
  readonly remembers?: boolean;
  /** `earlier()` opens an earlier Alexa session of the same user on the same skill, before `conversation`'s. */
  readonly reach: (conversation: Conversation, earlier: () => Conversation) => Promise<unknown>;
}

type Recipes = Readonly<Record<string, StateRecipe>>;
type CalmKind = Exclude<WorkoutStateKind, 'painCheck'>;
type Table = { readonly [K in CalmKind]: Recipes } & { readonly painCheck: { readonly [S in PainStep]: Recipes } };

/** What the stored state must be once there. */
type ExpectedState = { readonly kind: CalmKind } | { readonly kind: 'painCheck'; readonly step: PainStep };

const say = (c: Conversation, ...intents: Parameters<typeof intent>[]) =>
  intents.reduce<Promise<unknown>>((chain, args) => chain.then(() => c.send(intent(...args))), Promise.resolve());

/** Launch, then eagle arms' right side counted in full: mid-routine, between two responses. */
const midRoutine = async (c: Conversation) => {
  await c.send(launch());
  await c.send(intent('AMAZON.NextIntent'));
};

/** Mid-routine, then these requests. */
const fromMidRoutine = (...intents: Parameters<typeof intent>[]) => async (c: Conversation) => {
  await midRoutine(c);
  await say(c, ...intents);
};

/** An earlier session that stopped during eagle arms: the history then has a routine to pick up. */
const stoppedMidRoutine = async (earlier: () => Conversation) => {
  const before = earlier();
  await midRoutine(before);
  await say(before, ['AMAZON.StopIntent']);
};

export const RECIPES = {
  idle: {
    /** A new session that only asked what exercises there are ("one-shot-less list request"). */
    'idle': { reach: (c) => say(c, ['ListExercisesIntent']) },
    /** Idle, offering to try an exercise just explained. */
    'idle, offering an exercise': {
      reach: async (c) => {
        await say(c, ['ListExercisesIntent'], ['HowToIntent', { exercise: { id: 'cobra_stretch' } }]);
        if (c.last.session?.state.kind === 'explaining') await say(c, ['AMAZON.NoIntent']);
      },
    },
  },
  explaining: {
    /** Half way through a long how-to: "would you like to hear the gentler version too?". */
    'explaining': { reach: (c) => say(c, ['ListExercisesIntent'], ['HowToIntent', { exercise: { id: 'bridge_stretch' } }]) },
  },
  exercising: {
    'exercising': { reach: midRoutine },
    /** The last exercise was counted; the skill waits for "done". */
    'exercising, routine finished': {
      reach: (c) => say(c, ['StartExerciseIntent', { exercise: { id: 'cobra_stretch' } }], ['AMAZON.NextIntent']),
    },
  },
  paused: {
    'paused': { reach: fromMidRoutine(['AMAZON.PauseIntent']) },
  },
  resumeOffer: {
    /** "Last time you stopped at eagle arms. Pick up there?": the launch after a session left mid-routine. */
    'resume offer': {
      remembers: true,
      reach: async (c, earlier) => {
        await stoppedMidRoutine(earlier);
        await c.send(launch());
      },
    },
  },
  confirmForget: {
    /** "Ask back stretches to delete my history" as a session's first request, with a history to delete. */
    'confirm forget, idle': {
      remembers: true,
      reach: async (c, earlier) => {
        await stoppedMidRoutine(earlier);
        await say(c, ['ForgetDataIntent']);
      },
    },
    /** "Delete my history" between two counting responses: the routine waits, paused, for the answer. */
    'confirm forget, mid-routine': {
      remembers: true,
      reach: fromMidRoutine(['ForgetDataIntent']),
    },
  },
  painCheck: {
    redFlag: {
      'pain check: red-flag question': { reach: fromMidRoutine(['PainIntent']) },
    },
    redFlagAgain: {
      /** "Not sure" to the red-flag question: it is asked once more, in simpler words. */
      'pain check: red-flag question, asked again': { reach: fromMidRoutine(['PainIntent'], ['UnsureIntent']) },
    },
    urgentFlag: {
      'pain check: urgent signs?': { reach: fromMidRoutine(['PainIntent'], ['AMAZON.NoIntent']) },
    },
    urgentFlagAgain: {
      'pain check: urgent signs, asked again': { reach: fromMidRoutine(['PainIntent'], ['AMAZON.NoIntent'], ['UnsureIntent']) },
    },
    kind: {
      'pain check: sharp or stretch?': { reach: fromMidRoutine(['PainIntent'], ['AMAZON.NoIntent'], ['AMAZON.NoIntent']) },
    },
    kindAgain: {
      'pain check: sharp or stretch, asked again': {
        reach: fromMidRoutine(['PainIntent'], ['AMAZON.NoIntent'], ['AMAZON.NoIntent'], ['UnsureIntent']),
      },
    },
    mildChoice: {
      'pain check: mild, gentler / skip / stop?': {
        reach: fromMidRoutine(['PainIntent'], ['AMAZON.NoIntent'], ['AMAZON.NoIntent'], ['PainKindIntent', { painKind: { id: 'mild' } }]),
      },
      'pain check: mild, with no routine running': {
        reach: (c) => say(c, ['ListExercisesIntent'], ['PainIntent'], ['AMAZON.NoIntent'], ['AMAZON.NoIntent'], ['PainKindIntent', { painKind: { id: 'mild' } }]),
      },
    },
    // With no routine running, a sharp pain ends the session: this step is only reached mid-routine.
    sharpChoice: {
      'pain check: sharp, go on or stop?': {
        reach: fromMidRoutine(['PainIntent'], ['AMAZON.NoIntent'], ['AMAZON.NoIntent'], ['PainKindIntent', { painKind: { id: 'sharp' } }]),
      },
    },
  },
} as const satisfies Table;

type Filed = typeof RECIPES;
export type StateName =
  | { [K in CalmKind]: keyof Filed[K] & string }[CalmKind]
  | { [S in PainStep]: keyof Filed['painCheck'][S] & string }[PainStep];

interface Entry {
  readonly expect: ExpectedState;
  readonly recipe: StateRecipe;
}

const ENTRIES = new Map<StateName, Entry>();
function file(expected: ExpectedState, recipes: Recipes): void {
  for (const [name, recipe] of Object.entries(recipes)) {
    // Names are how tests pick a state; one used under two kinds would silently lose a recipe.
    if (ENTRIES.has(name as StateName)) throw new Error(`Two recipes are named "${name}"`);
    ENTRIES.set(name as StateName, { expect: expected, recipe });
  }
}
const { painCheck, ...calm } = RECIPES;
for (const kind of Object.keys(calm) as CalmKind[]) file({ kind }, calm[kind]);
for (const step of Object.keys(painCheck) as PainStep[]) file({ kind: 'painCheck', step }, painCheck[step]);

function entryOf(name: StateName): Entry {
  const entry = ENTRIES.get(name);
  if (entry === undefined) throw new Error(`No recipe named "${name}"`);
  return entry;
}

export const STATE_NAMES: readonly StateName[] = [...ENTRIES.keys()];
export const PAIN_CHECK_STATES = STATE_NAMES.filter((name) => entryOf(name).expect.kind === 'painCheck');

/** The kinds and pain steps filed with no recipe under them ("painCheck redFlag" for a step). */
export function unreachedStates(): string[] {
  return [
    ...(Object.keys(calm) as CalmKind[]).filter((kind) => Object.keys(calm[kind]).length === 0),
    ...(Object.keys(painCheck) as PainStep[]).filter((step) => Object.keys(painCheck[step]).length === 0).map((step) => `painCheck ${step}`),
  ];
}

/** The skills the recipes talk to. */
export interface Skills {
  /** As deployed without a table: no memory across sessions. */
  readonly plain: LambdaHandler;
  /** A skill with an empty history store that no other recipe shares, so sessions of other tests never show up in it. */
  remembering(): Promise<LambdaHandler>;
}

/** The tests only ask that the store answers; a loaded machine must not turn the resume offer into a fresh start. */
const STORE_TIMEOUT_IN_TESTS_MS = 5_000;

/** Skills for one test file (call it at the top level): the stores start on demand and stop after the file's tests. */
export function stateSkills(plain: LambdaHandler): Skills {
  const stores: LocalDynamo[] = [];
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.stop()));
  });
  return {
    plain,
    remembering: async () => {
      const store = await startLocalDynamo();
      stores.push(store);
      return skillWith(adapterFor(store, STORE_TIMEOUT_IN_TESTS_MS));
    },
  };
}

/** How long before the conversation an earlier session starts: the same day, so what it left is offered. */
const EARLIER_SECONDS = 60 * 60;

/** A conversation brought into the named state; fails if the skill ends up anywhere else. */
export async function reach(skills: Skills, name: StateName): Promise<Conversation> {
  const { expect: expected, recipe } = entryOf(name);
  const handler = recipe.remembers === true ? await skills.remembering() : skills.plain;
  const conversation = new Conversation(handler);
  await recipe.reach(conversation, () => new Conversation(handler, conversation.now - EARLIER_SECONDS * 1000));
  const state = conversation.last.session?.state;
  const step = state?.kind === 'painCheck' ? state.step : undefined;
  expect({ kind: state?.kind, step }).toEqual({ kind: expected.kind, step: expected.kind === 'painCheck' ? expected.step : undefined });
  return conversation;
}
