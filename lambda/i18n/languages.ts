import type { LanguagePack, Regions } from './language-pack';
import { en, enRegions } from './locales/en';

/** Every language the skill speaks, by its two-letter code, with the Alexa locales it covers. */
export const LANGUAGES: Readonly<Record<string, { readonly pack: LanguagePack; readonly regions: Regions }>> = {
  en: { pack: en, regions: enRegions },
};

export const SUPPORTED_LOCALES: readonly string[] = Object.values(LANGUAGES).flatMap(({ regions }) => Object.keys(regions));
