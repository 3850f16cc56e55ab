import type { Segment } from './segments';
import { SLOW_RATE } from './estimate';

/** Alexa's longest `<break>` (shared/alexa-platform.md, section 1): longer silences are chained. */
export const MAX_BREAK_MS = 10_000;
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
export function toSsml(segments: readonly Segment[], slow: boolean): string {
  const parts: string[] = [];
  for (const segment of segments) {
    if (segment.kind === 'silence') {
      const tag = breaks(segment.seconds);
      if (tag) parts.push(tag);
    } else if (slow && !segment.paced) {
      parts.push(`<prosody rate="${Math.round(SLOW_RATE * 100)}%">${escapeXml(segment.text)}</prosody>`);
    } else {
      parts.push(escapeXml(segment.text));
    }
  }
  return parts.join(' ');
}
