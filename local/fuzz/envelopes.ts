/**
 * Request envelopes for fuzzing, each tagged with the ways it departs from what Alexa sends.
 *
 * Well-formed (no faults): made by local/envelopes/request.ts, the factory the simulator uses, from
 * random inputs that stay inside Alexa's schema:
 * - every request type Alexa sends a custom skill: LaunchRequest; IntentRequest and CanFulfillIntentRequest
 *   for every intent of lambda/alexa/intents.ts, with each of its slots empty, matched to ids of its slot
 *   type, not matched, or with entity resolution timed out or failed; SessionEndedRequest for each reason;
 *   the APL UserEvent of each SendEvent in the screen's document; System.ExceptionEncountered;
 *   Connections.Response; and, from outside any session, Messaging.MessageReceived and the AudioPlayer and
 *   PlaybackController events;
 * - a locale the skill is published in, a timestamp in Alexa's format, a device with or without a screen;
 * - a new session, or one carrying session attributes: the skill's own, written after a random
 *   conversation; the same with one field swapped for any JSON value; any JSON object; none at all.
 *   Corrupted attributes still make a well-formed envelope: Alexa hands back whatever the last response
 *   stored, and the skill must start afresh from them without throwing (lambda/session/attributes.ts).
 *
 * Malformed (at least one fault): nothing Alexa sends looks like it. ask-sdk-core's own getters throw on
 * some of these before any code of the skill runs, so they may reach the skill's error handler; they
 * must still get a response Alexa accepts.
 * - a field Alexa always sends missing, or another JSON value in its place (FIELDS below);
 * - a request type Alexa does not send, an intent the model does not have, a locale the skill is not
 *   published in, a timestamp that is not one;
 * - in a slot: an id its slot type does not define (prototype keys among them), a slot the intent does
 *   not have, a value of 10,000 characters or more, characters no speech recognition writes;
 * - an id (user, device, session, request) of 10,000 characters or more.
 */
import fc from 'fast-check';
import type { Request, RequestEnvelope } from 'ask-sdk-model';
import { BUILT_IN_INTENTS, CUSTOM_INTENTS, SLOT_TYPES, type SlotTypeName } from '../../lambda/alexa/intents';
import { contextAt } from '../../lambda/handlers/workout-context';
import { SUPPORTED_LOCALES } from '../../lambda/i18n/load';
import { voiceFor } from '../../lambda/i18n/voice';
import document from '../../lambda/screen/exercise-document.json';
import { SCREEN_TOKEN } from '../../lambda/screen/directives';
import { writeSession } from '../../lambda/session/attributes';
import { transition } from '../../lambda/workout/transition';
import { NEW_SESSION } from '../../lambda/workout/types';
import {
  aplUserEvent,
  canFulfillIntentRequest,
  connectionsResponse,
  envelope,
  exceptionEncountered,
  intentRequest,
  launchRequest,
  messageReceived,
  audioRequest,
  AUDIO_REQUEST_TYPES,
  sessionEndedRequest,
  type Device,
  type SessionState,
  type SlotInput,
} from '../envelopes/request';
import { workoutEvent } from './events';

export type FuzzedEnvelope = (
  | { readonly wellFormed: true; readonly envelope: RequestEnvelope; readonly faults: readonly [] }
  /** A fault can make the envelope anything at all: `envelope` is what the handler is given. */
  | { readonly wellFormed: false; readonly envelope: unknown; readonly faults: readonly string[] }
) & fc.WithToStringMethod;

/**
 * How fast-check shows a counterexample: the envelope as JSON with long strings cut short (a fault's
 * string may be 200,000 characters), then its faults. Its own printer cannot show objects made in
 * another realm, which jest's structuredClone makes.
 */
function shown(envelope: unknown, faults: readonly string[]): () => string {
  return () => {
    const json = JSON.stringify(envelope, (_key, value: unknown) => (typeof value === 'string' && value.length > 200 ? `${value.slice(0, 40)}... (${value.length} characters)` : value));
    return `${json ?? String(envelope)}\n${faults.length === 0 ? 'well-formed' : `faults: ${faults.join('; ')}`}`;
  };
}

/** A generated part of an envelope and the faults it carries (none when it is what Alexa sends). */
interface Part<T> {
  readonly value: T;
  readonly faults: readonly string[];
}

const sound = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<Part<T>> => arbitrary.map((value) => ({ value, faults: [] }));
const faulty = <T>(fault: string, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<Part<T>> => arbitrary.map((value) => ({ value, faults: [fault] }));

const huge = fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'x'.repeat(n));
/** Control characters and every other code point: nothing speech recognition or Alexa itself writes. */
const binary = fc.string({ unit: 'binary', minLength: 1 });
const said = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
const garbage = fc.oneof(fc.string(), binary, huge);
const id = (prefix: string) => fc.uuid().map((uuid) => `${prefix}${uuid}`);
const jsonObject = fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5 });

interface SlotSpec {
  readonly name: string;
  readonly type: SlotTypeName;
}

/** Every intent of the model with its slots: an intent added to lambda/alexa/intents.ts is fuzzed from then on. */
const INTENTS: readonly { readonly name: string; readonly slots: readonly SlotSpec[] }[] = [
  ...Object.entries(CUSTOM_INTENTS).map(([name, slots]: [string, readonly SlotSpec[]]) => ({ name, slots })),
  ...BUILT_IN_INTENTS.map((name) => ({ name, slots: [] })),
];

const ALL_IDS: readonly string[] = Object.values(SLOT_TYPES).flat();
/** Ids Alexa would never resolve a slot of this type to: another type's, and names every object has. */
const foreignIds = (type: SlotTypeName) => [
  ...ALL_IDS.filter((slotId) => !(SLOT_TYPES[type] as readonly string[]).includes(slotId)),
  'handstand', '__proto__', 'constructor', 'toString',
];

const matched = (spec: SlotSpec, ids: fc.Arbitrary<string>, value: fc.Arbitrary<string>): fc.Arbitrary<SlotInput> =>
  fc.record({ value, ids: fc.uniqueArray(ids, { minLength: 1, maxLength: 3 }) }).map(({ value: words, ids: values }) => ({
    ...spec,
    value: words,
    resolution: { status: 'ER_SUCCESS_MATCH', values: values.map((slotId) => ({ id: slotId, name: slotId.replace(/_/g, ' ') })) },
  }));

/** One slot of an intent, as Alexa fills it in, or with one fault. */
function slotOf(spec: SlotSpec): fc.Arbitrary<Part<SlotInput>> {
  const own = fc.constantFrom(...SLOT_TYPES[spec.type]);
  const unresolved = fc.constantFrom('ER_SUCCESS_NO_MATCH' as const, 'ER_ERROR_TIMEOUT' as const, 'ER_ERROR_EXCEPTION' as const);
  return fc.oneof(
    { weight: 4, arbitrary: sound(fc.constant({ ...spec, value: null, resolution: null })) },
    { weight: 8, arbitrary: sound(matched(spec, own, said)) },
    { weight: 4, arbitrary: sound(fc.record({ value: said, status: unresolved }).map(({ value, status }) => ({ ...spec, value, resolution: { status } }))) },
    { weight: 1, arbitrary: faulty(`slot ${spec.name}: an id ${spec.type} does not define`, matched(spec, fc.constantFrom(...foreignIds(spec.type)), said)) },
    { weight: 1, arbitrary: faulty(`slot ${spec.name}: a value of 10,000 characters or more`, matched(spec, own, huge)) },
    { weight: 1, arbitrary: faulty(`slot ${spec.name}: characters no speech recognition writes`, matched(spec, own, binary)) },
  );
}

const foreignSlot = faulty('a slot the intent does not have', said.map((value): SlotInput => ({ name: 'other', type: 'ExerciseType', value, resolution: { status: 'ER_SUCCESS_NO_MATCH' } })));

/** An intent of the model with every one of its slots (Alexa sends the empty ones too), or an intent the model lacks. */
const intentCall: fc.Arbitrary<Part<{ readonly name: string; readonly slots: readonly SlotInput[] }>> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.constantFrom(...INTENTS).chain(({ name, slots }) =>
      fc.tuple(fc.tuple(...slots.map(slotOf)), fc.oneof({ weight: 10, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: foreignSlot })).map(([parts, extra]) => {
        const all = extra === null ? parts : [...parts, extra];
        return { value: { name, slots: all.map((part) => part.value) }, faults: all.flatMap((part) => part.faults) };
      }),
    ),
  },
  { weight: 1, arbitrary: faulty('an intent the model does not have', garbage.map((name) => ({ name, slots: [] }))) },
);

/** The arguments of every SendEvent command in the screen's document: what a touch can send. */
function sendEventArguments(node: unknown): unknown[][] {
  if (Array.isArray(node)) return node.flatMap(sendEventArguments);
  if (!isObject(node)) return [];
  const own = node.type === 'SendEvent' && Array.isArray(node.arguments) ? [node.arguments] : [];
  return [...own, ...Object.values(node).flatMap(sendEventArguments)];
}
const SCREEN_ARGUMENTS = [...new Map(sendEventArguments(document).map((args) => [JSON.stringify(args), args])).values()];

type Build = (device: Device, at: number) => Request;
interface RequestKind {
  readonly build: Build;
  /** Alexa sends this request inside a session. */
  readonly inSession: boolean;
}
const inSession = (build: Build): RequestKind => ({ build, inSession: true });

const systemError = fc.record({
  type: fc.constantFrom('INVALID_RESPONSE' as const, 'DEVICE_COMMUNICATION_ERROR' as const, 'INTERNAL_SERVICE_ERROR' as const),
  message: fc.string(),
});

const requestKind: fc.Arbitrary<Part<RequestKind>> = fc.oneof(
  { weight: 4, arbitrary: sound(fc.constant(inSession(launchRequest))) },
  {
    weight: 12,
    arbitrary: intentCall.map(({ value: { name, slots }, faults }) => ({ value: inSession((device, at) => intentRequest(device, at, name, slots)), faults })),
  },
  {
    weight: 2,
    arbitrary: sound(fc.oneof(
      fc.constantFrom('USER_INITIATED' as const, 'EXCEEDED_MAX_REPROMPTS' as const).map((reason) => inSession((device, at) => sessionEndedRequest(device, at, reason))),
      systemError.map((error) => inSession((device, at) => sessionEndedRequest(device, at, 'ERROR', error))),
    )),
  },
  { weight: 2, arbitrary: sound(fc.constantFrom(...SCREEN_ARGUMENTS).map((args) => inSession((device, at) => aplUserEvent(device, at, SCREEN_TOKEN, args)))) },
  {
    weight: 1,
    arbitrary: sound(fc.tuple(systemError, id('amzn1.echo-api.request.')).map(([error, cause]) => inSession((device, at) => exceptionEncountered(device, at, error, cause)))),
  },
  {
    weight: 1,
    arbitrary: intentCall.map(({ value: { name, slots }, faults }) => ({ value: inSession((device, at) => canFulfillIntentRequest(device, at, name, slots)), faults })),
  },
  {
    weight: 1,
    arbitrary: sound(fc.tuple(fc.constantFrom('Buy', 'Upsell', 'Cancel', 'ScheduleReminder'), fc.constantFrom('200', '400', '500'), jsonObject).map(
      ([name, code, payload]) => inSession((device, at) => connectionsResponse(device, at, name, { code, message: '' }, payload)),
    )),
  },
  { weight: 1, arbitrary: sound(jsonObject.map((message) => ({ build: (device: Device, at: number) => messageReceived(device, at, message), inSession: false }))) },
  {
    weight: 1,
    arbitrary: sound(fc.tuple(fc.constantFrom(...AUDIO_REQUEST_TYPES), fc.string({ maxLength: 40 })).map(
      ([type, token]) => ({ build: (device: Device, at: number) => audioRequest(device, at, type, token), inSession: false }),
    )),
  },
);

/** Attributes the skill itself wrote after a random conversation: they reach deep states fast. */
const writtenAttributes = fc.tuple(fc.array(workoutEvent, { maxLength: 12 }), fc.integer({ min: 0, max: 200 })).map(([events, gap]) => {
  const voice = voiceFor('en-US');
  let session = NEW_SESSION;
  let now = 1_900_000_000_000;
  for (const event of events) {
    now += gap * 1000;
    const outcome = transition(session, event, contextAt(now, false, voice));
    if (!outcome.reply.end) session = outcome.session;
  }
  return writeSession(session);
});

const attributes: fc.Arbitrary<Readonly<Record<string, unknown>>> = fc.oneof(
  { weight: 4, arbitrary: writtenAttributes },
  {
    weight: 1,
    arbitrary: writtenAttributes.chain((written) =>
      fc.record({ key: fc.constantFrom(...Object.keys(written)), value: fc.jsonValue() }).map(({ key, value }) => ({ ...written, [key]: value })),
    ),
  },
  { weight: 1, arbitrary: jsonObject },
  { weight: 1, arbitrary: fc.constant({}) },
);

const session: fc.Arbitrary<SessionState> = fc.record({
  sessionId: id('amzn1.echo-api.session.'),
  isNew: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 3, arbitrary: fc.constant(false) }),
  attributes,
});

const device: fc.Arbitrary<Device> = fc.record({
  applicationId: id('amzn1.ask.skill.'),
  userId: id('amzn1.ask.account.'),
  deviceId: id('amzn1.ask.device.'),
  locale: fc.constantFrom(...SUPPORTED_LOCALES),
  supportedInterfaces: fc.constantFrom({}, { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.2' } } }),
});

/** A change to the built envelope at a dotted path: undefined removes the field. */
interface Fault {
  readonly path: string;
  readonly value: unknown;
  readonly why: string;
}

/** Fields Alexa always sends (session only inside a session, intent only with an intent, arguments only with a touch). */
const FIELDS = [
  'version', 'session', 'session.new', 'session.user', 'session.attributes', 'context', 'context.System', 'context.System.device',
  'context.System.device.supportedInterfaces', 'request', 'request.type', 'request.timestamp', 'request.locale', 'request.reason',
  'request.intent', 'request.intent.name', 'request.intent.slots', 'request.arguments',
];
const IDS = ['session.sessionId', 'session.user.userId', 'context.System.user.userId', 'context.System.device.deviceId', 'request.requestId'];

const field = fc.constantFrom(...FIELDS);
const fault: fc.Arbitrary<Fault> = fc.oneof(
  field.map((path) => ({ path, value: undefined, why: `${path}: missing` })),
  fc.tuple(field, fc.jsonValue()).map(([path, value]) => ({ path, value, why: `${path}: another JSON value` })),
  garbage.map((value) => ({ path: 'request.type', value, why: 'request.type: a type Alexa does not send' })),
  garbage.map((value) => ({ path: 'request.timestamp', value, why: 'request.timestamp: not a timestamp' })),
  fc.oneof(fc.constantFrom('xx-YY', 'en', 'EN-us', 'de_DE', '', 'zh-CN'), garbage).map((value) => ({
    path: 'request.locale', value, why: 'request.locale: not a locale the skill is published in',
  })),
  fc.tuple(fc.constantFrom(...IDS), huge).map(([path, value]) => ({ path, value, why: `${path}: ${value.length} characters` })),
);
/** Half the envelopes are built as Alexa sends them, half get one to three faults on top. */
const faults: fc.Arbitrary<readonly Fault[]> = fc.oneof(fc.constant([]), fc.array(fault, { minLength: 1, maxLength: 3 }));

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Applies the fault where the field's parent exists; says whether anything changed. */
function applied(root: unknown, { path, value }: Fault): boolean {
  const keys = path.split('.');
  const name = keys.pop() ?? '';
  const parent = keys.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), root);
  if (!isObject(parent)) return false;
  if (value !== undefined) parent[name] = value;
  else if (!Object.hasOwn(parent, name)) return false;
  else delete parent[name];
  return true;
}

export const fuzzedEnvelope: fc.Arbitrary<FuzzedEnvelope> = fc.record({ device, at: fc.integer({ min: 1_700_000_000_000, max: 2_000_000_000_000 }), request: requestKind, session, faults }).map(
  ({ device: by, at, request, session: state, faults: changes }): FuzzedEnvelope => {
    // A copy of its own: the skill may change the envelope it is given, and fast-check replays the inputs.
    const built = structuredClone(envelope(by, request.value.inSession ? state : null, request.value.build(by, at)));
    const found = [...new Set([...request.faults, ...changes.filter((change) => applied(built, change)).map((change) => change.why)])];
    const toString = { [fc.toStringMethod]: shown(built, found) };
    return found.length === 0 ? { wellFormed: true, envelope: built, faults: [], ...toString } : { wellFormed: false, envelope: built, faults: found, ...toString };
  },
);
