// The peer for the cold-start ratio (issue 12): a small skill written the way Amazon's alexa-samples
// Node.js skills are written, so that the ratio says how the skill's cold start compares with an ordinary,
// well-made ask-sdk-core skill rather than with a skill that does nothing. What it models, as those
// samples do it:
// - SkillBuilders.custom() with one object per handler (canHandle / handle), in the samples' order;
// - i18next initialised with the resources in the code, from a localisation request interceptor on every
//   request, which puts a `t` function on the request attributes for the handlers to speak through;
// - a LaunchRequest handler that speaks ten sentences through `t` (interpolation, and one plural, as the
//   samples' sentences use them) and a reprompt;
// - the help, cancel-and-stop, fallback and session-ended handlers and the catch-all error handler.
// Only English is in it: the skill's bundle carries only English too, the other languages being files of
// their own (scripts/build.mjs), so the peer carries no more words per language than the skill does.
// The structure follows those samples; the code and the sentences are this project's own.
import { SkillBuilders, getIntentName, getLocale, getRequestType, type ErrorHandler, type HandlerInput, type RequestHandler, type RequestInterceptor } from 'ask-sdk-core';
import i18next, { type TFunction } from 'i18next';

const resources = {
  en: {
    translation: {
      GREETING: 'Good to hear from you.',
      PURPOSE: 'This is a short guided session of gentle movements for your back.',
      CAUTION: 'Move slowly, and stop at once if anything feels sharp.',
      PLAN_one: 'Today there is one movement.',
      PLAN_other: 'Today there are {{count}} movements.',
      LENGTH: 'It takes about {{minutes}} minutes.',
      FIRST: 'We begin with {{movement}}.',
      POSTURE: 'Sit up tall, with both feet on the floor.',
      BREATHE: 'Breathe in through your nose, and out through your mouth.',
      CONTROLS: 'You can say pause, next or repeat at any time.',
      READY: 'Say ready when you want to begin.',
      REPROMPT: 'Are you ready to begin?',
      HELP: 'I guide you through a few gentle back movements. Say start to begin, or stop to leave.',
      GOODBYE: 'Take care of your back. Goodbye.',
      FALLBACK: 'I did not catch that. You can say start, help or stop.',
      ERROR: 'Sorry, something went wrong on my side. Please try again.',
    },
  },
};

const t = (input: HandlerInput): TFunction => (input.attributesManager.getRequestAttributes() as { t: TFunction }).t;

/** As in the samples: i18next is (re)initialised for the request's locale, and `t` goes on the request attributes. */
const LocalisationRequestInterceptor: RequestInterceptor = {
  async process(input) {
    const translate = await i18next.init({ lng: getLocale(input.requestEnvelope), fallbackLng: 'en', resources });
    input.attributesManager.getRequestAttributes().t = translate;
  },
};

const LaunchRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle(input) {
    const say = t(input);
    const speech = [
      say('GREETING'),
      say('PURPOSE'),
      say('CAUTION'),
      say('PLAN', { count: 5 }),
      say('LENGTH', { minutes: 11 }),
      say('FIRST', { movement: 'shoulder rolls' }),
      say('POSTURE'),
      say('BREATHE'),
      say('CONTROLS'),
      say('READY'),
    ].join(' ');
    return input.responseBuilder.speak(speech).reprompt(say('REPROMPT')).getResponse();
  },
};

const isIntent = (input: HandlerInput, ...names: string[]) =>
  getRequestType(input.requestEnvelope) === 'IntentRequest' && names.includes(getIntentName(input.requestEnvelope));

const HelpIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  handle: (input) => input.responseBuilder.speak(t(input)('HELP')).reprompt(t(input)('HELP')).getResponse(),
};

const CancelAndStopIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.CancelIntent', 'AMAZON.StopIntent'),
  handle: (input) => input.responseBuilder.speak(t(input)('GOODBYE')).getResponse(),
};

const FallbackIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.FallbackIntent'),
  handle: (input) => input.responseBuilder.speak(t(input)('FALLBACK')).reprompt(t(input)('FALLBACK')).getResponse(),
};

const SessionEndedRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle: (input) => input.responseBuilder.getResponse(),
};

const CatchAllErrorHandler: ErrorHandler = {
  canHandle: () => true,
  handle(input, error) {
    console.log(`Error handled: ${error.message}`);
    return input.responseBuilder.speak(t(input)('ERROR')).reprompt(t(input)('ERROR')).getResponse();
  },
};

export const handler = SkillBuilders.custom()
  .addRequestHandlers(LaunchRequestHandler, HelpIntentHandler, CancelAndStopIntentHandler, FallbackIntentHandler, SessionEndedRequestHandler)
  .addErrorHandlers(CatchAllErrorHandler)
  .addRequestInterceptors(LocalisationRequestInterceptor)
  .lambda();
