import i18next, { type TFunction } from 'i18next';
import type { LanguagePack } from './language-pack';
import { LANGUAGES } from './languages';
import { en } from './locales/en';

export const FALLBACK_LANGUAGE = 'en';
const DEFAULT_LOCALE = 'en-US';

/** Everything needed to speak to one user: their locale's words and a translate function bound to it. */
export interface Voice {
  readonly locale: string;
  readonly pack: LanguagePack;
  readonly t: TFunction;
}

/** i18next resources: a language's pack under its code ("de"), what a locale changes under the locale ("de-AT"). */
function resources() {
  const all: Record<string, { translation: Record<string, string> }> = {};
  for (const [language, { pack, regions }] of Object.entries(LANGUAGES)) {
    const screen = Object.fromEntries(Object.entries(pack.screen ?? en.screen ?? {}).map(([key, text]) => [`screen.${key}`, text]));
    all[language] = { translation: { ...pack.messages, ...pack.speech, ...screen } };
    for (const [locale, override] of Object.entries(regions)) {
      all[locale] = { translation: { ...override.messages, ...override.speech } as Record<string, string> };
    }
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

/**
 * The voice for an Alexa locale ("de-DE"). A locale of a known language that has no entry of its own
 * speaks the language's base pack; anything else (missing, malformed, unknown language) gets en-US.
 */
export function voiceFor(locale: string | undefined): Voice {
  const wellFormed = typeof locale === 'string' && /^[a-z]{2}-[A-Z]{2}$/.test(locale);
  const requested = wellFormed && LANGUAGES[locale.slice(0, 2)] ? locale : DEFAULT_LOCALE;
  const cached = voices.get(requested);
  if (cached) return cached;
  const pack = LANGUAGES[requested.slice(0, 2)]?.pack ?? en;
  const voice: Voice = { locale: requested, pack, t: i18n.getFixedT(requested) };
  voices.set(requested, voice);
  return voice;
}
