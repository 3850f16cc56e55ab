import type { Voice } from '../i18n/voice';
import type { RenderedReply } from '../speech/render';
import type { Reply } from '../workout/types';

export interface Card {
  readonly title: string;
  readonly text: string;
}

/**
 * What goes to the Alexa app as well: a how-to as written steps, and the end of a routine as its
 * summary. Text only, so nothing needs hosting.
 */
export function cardFor(reply: Reply, rendered: RenderedReply, voice: Voice): Card | null {
  const explained = reply.cues.find((cue) => cue.type === 'explain');
  if (explained?.type === 'explain') {
    const text = voice.pack.exercises[explained.exercise];
    const numbered = (lines: readonly string[]) => lines.map((line, i) => `${i + 1}. ${line}`).join('\n');
    return {
      title: text.title,
      text: [text.needs, numbered(text.steps), voice.phrase('explain.caution', { caution: text.caution }), `${voice.phrase('explain.gentler')}\n${numbered(text.gentler)}`].join('\n\n'),
    };
  }
  const finished = reply.cues.some((cue) => cue.type === 'routineDone');
  if (!finished) return null;
  const spoken = rendered.segments.flatMap((segment) => (segment.kind === 'speech' ? [segment.text] : []));
  return { title: voice.phrase('screen.title'), text: spoken.join(' ') };
}
