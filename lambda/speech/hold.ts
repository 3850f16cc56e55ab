import type { Voice } from '../i18n/voice';
import type { Cue } from '../workout/types';
import { speakingSeconds } from './estimate';
import { silence, type Segment } from './segments';
import { durationWords, numberWord } from './words';

/** Holds up to this long are counted every second; longer ones count down in larger steps. */
export const COUNT_EVERY_SECOND_UP_TO = 30;
/** A long hold says how long is left every this many seconds, and once more near the end. */
const LONG_HOLD_STEP = 30;
const LONG_HOLD_LAST_CALL = 10;
/** A count word whose second has already gone by this much is left out rather than said late. */
const LATE_TOLERANCE = 0.25;

type HoldCue = Extract<Cue, { type: 'hold' }>;

interface Call {
  /** Second of the hold at which the words start. */
  readonly at: number;
  readonly text: string;
  /** A count word may be dropped when the words before it ran long; a cue or countdown may not. */
  readonly droppable: boolean;
}

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
  for (const call of calls) {
    const target = call.at - cue.from;
    if (call.droppable && now > target + LATE_TOLERANCE) continue;
    if (target > now) {
      segments.push(silence(target - now));
      now = target;
    }
    const seconds = speakingSeconds(call.text, voice.pack.charactersPerSecond);
    segments.push({ kind: 'speech', text: call.text, seconds });
    now += seconds;
  }
  if (now < length) segments.push(silence(length - now));
  return segments;
}

function startWords(cue: HoldCue, voice: Voice): string {
  if (cue.from > 0) return voice.t('hold.keepHolding');
  return cue.cue === 'hold' ? voice.t('hold.start') : (voice.pack.exercises[cue.exercise].cues?.[cue.cue] ?? voice.t('hold.start'));
}

/** "Hold. Two. Three..." one word a second. A flowing movement's cue is followed by silence: it is timed by breath. */
function countCalls(cue: HoldCue, voice: Voice): Call[] {
  const calls: Call[] = [{ at: cue.from, text: startWords(cue, voice), droppable: false }];
  if (cue.cue !== 'hold') return calls;
  for (let second = cue.from + 1; second < cue.to; second++) {
    calls.push({ at: second, text: `${numberWord(voice, second + 1)}.`, droppable: true });
  }
  return calls;
}

/** "Hold, and relax into it for one minute." ... "Thirty seconds left." ... "Ten seconds left." */
function countdownCalls(cue: HoldCue, voice: Voice): Call[] {
  const left = (second: number) => voice.t('hold.left', { duration: durationWords(voice, cue.seconds - second) });
  const opening = cue.from === 0
    ? voice.t('hold.long', { duration: durationWords(voice, cue.seconds) })
    : `${startWords(cue, voice)} ${left(cue.from)}`;
  const calls: Call[] = [{ at: cue.from, text: opening, droppable: false }];
  for (let second = cue.from + 1; second < cue.to; second++) {
    const remaining = cue.seconds - second;
    if (remaining % LONG_HOLD_STEP === 0 || remaining === LONG_HOLD_LAST_CALL) {
      calls.push({ at: second, text: left(second), droppable: false });
    }
  }
  return calls;
}
