/**
 * "It hurts" always reaches the pain flow: in every locale, native phrasings that are not samples of the
 * model (tests/locales/phrasings/<locale>.ts) reach the intent the pain flow needs through the offline
 * matcher, and the red-flag question's answers by symptom name, urgent signs and "not sure" reach theirs.
 */
import { SUPPORTED_LOCALES } from '../../lambda/i18n/load';
import { fold } from '../../local/matcher/fold';
import { compileMatcher, type Understanding } from '../../local/matcher/matcher';
import { loadInteractionModel } from '../../local/model/interaction-model';
import { phrasingsOf } from './phrasings/load';

const MIN_PAIN_PHRASINGS = 40;


const bodyPart = (heard: Understanding) =>
  heard.kind === 'intent'
    ? heard.slots.find((slot) => slot.name === 'bodyPart')?.resolution
    : undefined;
const isChest = (heard: Understanding) => {
  const part = bodyPart(heard);
  return part?.status === 'ER_SUCCESS_MATCH' && part.values[0]?.id === 'chest';
};

/** What the pain flow does with what was heard, as the handlers map it (lambda/handlers/pain.ts). */
function meaning(heard: Understanding): string {
  if (heard.kind !== 'intent') return 'nothing';
  if (heard.intent === 'PainIntent') return isChest(heard) ? 'redFlag' : 'pain';
  if (heard.intent === 'PainKindIntent') return 'pain';
  return { RedFlagIntent: 'redFlag', UrgentSignIntent: 'urgent', UnsureIntent: 'unsure' }[heard.intent] ?? heard.intent;
}

/** The locale's model, matcher and phrasings, loaded when its first test runs (a locale that fails to load fails its own tests only). */
function setUp(locale: string) {
  const model = loadInteractionModel(locale);
  return {
    matcher: compileMatcher(model),
    phrasings: phrasingsOf(locale),
    samples: new Set(model.intents.flatMap((intent) => intent.samples.map((sample) => fold(sample, locale)))),
  };
}

describe.each(SUPPORTED_LOCALES)('%s', (locale) => {
  let loaded: ReturnType<typeof setUp> | undefined;
  const get = () => (loaded ??= setUp(locale));

  test(`has at least ${MIN_PAIN_PHRASINGS} pain phrasings of its own, none of them a sample of the model`, () => {
    const { phrasings, samples } = get();
    expect(new Set(phrasings.pain.map((p) => fold(p, locale))).size).toBeGreaterThanOrEqual(MIN_PAIN_PHRASINGS);
    expect(phrasings.pain.filter((phrase) => samples.has(fold(phrase, locale)))).toEqual([]);
  });

  test.each([
    ['pain', 'pain'],
    ['redFlag', 'redFlag'],
    ['urgent', 'urgent'],
    ['unsure', 'unsure'],
  ] as const)('every %s phrasing is understood as %s', (list, expected) => {
    const { matcher, phrasings } = get();
    const missed = phrasings[list].map((phrase) => [phrase, meaning(matcher.match(phrase))]).filter(([, heard]) => heard !== expected);
    expect(missed).toEqual([]);
  });
});
