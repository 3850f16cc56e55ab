/**
 * Reads a locale's generated interaction model (skill-package/interactionModels/custom/<locale>.json),
 * the same file the ASK CLI deploys, so the simulator understands exactly the words a real Alexa would.
 * The file is checked against the parts of the ASK schema the simulator relies on: a broken or
 * hand-edited file fails here with a readable message instead of matching nothing later.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';

export const PROJECT_ROOT = join(__dirname, '..', '..');
export const MODELS_DIR = join(PROJECT_ROOT, 'skill-package', 'interactionModels', 'custom');

const slotSchema = z.object({ name: z.string(), type: z.string() });
const intentSchema = z.object({
  name: z.string(),
  slots: z.optional(z.array(slotSchema)),
  samples: z.optional(z.array(z.string())),
});
const typeValueSchema = z.object({
  // ASK lets a value go without an id; Alexa then resolves to the value itself.
  id: z.optional(z.string()),
  name: z.object({ value: z.string(), synonyms: z.optional(z.array(z.string())) }),
});
const typeSchema = z.object({ name: z.string(), values: z.array(typeValueSchema) });
const fileSchema = z.object({
  interactionModel: z.object({
    languageModel: z.object({
      invocationName: z.string(),
      intents: z.array(intentSchema),
      types: z.optional(z.array(typeSchema)),
    }),
  }),
});

export interface SlotDeclaration {
  readonly name: string;
  readonly type: string;
}

export interface IntentDeclaration {
  readonly name: string;
  readonly slots: readonly SlotDeclaration[];
  readonly samples: readonly string[];
}

export interface SlotTypeValue {
  readonly id: string;
  readonly value: string;
  readonly synonyms: readonly string[];
}

export interface SlotType {
  readonly name: string;
  readonly values: readonly SlotTypeValue[];
}

export interface InteractionModel {
  readonly locale: string;
  readonly invocationName: string;
  readonly intents: readonly IntentDeclaration[];
  readonly types: readonly SlotType[];
}

/** Locales that have a generated model, from the file names. */
export function availableLocales(dir: string = MODELS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** Parses a model file's JSON text; `locale` only labels it. */
export function parseInteractionModel(locale: string, json: unknown): InteractionModel {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`The ${locale} interaction model is not in the expected shape: ${problems.join('; ')}`);
  }
  const languageModel = parsed.data.interactionModel.languageModel;
  return {
    locale,
    invocationName: languageModel.invocationName,
    intents: languageModel.intents.map((intent) => ({
      name: intent.name,
      slots: intent.slots ?? [],
      samples: intent.samples ?? [],
    })),
    types: (languageModel.types ?? []).map((type) => ({
      name: type.name,
      values: type.values.map((value) => ({
        id: value.id ?? value.name.value,
        value: value.name.value,
        synonyms: value.name.synonyms ?? [],
      })),
    })),
  };
}

export function loadInteractionModel(locale: string, dir: string = MODELS_DIR): InteractionModel {
  const file = join(dir, `${locale}.json`);
  if (!existsSync(file)) {
    const known = availableLocales(dir);
    throw new Error(
      `No interaction model for locale "${locale}" (looked for ${file}). ` +
        (known.length > 0 ? `Available: ${known.join(', ')}.` : 'Run `npm run models` to generate them.'),
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseInteractionModel(locale, json);
}
