import type { ExerciseId, Side } from '../catalog/exercises';
import type { RoutineId } from '../catalog/routines';

/**
 * What each kind of message parameter is, as the workout passes it; the speech layer turns it into words
 * in the user's language (an exercise id into its name, a count into "five stretches").
 */
export interface ParamKinds {
  /** Said as a number word. */
  readonly number: number;
  /** The exercise's name. */
  readonly exercise: ExerciseId;
  /** Where the body is for the exercise ("lying face down"). */
  readonly position: ExerciseId;
  readonly routine: RoutineId;
  readonly side: Side;
  /** A list of exercise names. */
  readonly exercises: readonly ExerciseId[];
  /** Counts said with their noun ("one stretch", "eleven minutes"). */
  readonly stretches: number;
  readonly minutes: number;
  readonly days: number;
  readonly sessions: number;
}
export type ParamKind = keyof ParamKinds;

const exercise = { exercise: 'exercise' } as const;
const exercises = { exercises: 'exercises' } as const;
const stretchesAndMinutes = { stretches: 'stretches', minutes: 'minutes' } as const;

/**
 * Every sentence the workout can ask the speech layer to say, with the parameters it takes. `say()` is
 * typed against this, and every language pack's text for a key may use exactly these `{{names}}`
 * (lambda/i18n/language-pack.ts checks them when the pack compiles).
 */
export const MESSAGES = {
  welcome: {},
  disclaimer: {},
  goodbye: {},
  fallback: {},
  'error.apology': {},
  'routine.start': { routine: 'routine', ...stretchesAndMinutes },
  'routine.done': { stretches: 'stretches' },
  'routine.overview': stretchesAndMinutes,
  'routine.remaining': stretchesAndMinutes,
  'routine.noneLeft': {},
  'exercise.start': exercise,
  'exercise.leftOut': exercise,
  'exercise.list': exercises,
  'exercise.unknown': exercises,
  'exercise.unknownExplain': exercises,
  'exercise.avoided': exercise,
  'exercise.excluded': exercise,
  'rep.number': { n: 'number', total: 'number' },
  'rep.release': {},
  'stop.summary': { stretches: 'stretches' },
  'advice.lasting': {},
  'nav.stayPaused': {},
  'nav.takeYourTime': {},
  'nav.nothingToSkip': {},
  'nav.nothingToPause': {},
  'nav.paused': {},
  'nav.fromTheTop': {},
  'nav.resuming': {},
  'nav.pickingUp': exercise,
  'nav.nothingYet': {},
  'nav.firstAlready': {},
  'help.idle': {},
  'help.paused': {},
  'help.exercising': {},
  'help.pain': {},
  'settings.slower': {},
  'settings.longer': {},
  'settings.keepShort': {},
  'gentler.start': exercise,
  'gentler.nothing': {},
  'pain.stop': {},
  'pain.heard': {},
  'pain.again': {},
  'pain.redFlagQuestion': {},
  'pain.redFlagAdvice': {},
  'pain.kindQuestion': {},
  'pain.mild': {},
  'pain.sharp': {},
  'pain.mildChoices': exercise,
  'pain.mildChoicesNoRoutine': {},
  'pain.sharpChoices': exercise,
  'pain.answerFirst': {},
  'pain.redFlagReprompt': {},
  'pain.redFlagSimpler': {},
  'pain.urgentQuestion': {},
  'pain.urgentSimpler': {},
  'pain.urgentReprompt': {},
  'pain.urgentAdvice': {},
  'pain.kindSimpler': {},
  'pain.carefulStop': {},
  'pain.emergencyIfSymptoms': {},
  'pain.gentleRoutine': {},
  'prompt.idle': {},
  'prompt.tryIt': exercise,
  'prompt.ready': {},
  'prompt.painReminder': {},
  'prompt.begin': {},
  'prompt.gentlerToo': {},
  'prompt.gentlerOrResume': {},
  'prompt.nextSide': { side: 'side' },
  'prompt.continue': {},
  'prompt.finish': {},
  'prompt.nextExercise': { exercise: 'exercise', position: 'position' },
  'prompt.paused': exercise,
  'prompt.resumeOffer': exercise,
  'prompt.confirmForget': {},
  'prompt.didSomethingHurt': {},
  'reprompt.idle': {},
  'reprompt.tryIt': exercise,
  'reprompt.next': {},
  'reprompt.finish': {},
  'reprompt.paused': {},
  'reprompt.gentlerToo': {},
  'reprompt.mildChoices': {},
  'reprompt.sharpChoices': {},
  'reprompt.resumeOffer': {},
  'reprompt.confirmForget': {},
  'reprompt.didSomethingHurt': {},
  'memory.hurtLastTime': exercise,
  'memory.streak': { days: 'days' },
  'memory.firstDay': {},
  'memory.resuming': {},
  'memory.nothingToResume': {},
  'memory.daysInARow': { days: 'days' },
  'memory.totals': { sessions: 'sessions', minutes: 'minutes' },
  'memory.favourites': exercises,
  'memory.noHistory': {},
  'memory.unavailable': {},
  'memory.forgotten': {},
  'memory.kept': {},
  'memory.forgetFailed': {},
} as const satisfies Readonly<Record<string, Readonly<Record<string, ParamKind>>>>;

export type MessageKey = keyof typeof MESSAGES;
export const MESSAGE_KEYS = Object.keys(MESSAGES) as readonly MessageKey[];

/** The names a message's text may use, `{{like}}` `{{these}}`. */
export type ParamName<K extends MessageKey> = keyof (typeof MESSAGES)[K] & string;

/** The values a message takes, by name, each of its declared kind. */
export type MessageParams<K extends MessageKey> = {
  readonly [P in ParamName<K>]: ParamKinds[(typeof MESSAGES)[K][P] & ParamKind];
};

type MessageOf<K extends MessageKey> = [ParamName<K>] extends [never]
  ? { readonly key: K; readonly params?: undefined }
  : { readonly key: K; readonly params: MessageParams<K> };

/** One sentence with its values: a message with parameters cannot be made without every one of them. */
export type Message = { [K in MessageKey]: MessageOf<K> }[MessageKey];

/** The arguments after the key: none for a message without parameters, else all of them (and no others). */
export type ParamsArgument<K extends MessageKey> = [ParamName<K>] extends [never] ? [] : [params: MessageParams<K>];

export function message<K extends MessageKey>(key: K, ...params: ParamsArgument<K>): Message {
  // The rest tuple holds exactly the declared values, so this is the message for `key`.
  return (params.length === 0 ? { key } : { key, params: params[0] }) as Message;
}
