import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LambdaHandler } from 'ask-sdk-core';
import { ROUTINE_IDS } from '../../lambda/catalog/routines';
import { SUPPORTED_LOCALES } from '../../lambda/i18n/load';
import { buildSkill } from '../../lambda/index';
import { buildBundle } from '../support/bundle';
import { envelopeAt, intent, invoke, launch, SKILL_SETTINGS, START_TIME } from '../support/skill';
import { ssmlOf } from '../support/ssml';

/**
 * The bundle npm run build writes knows every routine's length before its first request: the build
 * measures them from source (scripts/routine-lengths.ts). A table gone stale or keyed wrongly would make
 * the bundle announce another length than the skill run from source, in some locale.
 */
const out = buildBundle();
const bundled = (require(join(out, 'index.js')) as { handler: LambdaHandler }).handler;
const fromSource = buildSkill({}).lambda();

test('the build fills in the table of routine lengths', () => {
  expect(readFileSync(join(out, 'index.js'), 'utf8')).not.toContain('BUILT_ROUTINE_LENGTHS');
});

/**
 * What a launch does not need is in files of its own next to index.js (scripts/build.mjs): the screen's
 * code and APL document are loaded for devices with a screen. The tests below check it is shipped, and
 * works, from the built files.
 */
test('the screen is a file of its own, not in index.js', () => {
  const index = readFileSync(join(out, 'index.js'), 'utf8');
  expect(existsSync(join(out, 'screen.js'))).toBe(true);
  expect(index).toContain('require("./screen.js")');
  expect(index).not.toContain('Alexa.Presentation.APL.RenderDocument');
});

test('a device with a screen gets the same APL directives from the bundle as from the source', async () => {
  const settings = { ...SKILL_SETTINGS, interfaces: { apl: true } };
  for (const request of [() => launch(settings), () => intent('StartRoutineIntent', { routine: { id: 'floor' } }, settings)]) {
    const envelope = envelopeAt(request(), START_TIME);
    const [bundle, source] = await Promise.all([invoke(bundled, envelope), invoke(fromSource, envelope)]);
    expect(bundle.response.directives?.map((directive) => directive.type)).toEqual(['Alexa.Presentation.APL.RenderDocument', 'Alexa.Presentation.APL.ExecuteCommands']);
    expect(bundle.response).toEqual(source.response);
  }
});

describe.each(SUPPORTED_LOCALES)('%s', (locale) => {
  const settings = { ...SKILL_SETTINGS, locale };
  const starts = [
    ['launch', () => launch(settings)] as const,
    ...ROUTINE_IDS.map((id) => [`start the ${id} routine`, () => intent('StartRoutineIntent', { routine: { id } }, settings)] as const),
  ];
  test.each(starts)('%s: the bundle says what the source says', async (_, request) => {
    const envelope = envelopeAt(request(), START_TIME);
    const [bundle, source] = await Promise.all([invoke(bundled, envelope), invoke(fromSource, envelope)]);
    const spoken = ssmlOf(bundle.response.outputSpeech);
    expect(spoken).toContain('<speak>');
    expect(spoken).toEqual(ssmlOf(source.response.outputSpeech));
  });
});
