import { intentHandler } from './intent-handler';

/** The intents every skill must answer, and what Alexa sends when nothing else matched. */
export const helpStopHandler = intentHandler({
  'AMAZON.HelpIntent': () => ({ type: 'help' }),
  'AMAZON.StopIntent': () => ({ type: 'stop' }),
  'AMAZON.CancelIntent': () => ({ type: 'stop' }),
  'AMAZON.NavigateHomeIntent': () => ({ type: 'stop' }),
  'AMAZON.FallbackIntent': () => ({ type: 'fallback' }),
});
