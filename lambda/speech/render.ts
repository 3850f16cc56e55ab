import type { Voice } from '../i18n/voice';
import type { Message } from '../workout/messages';
import type { Cue, Pacer, Reply, Settings } from '../workout/types';
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
  const body = reply.cues.flatMap((cue) => segmentsOf(cue, settings, voice));
  const prompt = reply.end ? [] : [...(body.length > 0 ? [silence(BEFORE_PROMPT_SECONDS)] : []), ...messageSegments(reply.prompt, settings, voice)];
  const segments = [...body, ...prompt];
  return {
    speech: toSsml(segments),
    reprompt: reply.end ? null : toSsml(messageSegments(reply.reprompt, settings, voice)),
    segments,
    seconds: totalSeconds(segments),
  };
}

function messageSegments(message: Message, settings: Settings, voice: Voice): readonly Segment[] {
  return segmentsOf({ type: 'say', message }, settings, voice);
}

/** What makes one cue sound different from another. Only the step gaps depend on the settings ("slower"). */
function cueKey(cue: Cue, settings: Settings): string {
  switch (cue.type) {
    case 'say':
      return cue.message.params === undefined ? `say ${cue.message.key}` : `say ${cue.message.key} ${JSON.stringify(cue.message.params)}`;
    case 'rep':
      return `rep ${cue.rep} ${cue.of}`;
    case 'routineDone':
      return `routineDone ${cue.stretches}`;
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

/**
 * Each cue's segments, worked out once per voice: planning measures the same cues again and again, and
 * rendering a response reuses them instead of building the same words anew (less garbage per request).
 */
const segmentCaches = new Map<string, Map<string, readonly Segment[]>>();
const MAX_REMEMBERED_CUES = 5000;

function segmentsOf(cue: Cue, settings: Settings, voice: Voice): readonly Segment[] {
  let cache = segmentCaches.get(voice.locale);
  if (cache === undefined) {
    cache = new Map();
    segmentCaches.set(voice.locale, cache);
  }
  const key = cueKey(cue, settings);
  let segments = cache.get(key);
  if (segments === undefined) {
    segments = cueSegments(cue, settings, voice);
    // Bounded: forged session attributes could otherwise make up endless distinct cues.
    if (cache.size >= MAX_REMEMBERED_CUES) cache.clear();
    cache.set(key, segments);
  }
  return segments;
}

const pacers = new Map<string, Pacer>();

/** The workout's measure of a cue is the speech layer's own, so response splitting and barge-in agree with it. */
export function pacerFor(voice: Voice): Pacer {
  let pacer = pacers.get(voice.locale);
  if (pacer === undefined) {
    pacer = { seconds: (cue: Cue, settings: Settings) => totalSeconds(segmentsOf(cue, settings, voice)) };
    pacers.set(voice.locale, pacer);
  }
  return pacer;
}
