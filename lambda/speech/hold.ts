import type { Voice } from '../i18n/voice';
import type { Cue } from '../workout/types';
import { speakingSeconds } from './estimate';
import { show, silence, type ScreenUpdate, type Segment } from './segments';
import { durationWords, numberWord } from './words';

/** Holds up to this long are counted every second; longer ones count down in larger steps. */
export const COUNT_EVERY_SECOND_UP_TO = 30;
/** A long hold says how long is left every this many seconds, and once more near the end. */
const LONG_HOLD_STEP = 30;
const LONG_HOLD_LAST_CALL = 10;
/** A count word whose second has already gone by this much is left out rather than said late. */
const LATE_TOLERANCE = 0.25;
/** The longest a count word may take to be said every second. */
const ONE_SECOND_WORD = 0.95;

type HoldCue = Extract<Cue, { type: 'hold' }>;

interface Call {
  /** Second of the hold at which the words start. */
  readonly at: number;
  /** Nothing is said at a silent call: only the screen changes. */
  readonly text: string | null;
  /** A count word may be dropped when the words before it ran long; a cue or countdown may not. */
  readonly droppable: boolean;
  readonly screen: ScreenUpdate | null;
}

/** A long hold's countdown on a screen moves on this often, between the spoken calls. */
const SCREEN_STEP_SECONDS = 10;

/**
 * A hold as words on a real-time grid: each call starts at its second and silence fills the gaps, so the
 * hold lasts its length whatever the language's words take. Words that run long push the next call back,
 * and a count word that would come late is left out, so the drift never builds up.
 */
export function holdSegments(cue: HoldCue, voice: Voice): Segment[] {
  const calls = cue.seconds <= COUNT_EVERY_SECOND_UP_TO ? countCalls(cue, voice) : countdownCalls(cue, voice);
  const segments: Segment[] = [];
  const length = cue.to - cue.from;
  let now = 0;
  for (const call of [...calls].sort((a, b) => a.at - b.at)) {
    const target = call.at - cue.from;
    if (call.droppable && now > target + LATE_TOLERANCE) continue;
    if (target > now) {
      segments.push(silence(target - now));
      now = target;
    }
    if (call.screen !== null) segments.push(show(call.screen.field, call.screen.text));
    if (call.text === null) continue;
    const seconds = speakingSeconds(call.text, voice.pack.charactersPerSecond);
    segments.push({ kind: 'speech', text: call.text, seconds });
    now += seconds;
  }
  if (now < length) segments.push(silence(length - now));
  if (cue.to >= cue.seconds) segments.push(show('count', ''));
  return segments;
}

function startWords(cue: HoldCue, voice: Voice): string {
  if (cue.from > 0) return voice.phrase('hold.keepHolding');
  return cue.cue === 'hold' ? voice.phrase('hold.start') : (voice.pack.exercises[cue.exercise].cues?.[cue.cue] ?? voice.phrase('hold.start'));
}

/** "Hold. Two. Three..." one word a second. A flowing movement's cue is followed by silence: it is timed by breath. */
function countCalls(cue: HoldCue, voice: Voice): Call[] {
  const words = startWords(cue, voice);
  if (cue.cue !== 'hold') return [{ at: cue.from, text: words, droppable: false, screen: { field: 'step', text: words } }];
  const calls: Call[] = [{ at: cue.from, text: words, droppable: false, screen: { field: 'count', text: String(cue.from + 1) } }];
  for (let second = cue.from + 1; second < cue.to; second++) {
    const count = numberWord(voice, second + 1);
    // A number too long to say within its second ("zevenentwintig") is counted on even numbers only: a
    // steady "twenty, twenty-two, twenty-four" rather than numbers dropped here and there.
    const fits = speakingSeconds(count, voice.pack.charactersPerSecond) <= ONE_SECOND_WORD;
    if (!fits && (second + 1) % 2 === 1) continue;
    calls.push({ at: second, text: count, droppable: true, screen: { field: 'count', text: String(second + 1) } });
  }
  return calls;
}

/** "1:30": time left, as a screen shows it. */
export function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "Hold, and relax into it for one minute." ... "Thirty seconds left." ... "Ten seconds left." */
function countdownCalls(cue: HoldCue, voice: Voice): Call[] {
  const left = (second: number) => voice.phrase('hold.left', { duration: durationWords(voice, cue.seconds - second) });
  const opening = cue.from === 0
    ? voice.phrase('hold.long', { duration: durationWords(voice, cue.seconds) })
    : `${startWords(cue, voice)} ${left(cue.from)}`;
  const remaining = (second: number): ScreenUpdate => ({ field: 'count', text: clock(cue.seconds - second) });
  const calls: Call[] = [{ at: cue.from, text: opening, droppable: false, screen: remaining(cue.from) }];
  for (let second = cue.from + 1; second < cue.to; second++) {
    const secondsLeft = cue.seconds - second;
    if (secondsLeft % LONG_HOLD_STEP === 0 || secondsLeft === LONG_HOLD_LAST_CALL) {
      calls.push({ at: second, text: left(second), droppable: false, screen: remaining(second) });
    } else if (secondsLeft % SCREEN_STEP_SECONDS === 0) {
      calls.push({ at: second, text: null, droppable: false, screen: remaining(second) });
    }
  }
  return calls;
}
