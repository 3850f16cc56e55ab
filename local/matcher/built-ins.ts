/**
 * Common English phrasings of Amazon's built-in intents. A model lists a built-in with no samples when
 * it is happy with Amazon's own utterances, which are not published: these stand in for them. They
 * apply only to built-ins the model declares (Alexa never routes to one it does not), and the
 * model's own samples for a built-in are matched as well. Models in other languages give their
 * built-ins samples of their own (a test in tests/models asks for them).
 */
const ENGLISH_PHRASINGS: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.StopIntent': [
    'stop',
    'stop please',
    'please stop',
    'exit',
    'quit',
    'enough',
    "that's enough",
    "that's all",
    'that will do',
    'be quiet',
    'shut up',
    'off',
    'turn off',
  ],
  'AMAZON.CancelIntent': ['cancel', 'cancel that', 'never mind', 'nevermind', 'forget it'],
  'AMAZON.HelpIntent': ['help', 'help me', 'help please', 'i need help', 'what can i say', 'what can i do', 'what do i say', 'how does this work'],
  'AMAZON.YesIntent': ['yes', 'yes please', 'yeah', 'yep', 'yup', 'sure', 'sure thing', 'okay', 'ok', 'alright', 'all right', 'of course', 'sounds good', 'why not'],
  'AMAZON.NoIntent': ['no', 'nope', 'no thanks', 'no thank you', 'nah', 'not really', 'not now', 'no way'],
  'AMAZON.NextIntent': ['next', 'next please'],
  'AMAZON.PreviousIntent': ['previous', 'go back', 'back'],
  'AMAZON.RepeatIntent': ['repeat', 'repeat that', 'repeat please', 'say that again', 'say again', 'again'],
  'AMAZON.StartOverIntent': ['start over', 'restart', 'start again', 'begin again'],
  'AMAZON.PauseIntent': ['pause', 'pause please'],
  'AMAZON.ResumeIntent': ['resume', 'continue'],
  'AMAZON.NavigateHomeIntent': ['go home', 'home', 'go to the home screen'],
};

export function builtInPhrasings(locale: string): Readonly<Record<string, readonly string[]>> {
  return locale.startsWith('en-') ? ENGLISH_PHRASINGS : {};
}

/** What Alexa sends when nothing in the model fits the words. */
export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';
