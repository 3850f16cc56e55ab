import { speakingSeconds } from '../../lambda/speech/estimate';
import { durationLabel, parsePlainText, parseSsml, plainTextSpeech, readable, SsmlError } from '../../local/simulator/ssml';

const RATE = 14.5; // en's charactersPerSecond in lambda/i18n/languages/en.ts

describe('reading SSML', () => {
  it('shows the words as said, entities decoded, pauses of a second or more as [N s] and shorter ones as …', () => {
    const speech = parseSsml('<speak>You&apos;re up. <break time="10000ms"/> Hold. <break time="300ms"/> two <break time="50ms"/> three</speak>', 'en-US');
    expect(readable(speech)).toBe("You're up. [10 s] Hold. … two three");
  });

  it('merges chained breaks into one pause', () => {
    const speech = parseSsml('<speak>Rest. <break time="10s"/> <break time="10s"/> <break time="5000ms"/> Go.</speak>', 'en-US');
    expect(readable(speech)).toBe('Rest. [25 s] Go.');
    expect(speech.parts.filter((part) => part.kind === 'pause')).toHaveLength(1);
  });

  it('times words with the skill’s own estimator, slowed by prosody, plus the pauses', () => {
    const speech = parseSsml('<speak>Sit tall. <break time="1500ms"/> <prosody rate="90%">Breathe in.</prosody></speak>', 'en-US');
    expect(speech.seconds).toBeCloseTo(speakingSeconds('Sit tall.', RATE) + 1.5 + speakingSeconds('Breathe in.', RATE) / 0.9, 6);
  });

  it('speaks a <sub> alias instead of its text, and shows audio as [audio]', () => {
    const speech = parseSsml('<speak><sub alias="World Wide Web">WWW</sub> <audio src="soundbank://soundlibrary/musical/amzn_sfx_bell_timer_01"/></speak>', 'en-US');
    expect(readable(speech)).toBe('World Wide Web [audio]');
  });

  it.each([
    ['no <speak> root', 'Hello'],
    ['an unclosed tag', '<speak><prosody rate="90%">Hello</speak>'],
    ['a break over 10 s', '<speak><break time="11s"/></speak>'],
    ['a break without a unit', '<speak><break time="500"/></speak>'],
    ['a bare ampersand', '<speak>Tom & Jerry</speak>'],
    ['a tag Alexa does not know', '<speak><blink>Hi</blink></speak>'],
    ['text after </speak>', '<speak>Hi</speak> there'],
    ['over 8000 characters', `<speak>${'a'.repeat(8000)}</speak>`],
  ])('refuses %s, as Alexa would', (_what, ssml) => {
    expect(() => parseSsml(ssml, 'en-US')).toThrow(SsmlError);
  });

  it('reads plain-text speech as one run of words, and refuses it over 8000 characters', () => {
    expect(readable(parsePlainText('Hello  there.', 'en-US'))).toBe('Hello there.');
    expect(() => parsePlainText('a'.repeat(8001), 'en-US')).toThrow(SsmlError);
    expect(plainTextSpeech('Tom & Jerry', 'en-US').ssml).toBe('<speak>Tom &amp; Jerry</speak>');
  });

  it('labels durations in seconds, then minutes', () => {
    expect([durationLabel(1.5), durationLabel(10), durationLabel(59.94), durationLabel(76.2), durationLabel(120)]).toEqual(['1.5 s', '10 s', '59.9 s', '1 min 16 s', '2 min']);
  });
});
