import { SkillBuilders, type PersistenceAdapter } from 'ask-sdk-core';
import { apologyHandler, otherRequestHandler, unknownIntentHandler } from './handlers/errors';
import { helpStopHandler } from './handlers/help-stop';
import { howToHandler } from './handlers/how-to';
import { launchHandler } from './handlers/launch';
import { memoryHandler } from './handlers/memory';
import { painHandler } from './handlers/pain';
import { sessionEndedHandler } from './handlers/session-ended';
import { touchHandler } from './handlers/touch';
import { workoutControlsHandler } from './handlers/workout-controls';
import { History } from './memory/store';
import { DynamoPersistenceAdapter } from './persistence/dynamo-adapter';

/** Each store call must leave the conversation time to answer inside Alexa's deadline (RESPONSE_DEADLINE_MS). */
export const STORE_TIMEOUT_MS = 800;

export interface SkillOptions {
  /** Where the user's history is kept; without one the skill keeps no memory across sessions. */
  readonly persistence?: PersistenceAdapter;
  /** Only requests for this skill are answered (ask-sdk-core's own check). */
  readonly skillId?: string;
}

/** On Lambda: the DynamoDB table named by TABLE_NAME (DYNAMODB_ENDPOINT points it at a local server). */
export function optionsFromEnvironment(env: NodeJS.ProcessEnv = process.env): SkillOptions {
  const tableName = env.TABLE_NAME;
  return {
    ...(tableName
      ? { persistence: new DynamoPersistenceAdapter({ tableName, timeoutMs: STORE_TIMEOUT_MS, ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}) }) }
      : {}),
    ...(env.SKILL_ID ? { skillId: env.SKILL_ID } : {}),
  };
}

/** The skill's request pipeline, in the order handlers are asked. The pain handler comes first on purpose. */
export function buildSkill(options: SkillOptions = optionsFromEnvironment()) {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(
      painHandler,
      launchHandler,
      howToHandler,
      workoutControlsHandler,
      memoryHandler,
      touchHandler,
      helpStopHandler,
      sessionEndedHandler,
      unknownIntentHandler,
      otherRequestHandler,
    )
    .addErrorHandlers(apologyHandler)
    .withCustomUserAgent('back-stretches');
  if (options.persistence) {
    builder.withPersistenceAdapter(options.persistence).addRequestInterceptors(new History().interceptor());
  }
  if (options.skillId) builder.withSkillId(options.skillId);
  return builder;
}

export const handler = buildSkill().lambda();
