/**
 * The shared response checks (local/envelopes/response.ts) catch what Alexa would refuse, and the skill's
 * heaviest conversations (every routine, slower and with longer holds) pass them on every response.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { ROUTINE_IDS } from '../../lambda/catalog/routines';
import { handler } from '../../lambda/index';
import { plainText, responseProblems, ssmlProblems } from '../../local/envelopes/response';
import { AlexaResponseValidator } from '../support/alexa-test';
import { Conversation, intent, launch } from '../support/skill';
import { countedHolds, en } from '../support/speech';

const speak = (inner: string) => `<speak>${inner}</speak>`;

describe('the SSML checks', () => {
  it('accept what the skill is allowed to say', () => {
    expect(
      ssmlProblems(speak('Hold. <break time="10000ms"/> <break time="10s"/> <prosody rate="90%">Rock &amp; roll</prosody> <amazon:effect name="whispered">hi</amazon:effect>')),
    ).toEqual([]);
  });

  it.each([
    ['malformed XML', speak('Hold. <break time="1s">')],
    ['an unescaped ampersand', speak('Rock & roll')],
    ['a tag Alexa does not know', speak('<div>hi</div>')],
    ['a break over 10 s', speak('<break time="10001ms"/>')],
    ['a break over 10 s in seconds', speak('<break time="12s"/>')],
    ['a break time that is not a time', speak('<break time="long"/>')],
    ['no <speak> element', 'Hold.'],
    ['8000 characters', speak('a'.repeat(8000))],
  ])('reject %s', (_label, ssml) => {
    expect(ssmlProblems(ssml)).not.toEqual([]);
  });

  const envelope = (open: boolean, reprompt: boolean): ResponseEnvelope => ({
    version: '1.0',
    response: {
      outputSpeech: { type: 'SSML', ssml: speak('Ready? Say next.') },
      ...(reprompt ? { reprompt: { outputSpeech: { type: 'SSML', ssml: speak('Say next.') } } } : {}),
      shouldEndSession: !open,
    },
  });

  it('reject an open session without a reprompt, accept one with it', () => {
    expect(responseProblems(envelope(true, false))).not.toEqual([]);
    expect(responseProblems(envelope(true, true))).toEqual([]);
    expect(responseProblems(envelope(false, false))).toEqual([]);
  });

  it('the ask-sdk-test validator throws on a bad response', () => {
    const item = { request: launch().build() };
    expect(() => new AlexaResponseValidator().validate(item, envelope(true, false))).toThrow(/reprompt/);
    expect(() => new AlexaResponseValidator().validate(item, envelope(true, true))).not.toThrow();
  });

  it('plainText reads escaped text back', () => {
    expect(plainText(speak('Don&apos;t <break time="1s"/> stop'))).toBe("Don't stop");
  });
});

describe.each(ROUTINE_IDS)('the %s routine, slower and with longer holds, to the end', (routine) => {
  it('every response passes the checks (each send() runs them) and the routine ends', async () => {
    const conversation = new Conversation(handler);
    await conversation.send(intent('SlowerIntent'));
    await conversation.send(intent('LongerHoldsIntent'));
    let turn = await conversation.send(intent('StartRoutineIntent', { routine: { id: routine } }));
    expect(turn.session?.settings).toMatchObject({ slow: true, longerHolds: true });
    while (!turn.ended) {
      if (conversation.turns.length > 120) throw new Error('no end');
      turn = await conversation.send(intent('AMAZON.NextIntent'));
    }
    expect(turn.text).toContain(en.messages['routine.done'].split('{{')[0] ?? '');
    // "Slower" means more time between steps and reps, never a slowed count: holds stay on their real-time grid.
    expect(conversation.turns.some((t) => t.ssml.includes('<prosody'))).toBe(false);
    expect(conversation.turns.flatMap((t) => countedHolds(t.text)).length).toBeGreaterThan(0);
  });
});
