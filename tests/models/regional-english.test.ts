/**
 * en-GB, en-AU, en-CA and en-IN build on en-US (models/locales/en-*.ts): each keeps what en-US says, so a
 * sample added there reaches them all, and adds how its own people say it hurts, which en-US does not
 * understand.
 */
import { CUSTOM_INTENTS, type CustomIntentName } from '../../lambda/alexa/intents';
import { compileMatcher } from '../../local/matcher/matcher';
import { loadInteractionModel } from '../../local/model/interaction-model';
import { localeModel } from '../../models/build';

const REGIONS = ['en-GB', 'en-AU', 'en-CA', 'en-IN'] as const;
const PAIN_FLOW: readonly CustomIntentName[] = ['PainIntent', 'RedFlagIntent', 'UrgentSignIntent', 'UnsureIntent'];

/** A few ways of saying it hurts that are the region's own, with the intent they must reach. */
const OWN_WORDS: Readonly<Record<(typeof REGIONS)[number], readonly (readonly [string, string])[]>> = {
  'en-GB': [
    ["my back's really sore", 'PainIntent'], ["i've done my back in", 'PainIntent'], ['my neck is playing up', 'PainIntent'],
    ['my coccyx is really sore', 'PainIntent'], ["i'm struggling to breathe", 'RedFlagIntent'], ["i've had a fall", 'UrgentSignIntent'],
    ["i haven't a clue", 'UnsureIntent'],
  ],
  'en-AU': [
    ["it's sore as", 'PainIntent'], ["my back's stuffed", 'PainIntent'], ['my knee hurts heaps', 'PainIntent'],
    ["i've pulled my hammy", 'PainIntent'], ["i've got pins and needles", 'RedFlagIntent'], ['i had a stack', 'UrgentSignIntent'],
    ["i haven't got a clue", 'UnsureIntent'],
  ],
  'en-CA': [
    ['i threw my back out', 'PainIntent'], ["my back's acting up", 'PainIntent'], ['i have a kink in my neck', 'PainIntent'],
    ['my lower back is super sore', 'PainIntent'], ["i can't go to the washroom", 'RedFlagIntent'],
    ['i slipped on the ice', 'UrgentSignIntent'], ['beats me', 'UnsureIntent'],
  ],
  'en-IN': [
    ['my back is paining', 'PainIntent'], ['it is paining a lot', 'PainIntent'], ['i am having pain in my neck', 'PainIntent'],
    ['my waist is paining', 'PainIntent'], ['heaviness in chest', 'RedFlagIntent'], ['i met with an accident', 'UrgentSignIntent'],
    ['cannot say', 'UnsureIntent'],
  ],
};

const understood = (locale: string) => {
  const matcher = compileMatcher(loadInteractionModel(locale));
  return (phrase: string) => {
    const heard = matcher.match(phrase);
    return heard.kind === 'intent' ? heard.intent : 'nothing';
  };
};

describe.each(REGIONS)('%s builds on en-US', (locale) => {
  const us = localeModel('en-US');
  const region = localeModel(locale);

  it('is a model of its own, not en-US under another name', () => {
    expect(region).not.toBe(us);
  });

  it('keeps every en-US sample', () => {
    const missing = (Object.keys(CUSTOM_INTENTS) as CustomIntentName[]).flatMap((intent) => {
      const own = new Set(region.samples[intent]);
      return us.samples[intent].filter((sample) => !own.has(sample)).map((s) => `${intent}: ${s}`);
    });
    expect(missing).toEqual([]);
  });

  it('adds samples of its own to every intent of the pain flow, and words for the body', () => {
    const without = PAIN_FLOW.filter((intent) => region.samples[intent].every((sample) => us.samples[intent].includes(sample)));
    expect(without).toEqual([]);
    const usWords = new Set(Object.values(us.slotValues.BodyPartType).flatMap((words) => words.synonyms));
    const added = Object.values(region.slotValues.BodyPartType).flatMap((words) => words.synonyms.filter((w) => !usWords.has(w)));
    expect(added.length).toBeGreaterThan(0);
  });

  it('shares the exercise names, the invocation name and the store listing with en-US', () => {
    expect(region.invocationName).toBe(us.invocationName);
    expect(region.slotValues.ExerciseType).toBe(us.slotValues.ExerciseType);
    expect(region.publishing).toBe(us.publishing);
  });

  it("understands its own people's words, which en-US does not", () => {
    const here = understood(locale);
    const there = understood('en-US');
    expect(OWN_WORDS[locale].filter(([phrase, intent]) => here(phrase) !== intent)).toEqual([]);
    expect(OWN_WORDS[locale].filter(([phrase, intent]) => there(phrase) === intent)).toEqual([]);
  });
});
