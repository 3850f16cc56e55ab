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

/** The workout's measure of a cue is the speech layer's own, so response splitting and barge-in agree with it. */
export function pacerFor(voice: Voice): Pacer {
  return { seconds: (cue: Cue, settings: Settings) => totalSeconds(cueSegments(cue, settings, voice)) };
}
