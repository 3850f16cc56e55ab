import { LOCALES, localeModel } from '../../models/build';
import type { Phrasing } from '../../models/locale-model';
import { manifestFileText } from '../../models/manifest';
import { MANIFEST_PATH, intentsMatching, readModel, readText, type InteractionModelJson } from './model-files';

interface LocaleInfo {
  name?: string;
  summary?: string;
  description?: string;
  examplePhrases?: string[];
  keywords?: string[];
}
interface Manifest {
  manifest: {
    manifestVersion?: string;
    publishingInformation?: {
      locales?: Record<string, LocaleInfo>;
      isAvailableWorldwide?: boolean;
      category?: string;
      distributionCountries?: string[];
      testingInstructions?: string;
    };
    privacyAndCompliance?: Record<string, unknown>;
    apis?: { custom?: { endpoint?: { uri?: string }; interfaces?: unknown[] } };
  };
}

type Parsed = { kind: 'launch' } | { kind: 'request'; requests: string[] } | { kind: 'unknown' };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits an example phrase by the locale's own ways of opening a skill or asking it for something. */
function parseExamplePhrase(phrase: string, invocationName: string, phrasing: Phrasing): Parsed {
  const wake = /^Alexa[,、،]?\s*/u;
  if (!wake.test(phrase)) return { kind: 'unknown' };
  const rest = phrase.replace(wake, '').replace(/[.。!?！？]$/u, '');
  if (phrasing.launch.some((launch) => rest === launch.replace('{name}', invocationName))) return { kind: 'launch' };
  const requests = phrasing.request.flatMap((template) => {
    const [before, after] = template.replace('{name}', invocationName).split('{request}').map((part) => escape(part ?? ''));
    const match = new RegExp(`^${before}(.+)${after}$`, 'u').exec(rest);
    return match?.[1] ? [match[1].trim()] : [];
  });
  return requests.length > 0 ? { kind: 'request', requests } : { kind: 'unknown' };
}

const manifest = (): Manifest => JSON.parse(readText(MANIFEST_PATH)) as Manifest;

describe('skill-package/skill.json', () => {
  it('is an ASK CLI v2 manifest for a health and fitness custom skill', () => {
    const { manifest: m } = manifest();
    expect(m.manifestVersion).toBe('1.0');
    expect(m.publishingInformation?.category).toBe('HEALTH_AND_FITNESS');
    expect(m.publishingInformation?.isAvailableWorldwide).toBe(true);
    expect(m.publishingInformation?.distributionCountries).toEqual([]);
    expect(m.publishingInformation?.testingInstructions?.length).toBeGreaterThan(0);
    expect(m.apis?.custom?.endpoint?.uri).toMatch(/^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+$/);
    expect(m.apis?.custom?.interfaces).toEqual([
      expect.objectContaining({ type: 'ALEXA_PRESENTATION_APL', supportedViewports: expect.arrayContaining([expect.objectContaining({ shape: 'ROUND' })]) }),
    ]);
    expect(m.privacyAndCompliance).toMatchObject({
      allowsPurchases: false,
      usesPersonalInfo: false,
      isChildDirected: false,
      isExportCompliant: true,
      containsAds: false,
    });
  });

  it('is what models/ generates (run `npm run models` after changing a locale\'s store text)', () => {
    expect(readText(MANIFEST_PATH) === manifestFileText() ? [] : ['skill-package/skill.json is stale: run `npm run models`']).toEqual([]);
  });

  it('has store text for every locale with a model, and none without', () => {
    expect(Object.keys(manifest().manifest.publishingInformation?.locales ?? {}).sort()).toEqual([...LOCALES].sort());
  });
});

describe.each(LOCALES)('skill.json store text for %s', (locale) => {
  let info: LocaleInfo;
  let model: InteractionModelJson;
  let invocationName: string;
  beforeAll(() => {
    info = manifest().manifest.publishingInformation?.locales?.[locale] ?? {};
    model = readModel(locale);
    invocationName = model.interactionModel.languageModel.invocationName;
  });

  it('has a name, a summary of at most 120 characters and keywords', () => {
    expect(info.name?.length).toBeGreaterThan(2);
    if (locale.startsWith('en-')) expect(info.name).toBe('Back Stretches');
    expect(info.summary?.length).toBeGreaterThan(0);
    expect(info.summary!.length).toBeLessThanOrEqual(120);
    expect(info.keywords?.length).toBeGreaterThan(0);
  });

  it('ends its description with the medical disclaimer of its locale', () => {
    expect(info.description?.endsWith(localeModel(locale).publishing.disclaimer)).toBe(true);
    expect(localeModel(locale).publishing.disclaimer.length).toBeGreaterThan(100);
  });

  if (locale.startsWith('en-')) {
    it('carries the medical disclaimer in the description', () => {
      const description = (info.description ?? '').replace(/\s+/g, ' ');
      expect(description).toMatch(/not a substitute for professional medical advice, diagnosis or treatment/i);
      expect(description).toMatch(/talk to your doctor/i);
      expect(description).toMatch(/call your local emergency number/i);
      expect(description).toMatch(/stop if anything hurts/i);
    });
  }

  it('has one to three example phrases, the first a launch phrase with the invocation name', () => {
    const phrases = info.examplePhrases ?? [];
    expect(phrases.length).toBeGreaterThanOrEqual(1);
    expect(phrases.length).toBeLessThanOrEqual(3);
    expect(parseExamplePhrase(phrases[0]!, invocationName, localeModel(locale).phrasing)).toEqual({ kind: 'launch' });
  });

  it('has example phrases that each reach a real launch or a real sample utterance', () => {
    const unmatched = (info.examplePhrases ?? []).filter((phrase) => {
      const parsed = parseExamplePhrase(phrase, invocationName, localeModel(locale).phrasing);
      if (parsed.kind === 'launch') return false;
      if (parsed.kind === 'unknown') return true;
      return !parsed.requests.some((request) => intentsMatching(request, model).length > 0);
    });
    expect(unmatched).toEqual([]);
  });
});
