import type { Voice } from '../i18n/voice';
import { MESSAGES, type Message, type ParamKind, type ParamKinds } from '../workout/messages';
import { countOf, durationWords, listWords, numberWord } from './words';

/** Each kind of parameter in words, in the user's language. */
const WORDS: { readonly [K in ParamKind]: (voice: Voice, value: ParamKinds[K]) => string } = {
  number: (voice, n) => numberWord(voice, n),
  exercise: (voice, id) => voice.pack.exercises[id].name,
  position: (voice, id) => voice.pack.exercises[id].position,
  routine: (voice, id) => voice.pack.routines[id],
  side: (voice, side) => voice.phrase(`sideName.${side}`),
  exercises: (voice, ids) => listWords(voice, ids.map((id) => voice.pack.exercises[id].name)),
  stretches: (voice, n) => countOf(voice, n, 'stretches'),
  sessions: (voice, n) => countOf(voice, n, 'sessions'),
  days: (voice, n) => countOf(voice, n, 'days'),
  minutes: (voice, n) => durationWords(voice, n * 60),
};

function words<K extends ParamKind>(voice: Voice, kind: K, value: ParamKinds[K]): string {
  return WORDS[kind](voice, value);
}

/** A message in the user's language, with every id turned into words. */
export function messageText(voice: Voice, message: Message): string {
  const kinds: Readonly<Record<string, ParamKind>> = MESSAGES[message.key];
  const values: Record<string, string> = {};
  // say() made the params from the same declaration, so each value is of its name's kind.
  const params: Readonly<Record<string, ParamKinds[ParamKind]>> = message.params ?? {};
  for (const [name, kind] of Object.entries(kinds)) {
    const value = params[name];
    if (value !== undefined) values[name] = words(voice, kind, value as ParamKinds[typeof kind]);
  }
  return voice.t(message.key, values);
}
