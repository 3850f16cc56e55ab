import type { LanguagePack, Regions } from './language-pack';
import { en, enRegions } from './locales/en';
import { ar, arRegions } from './locales/ar';
import { hi, hiRegions } from './locales/hi';
import { es, esRegions } from './locales/es';
import { pt, ptRegions } from './locales/pt';
import { fr, frRegions } from './locales/fr';
import { it, itRegions } from './locales/it';
import { de, deRegions } from './locales/de';
import { nl, nlRegions } from './locales/nl';
import { ja, jaRegions } from './locales/ja';

/** Every language the skill speaks, by its two-letter code, with the Alexa locales it covers. */
export const LANGUAGES: Readonly<Record<string, { readonly pack: LanguagePack; readonly regions: Regions }>> = {
  en: { pack: en, regions: enRegions },
  ar: { pack: ar, regions: arRegions },
  hi: { pack: hi, regions: hiRegions },
  es: { pack: es, regions: esRegions },
  pt: { pack: pt, regions: ptRegions },
  fr: { pack: fr, regions: frRegions },
  it: { pack: it, regions: itRegions },
  de: { pack: de, regions: deRegions },
  nl: { pack: nl, regions: nlRegions },
  ja: { pack: ja, regions: jaRegions },
};

export const SUPPORTED_LOCALES: readonly string[] = Object.values(LANGUAGES).flatMap(({ regions }) => Object.keys(regions));
