import type { Voice } from '../i18n/voice';

export function numberWord(voice: Voice, n: number): string {
  return voice.pack.numbers[n] ?? String(n);
}

/** "one minute", "twenty seconds", "ninety seconds": whole minutes when the duration is one. */
export function durationWords(voice: Voice, seconds: number): string {
  if (seconds >= 60 && seconds % 60 === 0) {
    const minutes = seconds / 60;
    return voice.t('duration.minutes', { count: minutes, n: numberWord(voice, minutes) });
  }
  return voice.t('duration.seconds', { count: seconds, n: numberWord(voice, seconds) });
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
