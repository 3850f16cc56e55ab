import i18next, { type TFunction } from 'i18next';
import type { LanguagePack, PhraseKey, PhraseParams } from './language-pack';
import { LANGUAGE_LOCALES, loadLanguage, type Language } from './load';
import { en, enRegions } from './languages/en';

export const FALLBACK_LANGUAGE = 'en';
const DEFAULT_LOCALE = 'en-US';

/** Everything needed to speak to one user: their locale's words and a translate function bound to it. */
export interface Voice {
  readonly locale: string;
  readonly pack: LanguagePack;
  readonly t: TFunction;
  /** One of the speech layer's or the screen's texts, with exactly the values it declares. */
  phrase<K extends PhraseKey>(key: K, ...params: PhraseParams<K>): string;
}

/** A language's words as i18next resources: the pack under its code ("es"), what a locale changes under the locale ("es-MX"). */
function resourcesOf(code: string, { pack, regions }: Language): Record<string, { translation: Record<string, string> }> {
  const screen = Object.fromEntries(Object.entries(pack.screen).map(([key, text]) => [`screen.${key}`, text]));
  return {
    [code]: { translation: { ...pack.messages, ...pack.speech, ...screen } },
    ...Object.fromEntries(Object.entries(regions).map(([locale, override]) => [locale, { translation: { ...override.messages, ...override.speech } }])),
  };
}

const i18n = i18next.createInstance();
void i18n.init({
  // English is the fallback and always there: given to init, it is stored once rather than added after.
  resources: resourcesOf(FALLBACK_LANGUAGE, { pack: en, regions: enRegions }),
  fallbackLng: FALLBACK_LANGUAGE,
  // Keys are flat ("pain.kindQuestion"); nothing in them is a namespace or a path.
  keySeparator: false,
  nsSeparator: false,
  // Escaping belongs to the SSML layer, which escapes everything it speaks.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** Puts a language's words into i18next the first time someone speaks it. */
function register(code: string): LanguagePack | undefined {
  const language = loadLanguage(code);
  if (language === undefined) return undefined;
  if (!i18n.hasResourceBundle(code, 'translation')) {
    for (const [lng, { translation }] of Object.entries(resourcesOf(code, language))) i18n.addResourceBundle(lng, 'translation', translation);
  }
  return language.pack;
}

const voices = new Map<string, Voice>();

/**
 * The Alexa locale whose voice serves `locale`: itself when the skill speaks it; another region of a
 * language the skill speaks gets that language's first locale ("de-AT" is served as "de-DE"); anything
 * else (missing, malformed, unknown language) en-US. So there are never more voices, nor caches kept
 * per voice, than locales the skill ships, whatever locales forged requests make up.
 */
function servingLocale(locale: string | undefined): string {
  if (typeof locale !== 'string') return DEFAULT_LOCALE;
  const regions = Object.hasOwn(LANGUAGE_LOCALES, locale.slice(0, 2)) ? LANGUAGE_LOCALES[locale.slice(0, 2)] : undefined;
  if (regions === undefined || !/^[a-z]{2}-[A-Z]{2}$/.test(locale)) return DEFAULT_LOCALE;
  return regions.includes(locale) ? locale : (regions[0] ?? DEFAULT_LOCALE);
}

/** The voice for an Alexa locale ("de-DE"), served as servingLocale says. */
export function voiceFor(locale: string | undefined): Voice {
  const requested = servingLocale(locale);
  const cached = voices.get(requested);
  if (cached) return cached;
  const pack = register(requested.slice(0, 2)) ?? en;
  const voice: Voice = {
    locale: requested,
    pack,
    t: i18n.getFixedT(requested),
    // Through `t`, so that every lookup of the voice goes one way (the benchmark's baseline test counts them).
    phrase: (key, ...params) => voice.t(key, params[0]),
  };
  voices.set(requested, voice);
  return voice;
}
