import { EXERCISE_IDS } from '../../lambda/catalog/exercises';
import { ROUTINE_IDS } from '../../lambda/catalog/routines';
import { voiceFor } from '../../lambda/i18n/voice';
import { LOCALES, interactionModelFileText, interactionModelPath, localeModel } from '../../models/build';
import { BUILT_IN_INTENTS, CUSTOM_INTENTS, REQUIRED_BUILT_INS, SLOT_TYPES } from '../../lambda/alexa/intents';
import {
  ROOT,
  committedModelLocales,
  expandSample,
  readModel,
  readText,
  slotReferences,
  type InteractionModelJson,
} from './model-files';
import { join } from 'node:path';

const MIN_SAMPLES = 15;
const MIN_PAIN_SAMPLES = 30;

/** A written word: letters without case or in lower case, marks (accents, Devanagari vowel signs), apostrophes. */
const WORD = "[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}']+";
const SLOT = '\\{[A-Za-z][A-Za-z0-9_]*\\}';
/**
 * Samples: words or `{slot}` references separated by single spaces; in a language written without
 * spaces (Japanese) a reference may touch the words around it.
 */
const sampleSyntax = (spaced: boolean) =>
  spaced ? new RegExp(`^(?:${WORD}|${SLOT})(?: (?:${WORD}|${SLOT}))*$`, 'u') : new RegExp(`^(?:${WORD}|${SLOT}| )+$`, 'u');
/** Slot values and synonyms: plain spoken words. */
const WORDS_SYNTAX = new RegExp(`^${WORD}(?: ${WORD})*$`, 'u');

const customIntentNames = Object.keys(CUSTOM_INTENTS);

describe('generated interaction model files', () => {
  it('there is one committed file per locale, and no other', () => {
    expect(committedModelLocales()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('%s: the committed file equals what models/ builds now', (locale) => {
    const path = interactionModelPath(locale);
    let committed: string | undefined;
    try {
      committed = readText(join(ROOT, path));
    } catch {
      committed = undefined;
    }
    const problems =
      committed === undefined
        ? [`${path} is missing: run \`npm run models\``]
        : committed === interactionModelFileText(locale)
          ? []
          : [`${path} is out of date with models/: run \`npm run models\` and commit the result`];
    expect(problems).toEqual([]);
  });
});

describe.each(LOCALES)('interaction model %s', (locale) => {
  const words = localeModel(locale);
  const unavailable = new Set(words.unavailableBuiltIns ?? []);
  const offeredBuiltIns = BUILT_IN_INTENTS.filter((name) => !unavailable.has(name));
  let model: InteractionModelJson;
  beforeAll(() => {
    model = readModel(locale);
  });
  const languageModel = () => model.interactionModel.languageModel;
  const intent = (name: string) => languageModel().intents.find((candidate) => candidate.name === name);
  const type = (name: string) => languageModel().types.find((candidate) => candidate.name === name);

  it('lists the schema intents in schema order, custom first, with their slots', () => {
    expect(languageModel().intents.map((i) => i.name)).toEqual([...customIntentNames, ...offeredBuiltIns]);
    for (const [name, slots] of Object.entries(CUSTOM_INTENTS)) {
      expect(intent(name)?.slots ?? []).toEqual(slots.map((slot) => ({ name: slot.name, type: slot.type })));
    }
  });

  it('sets fallback sensitivity to LOW', () => {
    expect(languageModel().modelConfiguration?.fallbackIntentSensitivity?.level).toBe('LOW');
  });

  if (!locale.startsWith('en-')) {
    it('has at least as many samples per intent as en-US', () => {
      const english = readModel('en-US').interactionModel.languageModel.intents;
      const fewer = english
        .filter((i) => !unavailable.has(i.name as (typeof BUILT_IN_INTENTS)[number]))
        .filter((i) => (intent(i.name)?.samples.length ?? 0) < i.samples.length)
        .map((i) => `${i.name}: ${intent(i.name)?.samples.length ?? 0} < ${i.samples.length}`);
      expect(fewer).toEqual([]);
    });
  }

  it(`has at least ${MIN_SAMPLES} samples per custom intent and ${MIN_PAIN_SAMPLES} for PainIntent`, () => {
    const counts = Object.fromEntries(customIntentNames.map((name) => [name, intent(name)?.samples.length ?? 0]));
    const tooFew = Object.entries(counts).filter(
      ([name, count]) => count < (name === 'PainIntent' ? MIN_PAIN_SAMPLES : MIN_SAMPLES),
    );
    expect(tooFew).toEqual([]);
  });

  it('contains every required built-in intent and every built-in the schema lists that Alexa offers here', () => {
    const names = new Set(languageModel().intents.map((i) => i.name));
    expect(REQUIRED_BUILT_INS.filter((name) => !names.has(name))).toEqual([]);
    expect(offeredBuiltIns.filter((name) => !names.has(name))).toEqual([]);
  });

  if (!locale.startsWith('en-')) {
    // The local simulator knows Amazon's own phrasings of built-ins in English only; elsewhere the model says them.
    it('gives the built-ins of a conversation samples in its own language', () => {
      const conversational = ['AMAZON.YesIntent', 'AMAZON.NoIntent', 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.HelpIntent'];
      expect(conversational.filter((name) => (intent(name)?.samples.length ?? 0) === 0)).toEqual([]);
    });
  }

  it('gives the workout navigation built-ins extra samples', () => {
    const navigation = [
      'AMAZON.NextIntent',
      'AMAZON.PauseIntent',
      'AMAZON.ResumeIntent',
      'AMAZON.RepeatIntent',
      'AMAZON.PreviousIntent',
      'AMAZON.StartOverIntent',
    ];
    expect(navigation.filter((name) => (intent(name)?.samples.length ?? 0) === 0)).toEqual([]);
  });

  it('has exactly the schema ids as values of every custom slot type', () => {
    expect(languageModel().types.map((t) => t.name)).toEqual(Object.keys(SLOT_TYPES));
    const ids = (name: string) => type(name)?.values.map((value) => value.id);
    expect(ids('ExerciseType')).toEqual([...EXERCISE_IDS]);
    expect(ids('RoutineType')).toEqual([...ROUTINE_IDS]);
    expect(ids('PainKindType')).toEqual(['sharp', 'mild']);
  });

  it('names each exercise with the name the skill speaks in this locale', () => {
    const spoken = Object.fromEntries(type('ExerciseType')!.values.map((value) => [value.id, value.name.value]));
    const exercises = voiceFor(locale).pack.exercises;
    expect(spoken).toEqual(Object.fromEntries(EXERCISE_IDS.map((id) => [id, exercises[id].name.toLowerCase()])));
  });

  it('writes samples as lower case words and {slot} references only', () => {
    const syntax = sampleSyntax(words.phrasing.spaced);
    const bad = languageModel().intents.flatMap((i) =>
      i.samples.filter((sample) => !syntax.test(sample)).map((sample) => `${i.name}: "${sample}"`),
    );
    expect(bad).toEqual([]);
  });

  it('references only slots declared on the intent, and uses every declared slot', () => {
    const problems: string[] = [];
    for (const i of languageModel().intents) {
      const declared = new Set((i.slots ?? []).map((slot) => slot.name));
      const used = new Set(i.samples.flatMap(slotReferences));
      for (const name of used) if (!declared.has(name)) problems.push(`${i.name} uses undeclared {${name}}`);
      for (const name of declared) if (!used.has(name)) problems.push(`${i.name} never uses {${name}}`);
    }
    expect(problems).toEqual([]);
  });

  it('has no duplicate sample within an intent', () => {
    const duplicates = languageModel().intents.flatMap((i) =>
      i.samples.filter((sample, index) => i.samples.indexOf(sample) !== index).map((s) => `${i.name}: "${s}"`),
    );
    expect(duplicates).toEqual([]);
  });

  it('has no sample in two intents, even once slots are filled in', () => {
    const { intents, types } = languageModel();
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const i of intents) {
      const phrases = new Set(i.samples.flatMap((sample) => expandSample(sample, i, types)));
      for (const phrase of phrases) {
        const other = owner.get(phrase);
        if (other !== undefined && other !== i.name) clashes.push(`"${phrase}": ${other} and ${i.name}`);
        else owner.set(phrase, i.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has no sample that holds the invocation name (a launch phrase plus the name is not a sample)', () => {
    const name = languageModel().invocationName;
    const offending = languageModel().intents.flatMap((i) => i.samples.filter((sample) => sample.includes(name)));
    expect(offending).toEqual([]);
  });

  it('writes slot values and synonyms as plain words, each word under one id only', () => {
    const problems: string[] = [];
    for (const t of languageModel().types) {
      const owner = new Map<string, string>();
      for (const value of t.values) {
        const words = [value.name.value, ...(value.name.synonyms ?? [])];
        for (const word of words) {
          if (!WORDS_SYNTAX.test(word)) problems.push(`${t.name}.${value.id}: "${word}" is not plain words`);
        }
        for (const word of new Set(words)) {
          const other = owner.get(word);
          if (other !== undefined) problems.push(`${t.name}: "${word}" under ${other} and ${value.id}`);
          else owner.set(word, value.id);
        }
        const synonyms = value.name.synonyms ?? [];
        if (new Set(synonyms).size !== synonyms.length) problems.push(`${t.name}.${value.id}: repeated synonym`);
        if (synonyms.includes(value.name.value)) problems.push(`${t.name}.${value.id}: synonym equals value`);
      }
    }
    expect(problems).toEqual([]);
  });
});
