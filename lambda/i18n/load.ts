import type { LanguagePack, Regions } from './language-pack';
import { en, enRegions } from './languages/en';

export interface Language {
  readonly pack: LanguagePack;
  /** Every Alexa locale of the language, with what it changes in the pack (often nothing). */
  readonly regions: Regions;
}

/** The Alexa locales each language covers: known without loading the language. */
export const LANGUAGE_LOCALES: Readonly<Record<string, readonly string[]>> = {
  en: ['en-US', 'en-CA', 'en-GB', 'en-AU', 'en-IN'],
  de: ['de-DE'],
  fr: ['fr-FR', 'fr-CA'],
  es: ['es-ES', 'es-MX', 'es-US'],
  it: ['it-IT'],
  pt: ['pt-BR'],
  nl: ['nl-NL'],
  ja: ['ja-JP'],
  hi: ['hi-IN'],
  ar: ['ar-SA'],
};

export const SUPPORTED_LOCALES: readonly string[] = Object.values(LANGUAGE_LOCALES).flat();

/**
 * English is always loaded: it is the fallback. Every other language is loaded the first time someone
 * speaks it; in the Lambda bundle each is a file of its own (scripts/build.mjs), so a cold start reads
 * and compiles only the languages it needs.
 */
const LOADERS: Readonly<Record<string, () => Language>> = {
  en: () => ({ pack: en, regions: enRegions }),
  de: () => {
    const { de, deRegions } = require('./languages/de') as typeof import('./languages/de');
    return { pack: de, regions: deRegions };
  },
  fr: () => {
    const { fr, frRegions } = require('./languages/fr') as typeof import('./languages/fr');
    return { pack: fr, regions: frRegions };
  },
  es: () => {
    const { es, esRegions } = require('./languages/es') as typeof import('./languages/es');
    return { pack: es, regions: esRegions };
  },
  it: () => {
    const { it, itRegions } = require('./languages/it') as typeof import('./languages/it');
    return { pack: it, regions: itRegions };
  },
  pt: () => {
    const { pt, ptRegions } = require('./languages/pt') as typeof import('./languages/pt');
    return { pack: pt, regions: ptRegions };
  },
  nl: () => {
    const { nl, nlRegions } = require('./languages/nl') as typeof import('./languages/nl');
    return { pack: nl, regions: nlRegions };
  },
  ja: () => {
    const { ja, jaRegions } = require('./languages/ja') as typeof import('./languages/ja');
    return { pack: ja, regions: jaRegions };
  },
  hi: () => {
    const { hi, hiRegions } = require('./languages/hi') as typeof import('./languages/hi');
    return { pack: hi, regions: hiRegions };
  },
  ar: () => {
    const { ar, arRegions } = require('./languages/ar') as typeof import('./languages/ar');
    return { pack: ar, regions: arRegions };
  },
};

const loaded = new Map<string, Language>();

/** A language by its two-letter code, loaded on first use; undefined for a language the skill does not speak. */
export function loadLanguage(code: string): Language | undefined {
  const known = loaded.get(code);
  if (known) return known;
  const load = Object.hasOwn(LOADERS, code) ? LOADERS[code] : undefined;
  if (load === undefined) return undefined;
  const language = load();
  loaded.set(code, language);
  return language;
}
