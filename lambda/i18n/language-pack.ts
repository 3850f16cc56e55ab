import type { RoutineId } from '../catalog/routines';
import type { MessageKey, ParamName } from '../workout/messages';
import type { ExerciseTexts } from './exercise-text';

/**
 * Words the speech layer itself needs besides the workout's messages: counting, durations, sides.
 * Plural forms follow i18next's suffixes (`_one`, `_other`, and `_two`, `_few`... where a language has them).
 */
export interface SpeechWords {
  /** Said at the start of a hold ("Hold."), before the count. */
  readonly 'hold.start': string;
  /** A long hold continued in a new response. */
  readonly 'hold.keepHolding': string;
  /** A long hold starts: {{duration}}. */
  readonly 'hold.long': string;
  /** A long hold's countdown: {{duration}} left. */
  readonly 'hold.left': string;
  /** Durations and counts with plural forms; {{n}} is the number in words. */
  readonly [plural: `duration.${'seconds' | 'minutes' | 'days'}_${string}` | `${'stretches' | 'sessions'}_${string}`]: string;
  readonly 'side.generic': string;
  readonly 'sideName.right': string;
  readonly 'sideName.left': string;
  readonly 'explain.intro': string;
  readonly 'explain.caution': string;
  readonly 'explain.gentler': string;
  /** The local emergency number as it should be spoken ("nine one one"). */
  readonly emergencyNumber: string;
}

/** Words on the screen of an Echo Show or Fire TV (lambda/screen), and on cards in the Alexa app. */
export interface ScreenLabels {
  readonly title: string;
  readonly hurts: string;
  readonly pause: string;
  readonly resume: string;
  readonly next: string;
  /** {{n}} and {{total}} are digits. */
  readonly progress: string;
}

/** The things the skill counts in speech, each a noun with its own gender in many languages. */
export type CountedNoun = 'seconds' | 'minutes' | 'days' | 'stretches' | 'sessions';

export interface LanguagePack {
  readonly messages: Readonly<Record<MessageKey, string>>;
  readonly speech: SpeechWords;
  readonly routines: Readonly<Record<RoutineId, string>>;
  readonly screen: ScreenLabels;
  /**
   * Number words from zero upwards, at least up to sixty, for durations and for counting: a hold says them
   * as they are, one a second, so they carry no punctuation (its pause would make the count run late).
   */
  readonly numbers: readonly string[];
  readonly exercises: ExerciseTexts;
  /**
   * The number as said before a noun, where it agrees with the noun ("vingt et une minutes",
   * "veintiún minutos"); `numbers` otherwise.
   */
  readonly countWord?: (n: number, noun: CountedNoun) => string | undefined;
  /** Average speaking rate of Alexa's voice for this language, in characters per second, for pacing. */
  readonly charactersPerSecond: number;
}

/** What a regional variant (en-GB, es-MX...) changes in its language's pack. */
export interface LocaleOverride {
  readonly messages?: Partial<Record<MessageKey, string>>;
  readonly speech?: Partial<SpeechWords>;
}

/** Every Alexa locale of a language, with what it changes in the language's pack (often nothing). */
export type Regions = Readonly<Record<string, LocaleOverride>>;

/** The `{{names}}` each text of the speech layer and the screen may use; plural forms also get i18next's `count`. */
interface SpeechNames {
  readonly 'hold.long': 'duration';
  readonly 'hold.left': 'duration';
  readonly 'side.generic': 'side';
  readonly 'explain.intro': 'exercise' | 'needs';
  readonly 'explain.caution': 'caution';
  readonly [plural: `duration.${string}_${string}` | `${'stretches' | 'sessions'}_${string}`]: 'n' | 'count';
}
interface ScreenNames {
  readonly progress: 'n' | 'total';
}
type MessageNames = { readonly [K in MessageKey]: ParamName<K> };

/** The speech layer's and the screen's own texts, by the key i18next knows them under; plural forms are reached through counts. */
export type PhraseKey = Exclude<keyof SpeechWords, `${string}_${string}`> | `screen.${keyof ScreenLabels}`;
type PhraseNames<K extends PhraseKey> = K extends keyof SpeechNames
  ? SpeechNames[K]
  : K extends `screen.${infer Label}` ? (Label extends keyof ScreenNames ? ScreenNames[Label] : never) : never;
/** The values after a phrase's key: none, or exactly the names its texts may use. */
export type PhraseParams<K extends PhraseKey> = [PhraseNames<K>] extends [never]
  ? []
  : [params: { readonly [N in PhraseNames<K>]: string | number }];
/** Every text of `Words` with its names: those `Declared` gives it, none for the rest. */
type NamesOf<Words, Declared> = { readonly [K in keyof Words]: K extends keyof Declared ? Declared[K] : never };

type Placeholders<S extends string> = S extends `${string}{{${infer P}}}${infer Rest}` ? P | Placeholders<Rest> : never;
type Unknown<S extends string, Allowed> = Exclude<Placeholders<S>, Allowed>;

/**
 * Each text of `T` against the names its key declares: a text with a misspelled or undeclared `{{name}}`
 * (or a key that is no text of the skill) does not compile, and the error names what is wrong.
 */
type Checked<T, Names> = {
  readonly [K in keyof T]: K extends keyof Names
    ? T[K] extends string
      ? [Unknown<T[K], Names[K]>] extends [never] ? unknown : { readonly error: `"${K & string}" has no parameter {{${Unknown<T[K], Names[K]> & string}}}` }
      : unknown
    : { readonly error: `"${K & string}" is not a text of the skill` };
};

type CheckedOverride<T> = (T extends { readonly messages: infer M } ? { readonly messages: Checked<M, MessageNames> } : unknown)
  & (T extends { readonly speech: infer S } ? { readonly speech: Checked<S, NamesOf<SpeechWords, SpeechNames>> } : unknown);

type CheckedPack<T extends LanguagePack> = CheckedOverride<T> & { readonly screen: Checked<T['screen'], NamesOf<ScreenLabels, ScreenNames>> };

/** A language pack whose every text is checked against the names it may use (see `Checked`). */
export function languagePack<const T extends LanguagePack>(pack: T & CheckedPack<T>): LanguagePack {
  return pack;
}

/** Messages one or more regions say differently, checked like a pack's. */
export function regionMessages<const T extends Partial<Record<MessageKey, string>>>(messages: T & Checked<T, MessageNames>): T {
  return messages;
}

/** A language's regions, each override checked like a pack's texts. */
export function regions<const T extends Regions>(table: T & { readonly [L in keyof T]: CheckedOverride<T[L]> }): Regions {
  return table;
}
