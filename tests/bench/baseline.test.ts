import type { LambdaHandler } from 'ask-sdk-core';
import { LAUNCH } from '../../bench/hello-i18next';
import type { Voice } from '../../lambda/i18n/voice';
import type { RoutineLengths } from '../../lambda/workout/built-lengths';
import { envelopeAt, invoke, launch, START_TIME } from '../support/skill';

/**
 * The benchmark's second baseline stands for the i18next work of the skill's launch: it must make the
 * same lookups, with the same words, as a cold launch of the bundle does. A launch that comes to say
 * something else fails here, so the baseline is brought up to date instead of measuring less than the
 * skill does.
 */

/** The skill as its bundle starts: cold, with the routine lengths the build measured (scripts/build.mjs). */
function coldSkillAsBuilt(): { handler: LambdaHandler; voice: Voice } {
  let lengths: RoutineLengths = {};
  // Measured in modules of their own, so that the skill below has heard nothing yet.
  jest.isolateModules(() => {
    lengths = (require('../../scripts/routine-lengths') as typeof import('../../scripts/routine-lengths')).measureRoutines();
  });
  Object.assign(globalThis, { BUILT_ROUTINE_LENGTHS: lengths });
  let skill: { handler: LambdaHandler; voice: Voice } | undefined;
  jest.isolateModules(() => {
    const { buildSkill } = require('../../lambda/index') as typeof import('../../lambda/index');
    const { voiceFor } = require('../../lambda/i18n/voice') as typeof import('../../lambda/i18n/voice');
    skill = { handler: buildSkill({}).lambda(), voice: voiceFor('en-US') };
  });
  if (skill === undefined) throw new Error('the skill did not load');
  return skill;
}

afterAll(() => {
  Reflect.deleteProperty(globalThis, 'BUILT_ROUTINE_LENGTHS');
});

test("the i18next baseline looks up what the skill's launch looks up", async () => {
  const { handler, voice } = coldSkillAsBuilt();
  const lookups = jest.spyOn(voice, 't');
  await invoke(handler, envelopeAt(launch(), START_TIME));
  const made = lookups.mock.calls.map(([key, words]) => [key, words ?? {}]);
  expect(made).toEqual(LAUNCH);
});
