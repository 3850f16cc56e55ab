import type { ExerciseId, PhaseCue, Side } from '../catalog/exercises';

/**
 * What a user hears about one exercise, in one language. Written to be read aloud: short sentences,
 * one action each, no abbreviations or symbols.
 */
export interface ExerciseText {
  /** As said inside a sentence ("Next up: the cobra stretch"), lower case unless a proper noun. */
  readonly name: string;
  /** For cards and screens ("Cobra Stretch"). */
  readonly title: string;
  /** Where the body is, to follow "Next up: <name>," ("lying face down"). */
  readonly position: string;
  /** One sentence on what to have ready ("You need a mat or a rug."). */
  readonly needs: string;
  /** The steps, read in order before the first rep; the last one leads into the hold. */
  readonly steps: readonly string[];
  readonly caution: string;
  /** How to do an easier version, read instead of the steps when the user asks for it or after mild pain. */
  readonly gentler: readonly string[];
  /** Spoken at the start of each phase of a rep when the phase is not a plain hold (the cat stretch's two ends). */
  readonly cues?: Partial<Record<Exclude<PhaseCue, 'hold'>, string>>;
  /** Spoken when a side starts, when the generic "now the left side" would be unclear ("Now the left arm on top."). */
  readonly sides?: Readonly<Record<Side, string>>;
}

export type ExerciseTexts = Readonly<Record<ExerciseId, ExerciseText>>;
