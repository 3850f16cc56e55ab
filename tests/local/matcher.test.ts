import { builtInPhrasings } from '../../local/matcher/built-ins';
import { fold, tokenize } from '../../local/matcher/fold';
import { compileMatcher, type Understanding } from '../../local/matcher/matcher';
import { loadInteractionModel, parseInteractionModel, type InteractionModel } from '../../local/model/interaction-model';

/** A small model built for one rule at a time. */
function model(intents: { name: string; slots?: { name: string; type: string }[]; samples?: string[] }[], types: InteractionModel['types'] = []): InteractionModel {
  return parseInteractionModel('en-US', {
    interactionModel: {
      languageModel: {
        invocationName: 'test skill',
        intents,
        types: types.map((type) => ({
          name: type.name,
          values: type.values.map((value) => ({ id: value.id, name: { value: value.value, synonyms: [...value.synonyms] } })),
        })),
      },
    },
  });
}

const COLOURS = {
  name: 'ColourType',
  values: [
    { id: 'RED', value: 'red', synonyms: ['scarlet', 'crimson red'] },
    { id: 'BLUE', value: 'blue', synonyms: ['navy', 'sky blue'] },
  ],
};

function intentOf(understanding: Understanding): string | null {
  return understanding.kind === 'intent' ? understanding.intent : null;
}

function slot(understanding: Understanding, name: string) {
  if (understanding.kind !== 'intent') throw new Error('no intent matched');
  const found = understanding.slots.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no slot ${name}`);
  return found;
}

describe('folding', () => {
  it('lower-cases and drops punctuation, splitting words at hyphens and commas', () => {
    expect(fold('Alexa, Cat-Cow!')).toBe('alexa cat cow');
    expect(fold('  what   can I say? ')).toBe('what can i say');
  });

  it('drops apostrophes inside words, typed or typographic, so both spellings compare equal', () => {
    expect(fold("child's pose")).toBe('childs pose');
    expect(fold('child\u2019s pose')).toBe('childs pose');
    expect(fold('childs pose')).toBe('childs pose');
  });

  it('keeps the apostrophe in the spoken form a slot value reports, but not quotes around a word', () => {
    expect(tokenize("Child's 'pose'").map((token) => token.spoken)).toEqual(["child's", 'pose']);
  });

  it('an utterance of punctuation only has no words', () => {
    expect(tokenize('?!, ...')).toEqual([]);
  });
});

describe('matcher rules', () => {
  const paint = compileMatcher(
    model(
      [
        { name: 'PaintIntent', slots: [{ name: 'colour', type: 'ColourType' }], samples: ['paint it {colour}', 'paint it {colour} please', '{colour}'] },
        { name: 'ExactIntent', samples: ['paint it red'] },
        { name: 'AMAZON.StopIntent', samples: [] },
        { name: 'AMAZON.HelpIntent', samples: ['give me a hand'] },
        { name: 'AMAZON.FallbackIntent', samples: [] },
      ],
      [COLOURS],
    ),
  );

  it('matches a sample without slots exactly, ignoring case and punctuation', () => {
    expect(intentOf(paint.match('Give me a hand!'))).toBe('AMAZON.HelpIntent');
  });

  it('fills a slot hole with a value and resolves it to the canonical id (ER_SUCCESS_MATCH)', () => {
    const understood = paint.match('paint it blue');
    expect(intentOf(understood)).toBe('PaintIntent');
    expect(slot(understood, 'colour')).toEqual({
      name: 'colour',
      type: 'ColourType',
      value: 'blue',
      resolution: { status: 'ER_SUCCESS_MATCH', values: [{ id: 'BLUE', name: 'blue' }] },
    });
  });

  it('resolves a synonym, including a synonym of several words, to its value', () => {
    expect(slot(paint.match('paint it navy'), 'colour').resolution).toEqual({ status: 'ER_SUCCESS_MATCH', values: [{ id: 'BLUE', name: 'blue' }] });
    const longest = paint.match('paint it sky blue please');
    expect(slot(longest, 'colour')).toMatchObject({ value: 'sky blue', resolution: { status: 'ER_SUCCESS_MATCH', values: [{ id: 'BLUE' }] } });
  });

  it('reports words that fit the sample but match no value as ER_SUCCESS_NO_MATCH with the raw words', () => {
    const understood = paint.match('paint it green');
    expect(intentOf(understood)).toBe('PaintIntent');
    expect(slot(understood, 'colour')).toEqual({ name: 'colour', type: 'ColourType', value: 'green', resolution: { status: 'ER_SUCCESS_NO_MATCH' } });
  });

  it('prefers an exact sample over a sample with a slot that would also fit', () => {
    expect(intentOf(paint.match('paint it red'))).toBe('ExactIntent');
  });

  it('does not let a slot-only sample swallow unknown words, nor a sample with no more own words than unknown slot words', () => {
    expect(paint.match('purple')).toEqual({ kind: 'none' });
    expect(paint.match('paint it bright green')).toEqual({ kind: 'none' });
    expect(paint.match('paint it a very dark shade of purple')).toEqual({ kind: 'none' });
    expect(intentOf(paint.match('crimson red'))).toBe('PaintIntent');
  });

  it("understands a built-in intent's common phrasings though the model lists no samples for it", () => {
    expect(intentOf(paint.match('Stop.'))).toBe('AMAZON.StopIntent');
    expect(intentOf(paint.match("that's enough"))).toBe('AMAZON.StopIntent');
  });

  it("matches the model's own samples for a built-in as well as the common phrasings", () => {
    expect(intentOf(paint.match('give me a hand'))).toBe('AMAZON.HelpIntent');
    expect(intentOf(paint.match('what can I say'))).toBe('AMAZON.HelpIntent');
  });

  it('routes nothing to a built-in the model does not declare', () => {
    expect(paint.match('yes')).toEqual({ kind: 'none' });
    expect(paint.match('cancel')).toEqual({ kind: 'none' });
  });

  it('never matches AMAZON.FallbackIntent itself: no match is the caller’s cue to send it', () => {
    expect(paint.match('tell me a joke')).toEqual({ kind: 'none' });
    expect(paint.match('')).toEqual({ kind: 'none' });
  });

  it('prefers the parse that leaves the fewest words to slots', () => {
    const matcher = compileMatcher(
      model(
        [
          { name: 'WideIntent', slots: [{ name: 'colour', type: 'ColourType' }], samples: ['i like {colour}'] },
          { name: 'NarrowIntent', slots: [{ name: 'colour', type: 'ColourType' }], samples: ['i like the {colour} one'] },
        ],
        [COLOURS],
      ),
    );
    // Both fit with ER_SUCCESS_NO_MATCH ("the teal one" / "teal"); the narrower hole wins.
    expect(intentOf(matcher.match('i like the teal one'))).toBe('NarrowIntent');
  });

  it('prefers slot words that resolve over a narrower hole that does not', () => {
    const matcher = compileMatcher(
      model(
        [
          { name: 'SongIntent', slots: [{ name: 'song', type: 'SongType' }], samples: ['play {song}'] },
          { name: 'GenreIntent', slots: [{ name: 'genre', type: 'GenreType' }], samples: ['play the {genre}'] },
        ],
        [
          { name: 'SongType', values: [{ id: 'HITS', value: 'the hits', synonyms: [] }] },
          { name: 'GenreType', values: [{ id: 'ROCK', value: 'rock', synonyms: [] }] },
        ],
      ),
    );
    const understood = matcher.match('play the hits');
    expect(intentOf(understood)).toBe('SongIntent');
    expect(slot(understood, 'song').resolution).toEqual({ status: 'ER_SUCCESS_MATCH', values: [{ id: 'HITS', name: 'the hits' }] });
  });

  it('prefers a sample from the model over a built-in phrasing of another intent', () => {
    const matcher = compileMatcher(model([{ name: 'AMAZON.NextIntent', samples: [] }, { name: 'SkipIntent', samples: ['next'] }]));
    expect(intentOf(matcher.match('next'))).toBe('SkipIntent');
  });

  it('returns every value that shares the words, and every declared slot, filled or not', () => {
    const matcher = compileMatcher(
      model(
        [{ name: 'MixIntent', slots: [{ name: 'a', type: 'ColourType' }, { name: 'b', type: 'ColourType' }], samples: ['mix {a}', 'mix {a} and {b}'] }],
        [{ name: 'ColourType', values: [...COLOURS.values, { id: 'CRIMSON', value: 'crimson red', synonyms: [] }] }],
      ),
    );
    const single = matcher.match('mix crimson red');
    expect(slot(single, 'a').resolution).toEqual({
      status: 'ER_SUCCESS_MATCH',
      values: [
        { id: 'RED', name: 'red' },
        { id: 'CRIMSON', name: 'crimson red' },
      ],
    });
    expect(slot(single, 'b')).toEqual({ name: 'b', type: 'ColourType', value: null, resolution: null });
    const both = matcher.match('mix red and navy');
    expect([slot(both, 'a').value, slot(both, 'b').value]).toEqual(['red', 'navy']);
  });

  it('takes a slot of a type the model does not define (AMAZON.NUMBER...) as free words, without resolutions', () => {
    const matcher = compileMatcher(model([{ name: 'CountIntent', slots: [{ name: 'n', type: 'AMAZON.NUMBER' }], samples: ['count to {n}'] }]));
    expect(slot(matcher.match('count to five'), 'n')).toEqual({ name: 'n', type: 'AMAZON.NUMBER', value: 'five', resolution: null });
  });

  it('refuses a model whose sample uses a slot the intent does not declare', () => {
    expect(() => compileMatcher(model([{ name: 'BadIntent', samples: ['say {word}'] }]))).toThrow(/BadIntent.*\{word\}/);
  });
});

describe('matching against the project model (en-US)', () => {
  const matcher = compileMatcher(loadInteractionModel('en-US'));
  const cases: [string, string, Record<string, string | null>][] = [
    ['it hurts', 'PainIntent', {}],
    ['Ouch, that hurts!', 'PainIntent', {}],
    // Said like any pain, with the chest: the handler turns it into the red-flag answer.
    ['I have chest pain', 'PainIntent', { bodyPart: 'chest' }],
    ['pins and needles', 'RedFlagIntent', {}],
    ["it's a sharp pain", 'PainKindIntent', { painKind: 'sharp' }],
    ['more like a strong stretch', 'PainKindIntent', { painKind: 'mild' }],
    ['how do I do cobra', 'HowToIntent', { exercise: 'cobra_stretch' }],
    ['how to do the childs pose', 'HowToIntent', { exercise: 'childs_pose' }],
    ["how to do the child's pose", 'HowToIntent', { exercise: 'childs_pose' }],
    ["let's do the cat-cow", 'StartExerciseIntent', { exercise: 'cat_stretch' }],
    ['start the chair routine', 'StartRoutineIntent', { routine: 'chair' }],
    ['start', 'StartRoutineIntent', { routine: null }],
    ['next', 'AMAZON.NextIntent', {}],
    ["I'm ready", 'AMAZON.NextIntent', {}],
    ['go back', 'AMAZON.PreviousIntent', {}],
    ['previous', 'AMAZON.PreviousIntent', {}],
    ['say that again', 'AMAZON.RepeatIntent', {}],
    ['start over', 'AMAZON.StartOverIntent', {}],
    ['pause', 'AMAZON.PauseIntent', {}],
    ['wait a second', 'AMAZON.PauseIntent', {}],
    ['resume', 'AMAZON.ResumeIntent', {}],
    ['yes', 'AMAZON.YesIntent', {}],
    ['sure', 'AMAZON.YesIntent', {}],
    ['nope', 'AMAZON.NoIntent', {}],
    ['no thanks', 'AMAZON.NoIntent', {}],
    ['help', 'AMAZON.HelpIntent', {}],
    ['what can I say', 'AMAZON.HelpIntent', {}],
    ['stop', 'AMAZON.StopIntent', {}],
    ['stop, it hurts', 'PainIntent', {}],
    ['cancel', 'AMAZON.CancelIntent', {}],
    ['never mind', 'AMAZON.CancelIntent', {}],
    ['go home', 'AMAZON.NavigateHomeIntent', {}],
  ];

  it.each(cases)('"%s" -> %s', (text, intent, slots) => {
    const understood = matcher.match(text);
    expect(intentOf(understood)).toBe(intent);
    for (const [name, id] of Object.entries(slots)) {
      const resolution = slot(understood, name).resolution;
      expect(resolution?.status === 'ER_SUCCESS_MATCH' ? resolution.values[0]?.id : null).toBe(id);
    }
  });

  it('an unknown exercise in a how-to question is a NO_MATCH, not a fallback', () => {
    const understood = matcher.match('how do I do the pigeon pose');
    expect(intentOf(understood)).toBe('HowToIntent');
    expect(slot(understood, 'exercise')).toMatchObject({ value: 'pigeon pose', resolution: { status: 'ER_SUCCESS_NO_MATCH' } });
  });

  it('words the model does not cover match nothing', () => {
    expect(matcher.match('what is the weather like in Paris')).toEqual({ kind: 'none' });
    expect(matcher.match('pigeon')).toEqual({ kind: 'none' });
  });

  it('every phrasing the brief lists for built-ins is known', () => {
    const required: Record<string, string[]> = {
      'AMAZON.StopIntent': ['stop', 'exit', 'quit', "that's enough"],
      'AMAZON.CancelIntent': ['cancel', 'never mind'],
      'AMAZON.HelpIntent': ['help', 'what can i say'],
      'AMAZON.YesIntent': ['yes', 'yeah', 'sure', 'okay'],
      'AMAZON.NoIntent': ['no', 'nope', 'no thanks'],
      'AMAZON.NextIntent': ['next'],
      'AMAZON.PreviousIntent': ['previous', 'go back'],
      'AMAZON.RepeatIntent': ['repeat', 'say that again'],
      'AMAZON.StartOverIntent': ['start over', 'restart'],
      'AMAZON.PauseIntent': ['pause'],
      'AMAZON.ResumeIntent': ['resume'],
      'AMAZON.NavigateHomeIntent': ['go home'],
    };
    for (const [intent, phrases] of Object.entries(required)) {
      expect(builtInPhrasings('en-US')[intent]).toEqual(expect.arrayContaining(phrases));
      for (const phrase of phrases) expect([phrase, intentOf(matcher.match(phrase))]).toEqual([phrase, intent]);
    }
  });
});
