import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LambdaHandler } from 'ask-sdk-core';
import { ROUTINE_IDS } from '../../lambda/catalog/routines';
import { SUPPORTED_LOCALES } from '../../lambda/i18n/load';
import { buildSkill } from '../../lambda/index';
import { buildBundle } from '../support/bundle';
import { envelopeAt, intent, invoke, launch, SKILL_SETTINGS, START_TIME } from '../support/skill';
import { ssmlOf } from '../../local/envelopes/response';

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
