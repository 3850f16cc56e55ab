import { MAX_BREAK_SECONDS } from '../alexa/limits';
import type { Segment } from './segments';

const MAX_BREAK_MS = MAX_BREAK_SECONDS * 1000;
/** Silences shorter than this are left to the voice's own pacing. */
const MIN_BREAK_MS = 50;

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Everything spoken is text, never markup: ask-sdk-core's speak() does not escape. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

export function breaks(seconds: number): string {
  let ms = Math.round(seconds * 1000);
  if (ms < MIN_BREAK_MS) return '';
  let out = '';
  while (ms > 0) {
    const chunk = Math.min(ms, MAX_BREAK_MS);
    out += `<break time="${chunk}ms"/>`;
    ms -= chunk;
  }
  return out;
}

/** The inner SSML of a response (ask-sdk-core adds the `<speak>` element). */
export function toSsml(segments: readonly Segment[]): string {
  return segments
    .map((segment) => {
      switch (segment.kind) {
        case 'silence':
          return breaks(segment.seconds);
        case 'speech':
          return escapeXml(segment.text);
        case 'show':
          return '';
      }
    })
    .filter((part) => part !== '')
    .join(' ');
}
