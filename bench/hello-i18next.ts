// A second baseline for the cold-start ratio: the hello-world skill, answering with the sentences of the
// skill's own launch, looked up through the skill's own i18next set-up (lambda/i18n/voice.ts: i18next with
// the English resources). Any skill whose speech lives in i18next resources pays this much before its own
// code runs; what the skill takes beyond it is the workout, the speech timeline, memory and screens.
import { SkillBuilders, getRequestType } from 'ask-sdk-core';
import { voiceFor } from '../lambda/i18n/voice';

/** The lookups the skill's launch makes for a new en-US user, in order, with the words it passes (tests/bench). */
export const LAUNCH: readonly (readonly [string, Readonly<Record<string, string | number>>])[] = [
  ['welcome', {}],
  ['disclaimer', {}],
  ['stretches', { count: 5, n: 'five' }],
  ['duration.minutes', { count: 11, n: 'eleven' }],
  ['routine.start', { routine: 'your back stretch routine', stretches: 'five stretches', minutes: 'eleven minutes' }],
  ['exercise.start', { exercise: 'eagle arms' }],
  ['hold.start', {}],
  ['rep.release', {}],
  ['prompt.ready', {}],
  ['reprompt.next', {}],
];

export const handler = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    handle: (input) => {
      const { t } = voiceFor('en-US');
      const sentences = LAUNCH.map(([key, words]) => {
        const sentence = t(key, words);
        // i18next answers a missing key with the key: a renamed key must stop the benchmark, not flatter it.
        if (sentence === key) throw new Error(`the English resources have no "${key}"`);
        return sentence;
      });
      return input.responseBuilder.speak(sentences.join(' ')).getResponse();
    },
  })
  .lambda();
