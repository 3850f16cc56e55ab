import type { CountedNoun } from '../i18n/language-pack';
import type { Voice } from '../i18n/voice';

export function numberWord(voice: Voice, n: number): string {
  return voice.pack.numbers[n] ?? String(n);
}

/** A count of something in words, with the right plural form and the number agreeing with the noun. */
export function countOf(voice: Voice, n: number, noun: CountedNoun): string {
  const key = { seconds: 'duration.seconds', minutes: 'duration.minutes', days: 'duration.days', stretches: 'stretches', sessions: 'sessions' }[noun];
  return voice.t(key, { count: n, n: voice.pack.countWord?.(n, noun) ?? numberWord(voice, n) });
}

/** "one minute", "twenty seconds", "ninety seconds": whole minutes when the duration is one. */
export function durationWords(voice: Voice, seconds: number): string {
  return seconds >= 60 && seconds % 60 === 0 ? countOf(voice, seconds / 60, 'minutes') : countOf(voice, seconds, 'seconds');
}

const listFormats = new Map<string, Intl.ListFormat>();

export function listWords(voice: Voice, items: readonly string[]): string {
  let format = listFormats.get(voice.locale);
  if (format === undefined) {
    format = new Intl.ListFormat(voice.locale, { type: 'conjunction' });
    listFormats.set(voice.locale, format);
  }
  return format.format(items);
}
