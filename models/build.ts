/**
 * Joins the language-independent schema (lambda/alexa/intents.ts) with one locale's words
 * (models/locales/*.ts) into the ASK CLI v2 interaction model JSON. Pure: models/generate.ts writes the
 * result to skill-package/interactionModels/custom/<locale>.json, and a test checks those files are
 * up to date.
 */
import type { LocaleModel, SlotValueWords } from './locale-model';
import { enUS } from './locales/en-US';
import { enGB } from './locales/en-GB';
import { enAU } from './locales/en-AU';
import { enCA } from './locales/en-CA';
import { enIN } from './locales/en-IN';
import { hiIN } from './locales/hi-IN';
import { arSA } from './locales/ar-SA';
import { esES, esMX, esUS } from './locales/es';
import { frFR } from './locales/fr-FR';
import { frCA } from './locales/fr-CA';
import { ptBR } from './locales/pt-BR';
import { itIT } from './locales/it-IT';
import { nlNL } from './locales/nl-NL';
import { deDE } from './locales/de-DE';
import { jaJP } from './locales/ja-JP';
import { BUILT_IN_INTENTS, CUSTOM_INTENTS, SLOT_TYPES, type SlotTypeName } from '../lambda/alexa/intents';

/**
 * Every locale the skill ships, with its words. Locales that share a language share one model object
 * (for example `'en-GB': enUS` or a variant built from it), so a sample added once reaches them all.
 */
export const LOCALE_MODELS: Readonly<Record<string, LocaleModel>> = {
  'en-US': enUS,
  // Built on en-US, with how people there say it hurts ("my back's really sore", "my back is paining").
  'en-GB': enGB,
  'en-AU': enAU,
  'en-CA': enCA,
  'en-IN': enIN,
  'hi-IN': hiIN,
  'ar-SA': arSA,
  'es-ES': esES,
  'es-MX': esMX,
  'es-US': esUS,
  'fr-FR': frFR,
  'fr-CA': frCA,
  'pt-BR': ptBR,
  'it-IT': itIT,
  'nl-NL': nlNL,
  'de-DE': deDE,
  'ja-JP': jaJP,
};

export const LOCALES: readonly string[] = Object.keys(LOCALE_MODELS);

/** Where the ASK CLI expects a locale's model, relative to the project root. */
export function interactionModelPath(locale: string): string {
  return `skill-package/interactionModels/custom/${locale}.json`;
}

export function localeModel(locale: string): LocaleModel {
  const model = LOCALE_MODELS[locale];
  if (!model) throw new Error(`No interaction model words for locale "${locale}" (known: ${LOCALES.join(', ')})`);
  return model;
}

interface IntentJson {
  name: string;
  slots?: { name: string; type: string }[];
  samples: string[];
}

interface TypeValueJson {
  id: string;
  name: { value: string; synonyms: string[] };
}

/** Drops synonyms equal to the value or repeated, keeping the first-written order. */
function typeValue(id: string, words: SlotValueWords): TypeValueJson {
  const synonyms = [...new Set(words.synonyms)].filter((synonym) => synonym !== words.value);
  return { id, name: { value: words.value, synonyms } };
}

export function buildInteractionModel(locale: string): object {
  const model = localeModel(locale);
  const samples: Readonly<Record<string, readonly string[] | undefined>> = model.samples;

  const customIntents: IntentJson[] = Object.entries(CUSTOM_INTENTS).map(([name, slots]) => ({
    name,
    slots: slots.map((slot) => ({ name: slot.name, type: slot.type })),
    samples: [...(samples[name] ?? [])],
  }));
  const unavailable = new Set(model.unavailableBuiltIns ?? []);
  const builtInIntents: IntentJson[] = BUILT_IN_INTENTS.filter((name) => !unavailable.has(name)).map((name) => ({
    name,
    samples: [...(samples[name] ?? [])],
  }));

  const types = (Object.keys(SLOT_TYPES) as SlotTypeName[]).map((type) => {
    const words: Readonly<Record<string, SlotValueWords>> = model.slotValues[type];
    return {
      name: type,
      values: SLOT_TYPES[type].map((id) => typeValue(id, words[id])),
    };
  });

  return {
    interactionModel: {
      languageModel: {
        invocationName: model.invocationName,
        modelConfiguration: { fallbackIntentSensitivity: { level: 'LOW' } },
        intents: [...customIntents, ...builtInIntents],
        types,
      },
    },
  };
}

/** The exact text of skill-package/interactionModels/custom/<locale>.json. */
export function interactionModelFileText(locale: string): string {
  return `${JSON.stringify(buildInteractionModel(locale), null, 2)}\n`;
}
