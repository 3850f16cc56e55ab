import type { Voice } from '../i18n/voice';
import type { Cue, Message, Pacer, Reply, Settings } from '../workout/types';
import { cueSegments } from './cues';
import { silence, totalSeconds, type Segment } from './segments';
import { toSsml } from './ssml';

/** A breath between the counted part of a response and the question that ends it. */
const BEFORE_PROMPT_SECONDS = 0.5;

export interface RenderedReply {
  /** Inner SSML of the output speech. */
  readonly speech: string;
  /** Inner SSML of the reprompt, when the session stays open. */
  readonly reprompt: string | null;
  /** The whole spoken response, for the screen and the tests. */
  readonly segments: readonly Segment[];
  readonly seconds: number;
}

export function renderReply(reply: Reply, settings: Settings, voice: Voice): RenderedReply {
  const body = reply.cues.flatMap((cue) => cueSegments(cue, settings, voice));
  const prompt = reply.end ? [] : [...(body.length > 0 ? [silence(BEFORE_PROMPT_SECONDS)] : []), ...messageSegments(reply.prompt, settings, voice)];
  const segments = [...body, ...prompt];
  return {
    speech: toSsml(segments),
    reprompt: reply.end ? null : toSsml(messageSegments(reply.reprompt, settings, voice)),
    segments,
    seconds: totalSeconds(segments),
  };
}

function messageSegments(message: Message, settings: Settings, voice: Voice): Segment[] {
  return cueSegments({ type: 'say', message }, settings, voice);
}

const pacers = new Map<string, Pacer>();

/** What makes one cue sound different from another. Only the step gaps depend on the settings ("slower"). */
function cueKey(cue: Cue, settings: Settings): string {
  switch (cue.type) {
    case 'say':
      return cue.message.params === undefined ? `say ${cue.message.key}` : `say ${cue.message.key} ${JSON.stringify(cue.message.params)}`;
    case 'pause':
      return `pause ${cue.seconds}`;
    case 'steps':
      return `steps ${cue.exercise} ${cue.version} ${settings.slow}`;
    case 'explain':
      return `explain ${cue.exercise} ${cue.part}`;
    case 'side':
      return `side ${cue.exercise} ${cue.side}`;
    case 'hold':
      return `hold ${cue.exercise} ${cue.cue} ${cue.seconds} ${cue.from} ${cue.to}`;
  }
}
const MAX_REMEMBERED_CUES = 5000;

/**
 * The workout's measure of a cue is the speech layer's own, so response splitting and barge-in agree with
 * it. Planning measures the same few hundred cues over and over, so each length is worked out once.
 */
export function pacerFor(voice: Voice): Pacer {
  const cached = pacers.get(voice.locale);
  if (cached) return cached;
  const lengths = new Map<string, number>();
  const pacer: Pacer = {
    seconds: (cue: Cue, settings: Settings) => {
      const key = cueKey(cue, settings);
      let seconds = lengths.get(key);
      if (seconds === undefined) {
        seconds = totalSeconds(cueSegments(cue, settings, voice));
        // Bounded: forged session attributes could otherwise make up endless distinct cues.
        if (lengths.size >= MAX_REMEMBERED_CUES) lengths.clear();
        lengths.set(key, seconds);
      }
      return seconds;
    },
  };
  pacers.set(voice.locale, pacer);
  return pacer;
}
