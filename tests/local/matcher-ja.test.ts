import { fold, isUnspaced, joinTokens, tokenize } from '../../local/matcher/fold';
import { compileMatcher, type Understanding } from '../../local/matcher/matcher';
import { loadInteractionModel, parseInteractionModel } from '../../local/model/interaction-model';
import { parseInvocation } from '../../local/simulator/invocation';

/** Japanese has no spaces between words: the simulator compares it character by character. */

function japaneseModel() {
  return parseInteractionModel('ja-JP', {
    interactionModel: {
      languageModel: {
        invocationName: '背中ストレッチ',
        intents: [
          { name: 'PainIntent', samples: ['痛い', '背中が痛い'] },
          { name: 'HowToIntent', slots: [{ name: 'exercise', type: 'ExerciseType' }], samples: ['{exercise}のやり方を教えて', '{exercise}'] },
          { name: 'AMAZON.NextIntent', samples: ['次'] },
        ],
        types: [
          {
            name: 'ExerciseType',
            values: [
              { id: 'cat_stretch', name: { value: '猫のポーズ', synonyms: ['ねこのポーズ', 'キャットアンドカウ'] } },
              { id: 'cobra_stretch', name: { value: 'コブラのポーズ', synonyms: ['コブラ'] } },
            ],
          },
        ],
      },
    },
  });
}

function slotOf(understanding: Understanding, name: string) {
  if (understanding.kind !== 'intent') throw new Error('no intent matched');
  const found = understanding.slots.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no slot ${name}`);
  return found;
}

describe('tokens of a language written without spaces', () => {
  it('knows which locales are written without spaces', () => {
    expect(isUnspaced('ja-JP')).toBe(true);
    expect(isUnspaced('en-US')).toBe(false);
    expect(isUnspaced('de-DE')).toBe(false);
  });

  it('makes every Japanese character a token, and drops punctuation', () => {
    expect(tokenize('痛い。', 'ja-JP').map((token) => token.spoken)).toEqual(['痛', 'い']);
    expect(fold('次、お願い！', 'ja-JP')).toBe('次 お 願 い');
  });

  it('keeps a run of Latin letters whole, so the wake word is still one word', () => {
    expect(tokenize('Alexa、次', 'ja-JP').map((token) => token.folded)).toEqual(['alexa', '次']);
  });

  it('folds katakana to hiragana but keeps what was said in the spoken form', () => {
    expect(fold('ネコのポーズ', 'ja-JP')).toBe(fold('ねこのぽーず', 'ja-JP'));
    expect(joinTokens(tokenize('ネコのポーズ', 'ja-JP'), 'ja-JP')).toBe('ネコのポーズ');
  });

  it('joins tokens back without spaces in Japanese and with spaces elsewhere', () => {
    expect(joinTokens(tokenize('猫 の ポーズ', 'ja-JP'), 'ja-JP')).toBe('猫のポーズ');
    expect(joinTokens(tokenize('cat pose', 'en-US'), 'en-US')).toBe('cat pose');
  });

  it('leaves languages written with spaces as they were', () => {
    expect(tokenize('Alexa, cat-cow!', 'en-US').map((token) => token.folded)).toEqual(['alexa', 'cat', 'cow']);
  });
});

describe('the matcher in Japanese', () => {
  const matcher = compileMatcher(japaneseModel());

  it('matches a sample with no slot exactly, not a part of a longer sentence', () => {
    expect(matcher.match('痛い')).toMatchObject({ kind: 'intent', intent: 'PainIntent' });
    expect(matcher.match('背中が痛い。')).toMatchObject({ kind: 'intent', intent: 'PainIntent' });
    expect(matcher.match('痛いかもしれない')).toEqual({ kind: 'none' });
  });

  it('fills a slot that touches the words around it, and reports its value without spaces', () => {
    const understanding = matcher.match('猫のポーズのやり方を教えて');
    expect(understanding).toMatchObject({ kind: 'intent', intent: 'HowToIntent' });
    expect(slotOf(understanding, 'exercise')).toEqual({
      name: 'exercise',
      type: 'ExerciseType',
      value: '猫のポーズ',
      resolution: { status: 'ER_SUCCESS_MATCH', values: [{ id: 'cat_stretch', name: '猫のポーズ' }] },
    });
  });

  it('resolves a synonym typed in the other kana script', () => {
    const understanding = matcher.match('ネコのポーズのやり方を教えて');
    expect(slotOf(understanding, 'exercise')).toMatchObject({
      value: 'ネコのポーズ',
      resolution: { status: 'ER_SUCCESS_MATCH', values: [{ id: 'cat_stretch' }] },
    });
  });

  it('takes a slot alone only when the words are a known value', () => {
    expect(slotOf(matcher.match('コブラ'), 'exercise')).toMatchObject({ resolution: { values: [{ id: 'cobra_stretch' }] } });
    expect(matcher.match('今日の天気')).toEqual({ kind: 'none' });
  });

  it('keeps an unknown name in a sample whose own words carry the match', () => {
    const understanding = matcher.match('鶴のやり方を教えて');
    expect(slotOf(understanding, 'exercise')).toEqual({ name: 'exercise', type: 'ExerciseType', value: '鶴', resolution: { status: 'ER_SUCCESS_NO_MATCH' } });
  });
});

describe('invoking the skill in Japanese', () => {
  const parse = (text: string) => parseInvocation(text, '背中ストレッチ', 'ja-JP');

  it.each(['背中ストレッチ', '背中ストレッチを開いて', 'アレクサ、背中ストレッチを起動して', 'Alexa、背中ストレッチを開始して'])('"%s" is a launch', (text) => {
    expect(parse(text)).toEqual({ kind: 'launch' });
  });

  it('joins a request to the name with で, に, を開いて or を使って', () => {
    expect(parse('Alexa、背中ストレッチで猫のポーズのやり方を教えて')).toEqual({ kind: 'one-shot', utterances: ['猫のポーズのやり方を教えて'] });
    expect(parse('背中ストレッチを開いて椅子のストレッチを始めて')).toEqual({ kind: 'one-shot', utterances: ['椅子のストレッチを始めて'] });
    expect(parse('背中ストレッチを使って記録を教えて')).toEqual({ kind: 'one-shot', utterances: ['記録を教えて'] });
  });

  it('words without the name are an utterance, wake word removed, without spaces', () => {
    expect(parse('アレクサ、次')).toEqual({ kind: 'utterance', utterance: '次' });
    expect(parse('背中が痛い')).toEqual({ kind: 'utterance', utterance: '背中が痛い' });
  });

  it('the wake word alone is empty', () => {
    expect(parse('アレクサ')).toEqual({ kind: 'empty' });
  });
});

describe('the generated ja-JP model in the simulator', () => {
  const matcher = compileMatcher(loadInteractionModel('ja-JP'));

  it.each([
    ['痛い', 'PainIntent'],
    ['胸が苦しい', 'RedFlagIntent'],
    ['鋭い痛みです', 'PainKindIntent'],
    ['コブラのやり方を教えて', 'HowToIntent'],
    ['猫のポーズをやりたい', 'StartExerciseIntent'],
    ['椅子のストレッチを始めて', 'StartRoutineIntent'],
    ['ちょっと待って', 'AMAZON.PauseIntent'],
    ['ないです', 'AMAZON.NoIntent'],
  ])('understands "%s" as %s', (text, intent) => {
    expect(matcher.match(text)).toMatchObject({ kind: 'intent', intent });
  });
});
