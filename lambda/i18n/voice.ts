import i18next, { type TFunction } from 'i18next';
import type { LanguagePack, PhraseKey, PhraseParams } from './language-pack';
import { LANGUAGE_LOCALES, loadLanguage } from './load';
import { en } from './languages/en';

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

const i18n = i18next.createInstance();
void i18n.init({
  resources: {},
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

/** Puts a language's words into i18next: the pack under its code ("es"), what a locale changes under the locale ("es-MX"). */
function register(code: string): LanguagePack | undefined {
  if (i18n.hasResourceBundle(code, 'translation')) return loadLanguage(code)?.pack;
  const language = loadLanguage(code);
  if (language === undefined) return undefined;
  const { pack, regions } = language;
  const screen = Object.fromEntries(Object.entries(pack.screen).map(([key, text]) => [`screen.${key}`, text]));
  i18n.addResourceBundle(code, 'translation', { ...pack.messages, ...pack.speech, ...screen });
  for (const [locale, override] of Object.entries(regions)) {
    i18n.addResourceBundle(locale, 'translation', { ...override.messages, ...override.speech });
  }
  return pack;
}

register(FALLBACK_LANGUAGE);

/**
 * The voice for an Alexa locale ("de-DE"). A locale of a known language that has no entry of its own
 * speaks the language's base pack; anything else (missing, malformed, unknown language) gets en-US.
 */
export function voiceFor(locale: string | undefined): Voice {
  const wellFormed = typeof locale === 'string' && /^[a-z]{2}-[A-Z]{2}$/.test(locale);
  const requested = wellFormed && Object.hasOwn(LANGUAGE_LOCALES, locale.slice(0, 2)) ? locale : DEFAULT_LOCALE;
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
