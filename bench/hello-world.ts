// The baseline for the cold-start ratio: the smallest ask-sdk-core skill that answers a LaunchRequest.
import { SkillBuilders, getRequestType } from 'ask-sdk-core';

export const handler = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    handle: (input) => input.responseBuilder.speak('Hello.').getResponse(),
  })
  .lambda();
