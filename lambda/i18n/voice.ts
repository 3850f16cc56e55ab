import i18next, { type TFunction } from 'i18next';
import type { LanguagePack, LocaleOverride } from './language-pack';
import { en } from './locales/en';

/** One language pack per language; a locale without its own pack falls back to English. */
const PACKS: Readonly<Record<string, LanguagePack>> = { en };
/** Regional differences within a language (emergency numbers, "physiotherapist"...). */
const OVERRIDES: Readonly<Record<string, LocaleOverride>> = {};

export const FALLBACK_LANGUAGE = 'en';
const DEFAULT_LOCALE = 'en-US';

/** Everything needed to speak to one user: their locale's words and a translate function bound to it. */
export interface Voice {
  readonly locale: string;
  readonly pack: LanguagePack;
  readonly t: TFunction;
}

function resources() {
  const all: Record<string, { translation: Record<string, string> }> = {};
  for (const [language, pack] of Object.entries(PACKS)) {
    all[language] = { translation: { ...pack.messages, ...pack.speech } };
  }
  for (const [locale, override] of Object.entries(OVERRIDES)) {
    all[locale] = { translation: { ...override.messages, ...override.speech } as Record<string, string> };
  }
  return all;
}

const i18n = i18next.createInstance();
void i18n.init({
  resources: resources(),
  fallbackLng: FALLBACK_LANGUAGE,
  // Keys are flat ("pain.kindQuestion"); nothing in them is a namespace or a path.
  keySeparator: false,
  nsSeparator: false,
  // Escaping belongs to the SSML layer, which escapes everything it speaks.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

const voices = new Map<string, Voice>();

/** The voice for an Alexa locale ("en-US"); unknown or missing locales get English. */
export function voiceFor(locale: string | undefined): Voice {
  const wellFormed = typeof locale === 'string' && /^[a-z]{2}-[A-Z]{2}$/.test(locale);
  const requested = wellFormed && PACKS[locale.slice(0, 2)] ? locale : DEFAULT_LOCALE;
  const cached = voices.get(requested);
  if (cached) return cached;
  const pack = PACKS[requested.slice(0, 2)] ?? en;
  const voice: Voice = { locale: requested, pack, t: i18n.getFixedT(requested) };
  voices.set(requested, voice);
  return voice;
}
