import type { Cursor, Delivered } from './types';

/**
 * Alexa starts speaking a response a moment after the request that produced it; the skill never learns
 * how much was actually played, so it estimates from the next request's timestamp.
 */
export const SPEECH_START_DELAY_SECONDS = 1;

/**
 * The speaking rates behind every estimate may run long (docs/speaking-rates.md: the estimate was 22%
 * longer than espeak-ng on plain speech), so a response may end well before its estimated length. For a
 * request that means "go on", the last fifth of the estimate (at most ten seconds) counts as already
 * heard: "continue" said as "Ready to carry on?" plays goes on instead of repeating the rep just
 * finished. "Pause" or "it hurts" get no such margin: for them, the rep may still have been playing.
 */
const ESTIMATE_MARGIN = 0.2;
const MAX_MARGIN_SECONDS = 10;
const heardBy = (seconds: number) => seconds - Math.min(MAX_MARGIN_SECONDS, seconds * ESTIMATE_MARGIN);

/**
 * The rep that was being spoken when the user interrupted, or null when the counted part had already
 * been played in full (the user answered the prompt rather than barging in).
 */
export function interruptedAt(delivered: Delivered, now: number, goesOn = false): Cursor | null {
  const elapsed = (now - delivered.at) / 1000 - SPEECH_START_DELAY_SECONDS;
  if (!Number.isFinite(elapsed) || elapsed >= (goesOn ? heardBy(delivered.seconds) : delivered.seconds)) return null;
  let cursor = delivered.from;
  for (const mark of delivered.marks) {
    if (mark.at > elapsed) break;
    cursor = mark.cursor;
  }
  return cursor;
}
