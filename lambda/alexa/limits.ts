/**
 * Alexa's limits that the skill's responses must keep, in one place (docs/alexa-platform.md, sections 1
 * and 2, with their sources). The speech layer, the workout's response splitting, the offline simulator
 * and the tests all read them from here.
 */

/** The longest single `<break>`: longer silences are chained (section 1). */
export const MAX_BREAK_SECONDS = 10;
/** outputSpeech must stay under this many characters (section 1). */
export const MAX_SPEECH_CHARACTERS = 8000;
/** The longest a spoken turn may last while the session waits for the user (section 2). */
export const TURN_LIMIT_SECONDS = 90;
/** The largest response Alexa accepts, session attributes included (section 2). */
export const MAX_RESPONSE_BYTES = 120 * 1024;
/** Alexa gives up on a skill that has not answered within this time (section 2). */
export const RESPONSE_DEADLINE_MS = 8000;
/** After a response that keeps the session open, the microphone stays open about this long (section 2). */
export const LISTEN_SECONDS = 8;
