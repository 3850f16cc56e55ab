/**
 * Every request the interaction model allows, in every state a user can reach: a sensible answer, never
 * the error apology, speech (except for SessionEndedRequest), and a reprompt whenever the session stays open.
 * The table is generated from lambda/alexa/intents.ts, so a new intent or slot value is covered without editing here.
 */
import type { SessionEndedReason } from 'ask-sdk-model';
import type { RequestBuilder } from 'ask-sdk-test/lib/factory/RequestBuilder';
import { handler } from '../../lambda/index';
import { SPEECH_START_DELAY_SECONDS } from '../../lambda/workout/barge-in';
import { BUILT_IN_INTENTS, CUSTOM_INTENTS, SLOT_TYPES, type CustomIntentName } from '../../lambda/alexa/intents';
import { Conversation, intent, launch, sessionEnded, type SendOptions, type SlotFill } from '../support/skill';
import { message } from '../support/speech';
import { reach, stateSkills, STATE_NAMES, unreachedStates, type StateName } from '../support/states';

interface RequestCase {
  readonly label: string;
  readonly build: () => RequestBuilder;
  readonly type: 'LaunchRequest' | 'IntentRequest' | 'SessionEndedRequest';
  readonly intent?: string;
}

function customIntentCases(name: CustomIntentName): RequestCase[] {
  const specs: readonly { readonly name: string; readonly type: keyof typeof SLOT_TYPES }[] = CUSTOM_INTENTS[name];
  const one = (label: string, slots: Readonly<Record<string, SlotFill>>): RequestCase => ({
    label,
    build: () => intent(name, slots),
    type: 'IntentRequest',
    intent: name,
  });
  if (specs.length === 0) return [one(name, {})];
  const cases: RequestCase[] = [one(`${name} without slots`, {})];
  for (const spec of specs) {
    for (const id of SLOT_TYPES[spec.type]) cases.push(one(`${name} ${spec.name}=${id}`, { [spec.name]: { id } }));
    cases.push(one(`${name} ${spec.name} unmatched`, { [spec.name]: { noMatch: 'something else' } }));
    cases.push(one(`${name} ${spec.name} empty`, { [spec.name]: { empty: true } }));
  }
  return cases;
}

const REASONS: readonly SessionEndedReason[] = ['USER_INITIATED', 'EXCEEDED_MAX_REPROMPTS', 'ERROR'];

const REQUESTS: readonly RequestCase[] = [
  { label: 'LaunchRequest', build: () => launch(), type: 'LaunchRequest' },
  ...(Object.keys(CUSTOM_INTENTS) as CustomIntentName[]).flatMap(customIntentCases),
  ...BUILT_IN_INTENTS.map((name): RequestCase => ({ label: name, build: () => intent(name), type: 'IntentRequest', intent: name })),
  ...REASONS.map((reason): RequestCase => ({
    label: `SessionEndedRequest (${reason})`,
    build: () => sessionEnded(reason),
    type: 'SessionEndedRequest',
  })),
];

/** The states, each answered after the last response was heard in full, plus one barge-in. */
type Timing = 'after the response' | 'cutting the counting response short';
const SITUATIONS: readonly [StateName, Timing][] = [
  ...STATE_NAMES.map((name): [StateName, Timing] => [name, 'after the response']),
  ['exercising', 'cutting the counting response short'],
];

const skills = stateSkills(handler);
const reached = new Map<StateName, Promise<Conversation>>();
function from(name: StateName): Promise<Conversation> {
  let conversation = reached.get(name);
  if (conversation === undefined) {
    conversation = reach(skills, name);
    reached.set(name, conversation);
  }
  return conversation;
}

function timing(conversation: Conversation, when: Timing): SendOptions {
  if (when === 'after the response') return {};
  const state = conversation.last.session?.state;
  if (state?.kind !== 'exercising') throw new Error('Only a counting response can be cut short');
  const { delivered } = state;
  return { at: Math.round(delivered.at + (SPEECH_START_DELAY_SECONDS + delivered.seconds / 2) * 1000) };
}

const CASES = SITUATIONS.flatMap(([state, when]) => REQUESTS.map((request) => [state, when, request] as const));

describe('every request in every state', () => {
  // A SessionEndedRequest with reason ERROR is logged by the skill; keep the test output quiet.
  beforeAll(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it('the table covers every custom and built-in intent, LaunchRequest and SessionEndedRequest', () => {
    const intents = new Set(REQUESTS.map((request) => request.intent));
    for (const name of [...Object.keys(CUSTOM_INTENTS), ...BUILT_IN_INTENTS]) expect(intents).toContain(name);
    expect(REQUESTS.some((request) => request.type === 'LaunchRequest')).toBe(true);
    expect(REQUESTS.some((request) => request.type === 'SessionEndedRequest')).toBe(true);
  });

  // The recipes are filed by state kind and pain step, so a kind or step missing altogether does not compile.
  it('the states tried include every workout state kind and every pain-check step', () => {
    expect(unreachedStates()).toEqual([]);
  });

  it.each(CASES.map(([state, when, request]) => [state, when, request.label, request] as const))(
    '%s (%s): %s',
    async (state, when, _label, request) => {
      const conversation = (await from(state)).fork();
      // send() also checks the SSML, the reprompt of an open session and the absence of the error apology.
      const turn = await conversation.send(request.build(), timing(conversation, when));
      const { response } = turn.response;
      if (request.type === 'SessionEndedRequest') {
        expect(response.outputSpeech).toBeUndefined();
        expect(response.reprompt).toBeUndefined();
        return;
      }
      expect(turn.text).not.toBe('');
      if (request.intent !== 'AMAZON.FallbackIntent') expect(turn.text).not.toContain(message('fallback'));
      if (!turn.ended) {
        expect(response.shouldEndSession).toBe(false);
        expect(turn.text).toContain('?');
        expect(turn.reprompt).toMatch(/\?/);
        expect(turn.session).not.toBeNull();
      } else {
        expect(response.reprompt).toBeUndefined();
        expect(turn.text).not.toContain('?');
      }
    },
  );
});
