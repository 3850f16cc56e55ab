import { EXERCISES, EXERCISE_IDS } from '../../lambda/catalog/exercises';
import { LANGUAGE_LOCALES, loadLanguage, SUPPORTED_LOCALES, type Language } from '../../lambda/i18n/load';
import { voiceFor } from '../../lambda/i18n/voice';
import { MESSAGE_KEYS, MESSAGES, type MessageKey } from '../../lambda/workout/messages';
import { LOCALES, localeModel } from '../../models/build';

const LANGUAGES: Readonly<Record<string, Language>> = Object.fromEntries(
  Object.keys(LANGUAGE_LOCALES).map((code) => {
    const language = loadLanguage(code);
    if (language === undefined) throw new Error(`${code} is listed but does not load`);
    return [code, language];
  }),
);
const english = LANGUAGES.en!.pack;
const otherLanguages = Object.entries(LANGUAGES).filter(([code]) => code !== 'en');
/** The parameters workout/messages.ts declares for a message, as its texts name them. */
const declared = (key: MessageKey) => Object.keys(MESSAGES[key]).sort();
const parameters = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Words that mark an English sentence; a translated sentence has at most one of them by chance. */
const ENGLISH_MARKERS = /\b(the|and|your|you|with|this|that|then|back|hold|stretch|say|next)\b/gi;

/** What the skill must say as the local emergency number, by locale (checked against each country's services). */
const EMERGENCY_NUMBERS: Readonly<Record<string, string>> = {
  'en-US': '911', 'en-CA': '911', 'es-MX': '911', 'es-US': '911', 'fr-CA': '911',
  'en-GB': '999', 'en-AU': '000', 'en-IN': '112', 'hi-IN': '112',
  'de-DE': '112', 'fr-FR': '112', 'es-ES': '112', 'it-IT': '112', 'nl-NL': '112',
  'ja-JP': '119', 'pt-BR': '192', 'ar-SA': '997',
};

/**
 * Locales whose people say the number as a whole number ("centododici", "cento e noventa e dois") or
 * name another number with it (France's SAMU, "le quinze"), not digit by digit: the words the speech
 * must contain, checked instead of each digit (docs/pain-safety.md, section 4).
 */
const SPOKEN_EMERGENCY_NUMBERS: Readonly<Record<string, readonly string[]>> = {
  'fr-FR': ['le quinze ou le cent douze'],
  'it-IT': ['centododici'],
  'pt-BR': ['cento e noventa e dois'],
  // 119 digit by digit, in kana, so that the voice does not read it ひゃくじゅうきゅう.
  'ja-JP': ['いちいちきゅう'],
  // 112 said as a number, and 108 for an ambulance.
  'hi-IN': ['एक सौ बारह', 'एक सौ आठ'],
  // The Red Crescent's 997, then the unified 911.
  'ar-SA': ['تسعة تسعة سبعة', 'تسعة واحد واحد'],
};

describe('the locales', () => {
  test('every locale with an interaction model has speech, and the other way round', () => {
    expect([...SUPPORTED_LOCALES].sort()).toEqual([...LOCALES].sort());
  });

  test.each(SUPPORTED_LOCALES)('%s names its own emergency number', (locale) => {
    const expected = EMERGENCY_NUMBERS[locale];
    expect(expected).toBeDefined();
    const voice = voiceFor(locale);
    const spoken = voice.t('emergencyNumber');
    const words = SPOKEN_EMERGENCY_NUMBERS[locale];
    if (words !== undefined) {
      for (const word of words) expect(spoken).toContain(word);
    } else {
      // Said as digits or as the language's number words for each of its digits.
      const digits = [...new Set(expected ?? '')];
      expect(digits.filter((d) => !spoken.includes(d) && !spoken.includes(voice.pack.numbers[Number(d)] ?? '\u0000'))).toEqual([]);
    }
    expect(voice.t('pain.redFlagAdvice')).toContain(spoken);
  });
});

describe.each(Object.keys(LANGUAGES))('the %s speech resources', (code) => {
  const { pack, regions } = LANGUAGES[code]!;
  const locale = Object.keys(regions)[0] ?? code;

  test('cover exactly the locales the language is listed with', () => {
    expect(Object.keys(regions).sort()).toEqual([...(LANGUAGE_LOCALES[code] ?? [])].sort());
  });

  test('have every message, each with exactly the parameters the catalogue declares for it', () => {
    for (const key of MESSAGE_KEYS) {
      expect([key, parameters(pack.messages[key])]).toEqual([key, declared(key)]);
    }
  });

  test('say every regional message with exactly its declared parameters too', () => {
    for (const override of Object.values(regions)) {
      for (const [key, text] of Object.entries(override.messages ?? {}) as [MessageKey, string][]) {
        expect([key, parameters(text)]).toEqual([key, declared(key)]);
      }
    }
  });

  test('have every plural form the language uses for counts and durations', () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const keys = new Set(Object.keys(pack.speech));
    for (const base of ['duration.seconds', 'duration.minutes', 'duration.days', 'stretches', 'sessions']) {
      expect([base, categories.filter((category) => !keys.has(`${base}_${category}`))]).toEqual([base, []]);
    }
  });

  test('count in words up to sixty at least', () => {
    expect(pack.numbers.length).toBeGreaterThanOrEqual(61);
    expect(new Set(pack.numbers).size).toBe(pack.numbers.length);
  });

  test('describe every exercise: name, steps, caution, gentler version, cues and sides where needed', () => {
    for (const id of EXERCISE_IDS) {
      const text = pack.exercises[id];
      expect(text.steps.length).toBeGreaterThanOrEqual(3);
      expect(text.gentler.length).toBeGreaterThanOrEqual(1);
      expect(text.name.length).toBeGreaterThan(1);
      expect(text.caution.length).toBeGreaterThan(10);
      for (const phase of EXERCISES[id].phases) if (phase.cue !== 'hold') expect(text.cues?.[phase.cue]).toBeTruthy();
      if (EXERCISES[id].firstSide !== null) expect(text.sides).toBeDefined();
    }
  });
});

/** The 17 locales of Alexa custom skills (docs/alexa-platform.md, section 4). */
const ALEXA_LOCALES = [
  'ar-SA', 'de-DE', 'en-AU', 'en-CA', 'en-GB', 'en-IN', 'en-US', 'es-ES', 'es-MX', 'es-US',
  'fr-CA', 'fr-FR', 'hi-IN', 'it-IT', 'ja-JP', 'nl-NL', 'pt-BR',
];

describe('coverage', () => {
  test('the skill speaks and understands every Alexa custom-skill locale', () => {
    expect([...SUPPORTED_LOCALES].sort()).toEqual(ALEXA_LOCALES);
  });
});

describe.each(otherLanguages.map(([code]) => code))('the %s resources are translated', (code) => {
  const { pack } = LANGUAGES[code]!;
  const sentences = (): [string, string, string][] => [
    ...MESSAGE_KEYS.map((key): [string, string, string] => [key, pack.messages[key], english.messages[key]]),
    ...EXERCISE_IDS.flatMap((id): [string, string, string][] => [
      ...pack.exercises[id].steps.map((step, i): [string, string, string] => [`${id}.steps.${i}`, step, english.exercises[id].steps[i] ?? '']),
      [`${id}.caution`, pack.exercises[id].caution, english.exercises[id].caution],
    ]),
  ];

  test('no sentence is left in English', () => {
    const english = sentences().filter(([, text, original]) => text === original || (text.match(ENGLISH_MARKERS)?.length ?? 0) >= 3);
    expect(english.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});

describe.each(SUPPORTED_LOCALES)('%s, coming back', (locale) => {
  // After a pause the session may time out: the user hears how to come back, with the invocation name
  // they must say (docs/alexa-platform.md, section 3).
  test('"paused" tells the user how to come back, with the invocation name', () => {
    expect(voiceFor(locale).t('nav.paused')).toContain(localeModel(locale).invocationName);
  });
});
