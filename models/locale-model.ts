/**
 * The language-dependent half of the interaction model: the words one locale uses for the intents,
 * slots and slot type ids that models/schema.ts defines. models/build.ts joins the two.
 */
import type { BuiltInIntentName, CustomIntentName, SlotTypeName } from './schema';
import { SLOT_TYPES } from './schema';

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

export interface LocaleModel {
  /** What users say after "Alexa, open ..." (shared/alexa-platform.md section 3). */
  readonly invocationName: string;
  readonly samples: LocaleSamples;
  /** Every id of every slot type of models/schema.ts, with its words in this language. */
  readonly slotValues: { readonly [T in SlotTypeName]: SlotTypeWords<T> };
}
