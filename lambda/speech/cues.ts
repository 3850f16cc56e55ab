import type { Voice } from '../i18n/voice';
import { message } from '../workout/messages';
import type { Cue, Settings } from '../workout/types';
import { speakingSeconds } from './estimate';
import { holdSegments } from './hold';
import { messageText } from './params';
import { show, silence, type Segment } from './segments';

/** Time to act on one step before the next is read. */
const STEP_GAP_SECONDS = 1;
/** Between the parts of a how-to explanation. */
const PART_GAP_SECONDS = 0.5;

/** The words and silences of one cue, each with its estimated length. */
export function cueSegments(cue: Cue, settings: Settings, voice: Voice): Segment[] {
  const words = (text: string): Segment => ({ kind: 'speech', text, seconds: speakingSeconds(text, voice.pack.charactersPerSecond) });
  // "Slower" gives more time between steps (and between reps, in the dosage); the voice keeps its pace.
  const stepGap = settings.slow ? STEP_GAP_SECONDS * 2 : STEP_GAP_SECONDS;
  switch (cue.type) {
    case 'say':
      return [words(messageText(voice, cue.message))];
    case 'rep': {
      const text = messageText(voice, message('rep.number', { n: cue.rep, total: cue.of }));
      // The rep being counted is on the screen for as long as it lasts.
      return [show('rep', text), words(text)];
    }
    case 'routineDone':
      return [words(messageText(voice, message('routine.done', { stretches: cue.stretches })))];
    case 'pause':
      return cue.seconds > 0 ? [silence(cue.seconds)] : [];
    case 'steps': {
      const text = voice.pack.exercises[cue.exercise];
      const steps = cue.version === 'gentler' ? text.gentler : text.steps;
      return [words(text.needs), silence(stepGap), ...steps.flatMap((step) => [show('step', step), words(step), silence(stepGap)])];
    }
    case 'explain': {
      const text = voice.pack.exercises[cue.exercise];
      const steps = [
        words(voice.phrase('explain.intro', { exercise: text.name, needs: text.needs })),
        ...text.steps.flatMap((step) => [silence(PART_GAP_SECONDS), show('step', step), words(step)]),
        silence(PART_GAP_SECONDS),
        show('step', text.caution),
        words(voice.phrase('explain.caution', { caution: text.caution })),
      ];
      const gentler = [
        words(voice.phrase('explain.gentler')),
        ...text.gentler.flatMap((step) => [silence(PART_GAP_SECONDS), show('step', step), words(step)]),
      ];
      if (cue.part === 'steps') return steps;
      if (cue.part === 'gentler') return gentler;
      return [...steps, silence(PART_GAP_SECONDS), ...gentler];
    }
    case 'side': {
      const own = voice.pack.exercises[cue.exercise].sides?.[cue.side];
      const text = own ?? voice.phrase('side.generic', { side: voice.phrase(`sideName.${cue.side}`) });
      return [show('side', text), words(text)];
    }
    case 'hold':
      return holdSegments(cue, voice);
  }
}
