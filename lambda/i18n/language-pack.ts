import type { RoutineId } from '../catalog/routines';
import type { MessageKey } from '../workout/messages';
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
