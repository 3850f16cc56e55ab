import type { Cursor, Delivered } from './types';

/**
 * Alexa starts speaking a response a moment after the request that produced it; the skill never learns
 * how much was actually played, so it estimates from the next request's timestamp.
 */
export const SPEECH_START_DELAY_SECONDS = 1;

/**
 * The rep that was being spoken when the user interrupted, or null when the counted part had already
 * been played in full (the user answered the prompt rather than barging in).
 */
export function interruptedAt(delivered: Delivered, now: number): Cursor | null {
  const elapsed = (now - delivered.at) / 1000 - SPEECH_START_DELAY_SECONDS;
  if (!Number.isFinite(elapsed) || elapsed >= delivered.seconds) return null;
  let cursor = delivered.from;
  for (const mark of delivered.marks) {
    if (mark.at > elapsed) break;
    cursor = mark.cursor;
  }
  return cursor;
}
