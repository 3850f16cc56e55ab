// A second baseline for the cold-start ratio: the hello-world skill, speaking through i18next the way
// this skill must (speech text lives in i18next resources). What it adds to the plain hello world is the
// part of the skill's cold start that comes with the library, before any of the skill's own work.
import { SkillBuilders, getRequestType } from 'ask-sdk-core';
import i18next from 'i18next';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: { hello: 'Hello, {{name}}.' } } },
  fallbackLng: 'en',
  initAsync: false,
});
const t = i18n.getFixedT('en-US');

export const handler = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    handle: (input) => input.responseBuilder.speak(t('hello', { name: 'there' })).getResponse(),
  })
  .lambda();
