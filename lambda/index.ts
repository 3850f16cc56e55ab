import { SkillBuilders } from 'ask-sdk-core';
import { apologyHandler, otherRequestHandler, unknownIntentHandler } from './handlers/errors';
import { helpStopHandler } from './handlers/help-stop';
import { howToHandler } from './handlers/how-to';
import { launchHandler } from './handlers/launch';
import { painHandler } from './handlers/pain';
import { sessionEndedHandler } from './handlers/session-ended';
import { workoutControlsHandler } from './handlers/workout-controls';

/** The skill's request pipeline, in the order handlers are asked. The pain handler comes first on purpose. */
export function buildSkill() {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(
      painHandler,
      launchHandler,
      howToHandler,
      workoutControlsHandler,
      helpStopHandler,
      sessionEndedHandler,
      unknownIntentHandler,
      otherRequestHandler,
    )
    .addErrorHandlers(apologyHandler)
    .withCustomUserAgent('back-stretches');
  // With SKILL_ID set, requests for any other skill are refused (ask-sdk-core's own check).
  if (process.env.SKILL_ID) builder.withSkillId(process.env.SKILL_ID);
  return builder;
}

export const handler = buildSkill().lambda();
