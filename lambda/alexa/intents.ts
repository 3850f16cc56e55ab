/**
 * The language-independent half of the voice interaction model: which intents exist, which slots they
 * take and which ids each custom slot type resolves to. Each locale under models/locales/ supplies the
 * words (invocation name, sample utterances, slot synonyms); models/generate.ts joins the two into
 * skill-package/interactionModels/custom/<locale>.json. The skill's handlers import the same names,
 * so the model and the code cannot disagree on what an intent is called.
 */
import { EXERCISE_IDS } from '../catalog/exercises';
import { ROUTINE_IDS } from '../catalog/routines';
import { PAIN_KINDS } from '../workout/types';

export const SLOT_TYPES = {
  ExerciseType: EXERCISE_IDS,
  RoutineType: ROUTINE_IDS,
  PainKindType: PAIN_KINDS,
  /**
   * Where it hurts, for the pain intent's many ways of saying so ("my upper back is hurting"). Only
   * `chest` changes anything: chest pain is an emergency sign, so it goes to the red-flag answer.
   */
  BodyPartType: ['back', 'upper_back', 'lower_back', 'neck', 'shoulder', 'arm', 'hand', 'leg', 'hip', 'knee', 'head', 'chest'],
} as const;
export type SlotTypeName = keyof typeof SLOT_TYPES;

interface SlotSpec {
  readonly name: string;
  readonly type: SlotTypeName;
}

export const CUSTOM_INTENTS = {
  /** "it hurts", "ouch", "my upper back is hurting": pauses at once from any state and starts the pain check. */
  PainIntent: [{ name: 'bodyPart', type: 'BodyPartType' }],
  /**
   * An emergency symptom said outright, also as the bare answer to the red-flag question ("chest pain",
   * "pins and needles", "I feel faint"): ends with the advice to call the emergency number.
   */
  RedFlagIntent: [],
  /** An urgent but not emergency sign ("I had a fall", "I've got a fever"): stop for today, see a doctor today. */
  UrgentSignIntent: [],
  /** "I don't know", "not sure": the pain check asks once more, more simply. */
  UnsureIntent: [],
  /** The answer to "sharp, or more like a strong stretch?". */
  PainKindIntent: [{ name: 'painKind', type: 'PainKindType' }],
  /** "how do I do cobra": explains one exercise. */
  HowToIntent: [{ name: 'exercise', type: 'ExerciseType' }],
  /** "let's do the cat stretch": runs one exercise. */
  StartExerciseIntent: [{ name: 'exercise', type: 'ExerciseType' }],
  /** "start the chair routine"; without a routine, the default one. */
  StartRoutineIntent: [{ name: 'routine', type: 'RoutineType' }],
  ListExercisesIntent: [],
  /** "how many are left". */
  RemainingIntent: [],
  /** "slower": more time between steps and between reps, for this session. */
  SlowerIntent: [],
  /** "longer holds". */
  LongerHoldsIntent: [],
  /** "an easier version": the gentler variant of the current exercise. */
  GentlerIntent: [],
  SkipIntent: [],
  /** "how am I doing": days in a row, sessions this week, minutes, favourite stretches. */
  ProgressIntent: [],
  /** "delete my history": asks yes or no, then deletes the user's stored record. */
  ForgetDataIntent: [],
} as const satisfies Record<string, readonly SlotSpec[]>;
export type CustomIntentName = keyof typeof CUSTOM_INTENTS;

export const BUILT_IN_INTENTS = [
  'AMAZON.NextIntent',
  'AMAZON.PreviousIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.StartOverIntent',
  'AMAZON.PauseIntent',
  'AMAZON.ResumeIntent',
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.FallbackIntent',
] as const;
export type BuiltInIntentName = (typeof BUILT_IN_INTENTS)[number];

/** Certification requires these in every locale's model (docs/alexa-platform.md, section 4). */
export const REQUIRED_BUILT_INS: readonly BuiltInIntentName[] = [
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.HelpIntent',
  'AMAZON.NavigateHomeIntent',
];

export type IntentName = CustomIntentName | BuiltInIntentName;
