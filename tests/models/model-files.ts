/**
 * Reads the committed skill-package files the way the ASK CLI would, so the tests check what ships,
 * not what the TypeScript sources claim.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const MODELS_DIR = join(ROOT, 'skill-package', 'interactionModels', 'custom');
export const MANIFEST_PATH = join(ROOT, 'skill-package', 'skill.json');

export interface SlotJson {
  name: string;
  type: string;
}
export interface IntentJson {
  name: string;
  slots?: SlotJson[];
  samples: string[];
}
export interface TypeJson {
  name: string;
  values: { id: string; name: { value: string; synonyms?: string[] } }[];
}
export interface InteractionModelJson {
  interactionModel: {
    languageModel: {
      invocationName: string;
      modelConfiguration?: { fallbackIntentSensitivity?: { level?: string } };
      intents: IntentJson[];
      types: TypeJson[];
    };
  };
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Locales that have a committed model file, from the file names. */
export function committedModelLocales(): string[] {
  return readdirSync(MODELS_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

export function readModel(locale: string): InteractionModelJson {
  return JSON.parse(readText(join(MODELS_DIR, `${locale}.json`))) as InteractionModelJson;
}

/** All the words that resolve to a value of a custom type: every value and synonym. */
export function typeWords(type: TypeJson): string[] {
  return type.values.flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])]);
}

const SLOT_REFERENCE = /\{([^{}]*)\}/g;

export function slotReferences(sample: string): string[] {
  return [...sample.matchAll(SLOT_REFERENCE)].map((match) => match[1]!);
}

/**
 * Every phrase a sample stands for once each slot reference is replaced by any word of its slot type.
 * A reference to an undeclared slot is left as it is (another test reports it).
 */
export function expandSample(sample: string, intent: IntentJson, types: readonly TypeJson[]): string[] {
  let phrases = [sample];
  for (const slotName of new Set(slotReferences(sample))) {
    const slot = intent.slots?.find((candidate) => candidate.name === slotName);
    const type = slot && types.find((candidate) => candidate.name === slot.type);
    if (!type) continue;
    const words = typeWords(type);
    phrases = phrases.flatMap((phrase) => words.map((word) => phrase.split(`{${slotName}}`).join(word)));
  }
  return phrases;
}

/** The intents whose samples (with slots filled in) include `utterance` exactly. */
export function intentsMatching(utterance: string, model: InteractionModelJson): string[] {
  const { intents, types } = model.interactionModel.languageModel;
  return intents
    .filter((intent) => intent.samples.some((sample) => expandSample(sample, intent, types).includes(utterance)))
    .map((intent) => intent.name);
}
