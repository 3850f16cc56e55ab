import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getUserId, type LambdaHandler, type PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { ROUTINE_IDS } from '../../lambda/catalog/routines';
import { SUPPORTED_LOCALES } from '../../lambda/i18n/load';
import { buildSkill } from '../../lambda/index';
import { buildBundle } from '../support/bundle';
import { envelopeAt, inSession, intent, invoke, launch, SKILL_SETTINGS, START_TIME } from '../support/skill';
import { ssmlOf } from '../../local/envelopes/response';

/**
 * The bundle npm run build writes knows every routine's length before its first request: the build
 * measures them from source (scripts/routine-lengths.ts). A table gone stale or keyed wrongly would make
 * the bundle announce another length than the skill run from source, in some locale.
 */
const out = buildBundle();
const bundle = require(join(out, 'index.js')) as { handler: LambdaHandler; buildSkill: typeof buildSkill };
const bundled = bundle.handler;
const fromSource = buildSkill({}).lambda();

test('the build fills in the table of routine lengths', () => {
  expect(readFileSync(join(out, 'index.js'), 'utf8')).not.toContain('BUILT_ROUTINE_LENGTHS');
});

/**
 * What a launch does not need is in files of its own next to index.js (scripts/build.mjs): the screen's
 * code and APL document, loaded for devices with a screen, and zod, loaded when session attributes or a
 * stored record come back. The tests below check each is shipped, and works, from the built files.
 */
test('the screen and zod are files of their own, not in index.js', () => {
  const index = readFileSync(join(out, 'index.js'), 'utf8');
  expect(existsSync(join(out, 'screen.js'))).toBe(true);
  expect(existsSync(join(out, 'zod.js'))).toBe(true);
  expect(index).toContain('require("./screen.js")');
  expect(index).toContain('require("./zod.js")');
  expect(index).not.toContain('Alexa.Presentation.APL.RenderDocument');
  expect(index).not.toContain('ZodMini');
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

test('session attributes that come back are read the same by the bundle as by the source', async () => {
  const first = await invoke(bundled, envelopeAt(launch(), START_TIME));
  expect(Object.keys(first.sessionAttributes ?? {})).not.toEqual([]);
  for (const attributes of [first.sessionAttributes, { version: 2, state: 'forged' }]) {
    const envelope = inSession(envelopeAt(intent('AMAZON.NextIntent'), START_TIME + 60_000), attributes, false);
    const [bundle, source] = await Promise.all([invoke(bundled, envelope), invoke(fromSource, envelope)]);
    expect(bundle).toEqual(source);
  }
});

/** A table in memory that numbers each write as the DynamoDB adapter does: enough for the history's reads and writes. */
function memoryTable(items = new Map<string, Record<string, unknown>>()): PersistenceAdapter & { items: Map<string, Record<string, unknown>> } {
  const key = (envelope: RequestEnvelope) => getUserId(envelope) ?? '';
  return {
    items,
    getAttributes: async (envelope) => structuredClone(items.get(key(envelope)) ?? {}),
    saveAttributes: async (envelope, attributes) => {
      const revision = typeof attributes.revision === 'number' ? attributes.revision + 1 : 1;
      items.set(key(envelope), structuredClone({ ...attributes, revision }));
    },
    deleteAttributes: async (envelope) => void items.delete(key(envelope)),
  };
}

test('a stored record is read the same by the bundle as by the source', async () => {
  const table = memoryTable();
  const source = buildSkill({ persistence: table }).lambda();
  const first = await invoke(source, envelopeAt(launch(), START_TIME));
  await invoke(source, inSession(envelopeAt(intent('AMAZON.StopIntent'), START_TIME + 300_000), first.sessionAttributes, false));
  expect(table.items.size).toBe(1);
  const tomorrow = envelopeAt(launch(), START_TIME + 24 * 3600_000);
  const [fromBundle, fromSourceAgain] = await Promise.all([
    invoke(bundle.buildSkill({ persistence: memoryTable(structuredClone(table.items)) }).lambda(), tomorrow),
    invoke(buildSkill({ persistence: memoryTable(structuredClone(table.items)) }).lambda(), tomorrow),
  ]);
  expect(fromBundle).toEqual(fromSourceAgain);
  expect(fromBundle.response).not.toEqual(first.response);
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
