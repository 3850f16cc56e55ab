import { parseInvocation, type Invocation } from '../../local/simulator/invocation';

const NAME = 'my back stretches';
const parse = (text: string): Invocation => parseInvocation(text, NAME, 'en-US');

describe('launch and one-shot phrases around the invocation name', () => {
  it.each(['open my back stretches', 'start my back stretches', 'launch my back stretches', 'Alexa, open my back stretches.', 'begin my back stretches', 'talk to my back stretches', 'my back stretches', 'ask my back stretches'])(
    '"%s" is a launch',
    (text) => {
      expect(parse(text)).toEqual({ kind: 'launch' });
    },
  );

  it('"ask <name> <request>" is a one-shot with the request', () => {
    expect(parse('ask my back stretches how to do cobra')).toEqual({ kind: 'one-shot', utterances: ['how to do cobra'] });
    expect(parse('Alexa, tell my back stretches it hurts')).toEqual({ kind: 'one-shot', utterances: ['it hurts'] });
  });

  it('a connecting word after the name is tried without, then with', () => {
    expect(parse('ask my back stretches to start the chair routine')).toEqual({
      kind: 'one-shot',
      utterances: ['start the chair routine', 'to start the chair routine'],
    });
    expect(parse('ask my back stretches about cobra')).toEqual({ kind: 'one-shot', utterances: ['cobra', 'about cobra'] });
  });

  it('"<request> with <name>" and "open <name> and <request>" are one-shots', () => {
    expect(parse('start the chair routine with my back stretches')).toEqual({ kind: 'one-shot', utterances: ['start the chair routine'] });
    expect(parse('open my back stretches and start the floor routine')).toEqual({ kind: 'one-shot', utterances: ['start the floor routine'] });
  });

  it('words without the name are an utterance for the open session, wake word removed', () => {
    expect(parse('Alexa, next')).toEqual({ kind: 'utterance', utterance: 'next' });
    expect(parse("it's a sharp pain")).toEqual({ kind: 'utterance', utterance: "it's a sharp pain" });
  });

  it('the name inside an ordinary sentence is just words', () => {
    expect(parse('I really like my back stretches')).toEqual({ kind: 'utterance', utterance: 'i really like my back stretches' });
  });

  it('the wake word alone, or nothing, is empty', () => {
    expect(parse('Alexa')).toEqual({ kind: 'empty' });
    expect(parse('  ')).toEqual({ kind: 'empty' });
  });
});

describe("each locale's own launch and request phrases (models/locales: phrasing)", () => {
  it('opens the skill with the launch words of its language', () => {
    expect(parseInvocation('Alexa, öffne sanfte rückendehnung', 'sanfte rückendehnung', 'de-DE')).toEqual({ kind: 'launch' });
    expect(parseInvocation('abre espalda flexible', 'espalda flexible', 'es-MX')).toEqual({ kind: 'launch' });
  });

  it('hands a request in the language\'s own form to the skill, the shorter reading first', () => {
    const asked = parseInvocation('pregunta a espalda flexible cómo se hace la cobra', 'espalda flexible', 'es-ES');
    expect(asked).toMatchObject({ kind: 'one-shot' });
    expect(asked.kind === 'one-shot' && asked.utterances[0]).toBe('cómo se hace la cobra');
  });
});
