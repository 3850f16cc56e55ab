import type { Directive } from 'ask-sdk-model';
import type { Voice } from '../i18n/voice';
import type { RenderedReply } from '../speech/render';
import type { Session } from '../workout/types';
import document from './exercise-document.json';
import { screenPayload } from './payload';
import { screenUpdates, timelineCommands } from './timeline-commands';

/** Ties the timeline's commands to the document they drive. */
export const SCREEN_TOKEN = 'backStretches';

/** The document with this response's starting values, and the commands that follow the voice's timeline. */
export function screenDirectives(session: Session, rendered: RenderedReply, voice: Voice): Directive[] {
  const commands = timelineCommands(screenUpdates(rendered.segments));
  return [
    {
      type: 'Alexa.Presentation.APL.RenderDocument',
      token: SCREEN_TOKEN,
      document,
      datasources: { payload: screenPayload(session, rendered, voice) },
    },
    ...(commands.length > 0 ? [{ type: 'Alexa.Presentation.APL.ExecuteCommands' as const, token: SCREEN_TOKEN, commands }] : []),
  ];
}
