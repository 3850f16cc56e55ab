/**
 * The language-dependent half of the interaction model: the words one locale uses for the intents,
 * slots and slot type ids that lambda/alexa/intents.ts defines. models/build.ts joins the two.
 */
import type { BuiltInIntentName, CustomIntentName, SlotTypeName } from '../lambda/alexa/intents';
import { SLOT_TYPES } from '../lambda/alexa/intents';

/** The ids a custom slot type resolves to ("cobra_stretch", "chair", "sharp"). */
export type SlotId<T extends SlotTypeName> = (typeof SLOT_TYPES)[T][number];

/** What a user may say for one slot id: the canonical spoken value and other ways of saying it. */
export interface SlotValueWords {
  readonly value: string;
  readonly synonyms: readonly string[];
}

export type SlotTypeWords<T extends SlotTypeName> = { readonly [Id in SlotId<T>]: SlotValueWords };

/**
 * Sample utterances: required for every custom intent, optional extras for built-ins (a built-in
 * left out keeps Amazon's own utterances only). Lower case words, apostrophes and single spaces;
 * slots as `{slotName}`.
 */
export type LocaleSamples = { readonly [I in CustomIntentName]: readonly string[] } & {
  readonly [I in BuiltInIntentName]?: readonly string[];
};

/** How people of this language talk to Alexa about a skill; the tests check the store's example phrases with it. */
export interface Phrasing {
  /** Opening the skill by name, `{name}` standing for the invocation name: "open {name}". */
  readonly launch: readonly string[];
  /** Asking it for something in one go: "ask {name} {request}", "ask {name} to {request}". */
  readonly request: readonly string[];
  /** Launch phrases, connecting words and wake words that an invocation name may not contain. */
  readonly forbiddenInInvocationName: readonly string[];
  /** False for languages written without spaces between words (Japanese). */
  readonly spaced: boolean;
}

/** The skill's store listing in this locale (skill.json publishingInformation.locales). */
export interface Publishing {
  readonly name: string;
  /** At most 120 characters. */
  readonly summary: string;
  readonly description: string;
  /** Appended to the description: health skills must say they are no substitute for medical advice. */
  readonly disclaimer: string;
  /** One to three; the first opens the skill by name; every one must be a real launch phrase or sample. */
  readonly examplePhrases: readonly string[];
  readonly keywords: readonly string[];
}

export interface LocaleModel {
  /** What users say after "Alexa, open ..." (docs/alexa-platform.md, section 3). */
  readonly invocationName: string;
  readonly samples: LocaleSamples;
  /** Every id of every slot type of lambda/alexa/intents.ts, with its words in this language. */
  readonly slotValues: { readonly [T in SlotTypeName]: SlotTypeWords<T> };
  readonly phrasing: Phrasing;
  readonly publishing: Publishing;
  /**
   * Built-in intents Alexa does not offer in this locale: left out of its model (the skill answers
   * unmatched words with its fallback answer either way).
   */
  readonly unavailableBuiltIns?: readonly BuiltInIntentName[];
}
