import type { Voice } from '../i18n/voice';
import type { Message, Param } from '../workout/types';
import { countOf, durationWords, listWords, numberWord } from './words';

/** A message in the user's language, with every id turned into words. */
export function messageText(voice: Voice, message: Message): string {
  const values: Record<string, string> = {};
  for (const [name, param] of Object.entries(message.params ?? {})) values[name] = paramText(voice, param);
  return voice.t(message.key, values);
}

function paramText(voice: Voice, param: Param): string {
  if ('number' in param) return numberWord(voice, param.number);
  if ('exercise' in param) return voice.pack.exercises[param.exercise].name;
  if ('position' in param) return voice.pack.exercises[param.position].position;
  if ('routine' in param) return voice.pack.routines[param.routine];
  if ('side' in param) return voice.t(`sideName.${param.side}`);
  if ('exercises' in param) return listWords(voice, param.exercises.map((id) => voice.pack.exercises[id].name));
  if ('stretches' in param) return countOf(voice, param.stretches, 'stretches');
  if ('sessions' in param) return countOf(voice, param.sessions, 'sessions');
  if ('days' in param) return countOf(voice, param.days, 'days');
  return durationWords(voice, param.minutes * 60);
}
