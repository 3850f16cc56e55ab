import fc from 'fast-check';
import type { LambdaHandler } from 'ask-sdk-core';
import { BUILT_IN_INTENTS, CUSTOM_INTENTS } from '../../lambda/alexa/intents';
import { handler } from '../../lambda/index';
import { emptyTally, fuzzProperty } from '../../local/fuzz/check';
import { fuzzedEnvelope } from '../../local/fuzz/envelopes';

/** A quick run of the fuzzer: `npm run fuzz` runs a hundred times more. */
describe('any envelope', () => {
  let warn: jest.SpiedFunction<typeof console.warn>;
  // The skill warns about every session it cannot read; here that is most of them.
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  test('gets a response Alexa accepts, and a well-formed one never reaches the error handler', async () => {
    const tally = emptyTally();
    await fc.assert(fuzzProperty(handler, tally), { numRuns: 1000 });
    expect(tally.errorHandler.wellFormed).toBe(0);
    expect(tally.wellFormed).toBeGreaterThan(tally.envelopes / 4);
  }, 120_000);

  test('well-formed envelopes carry every intent of the model', () => {
    const intents = new Set(fc.sample(fuzzedEnvelope, 3000).flatMap((fuzzed) =>
      fuzzed.wellFormed && fuzzed.envelope.request.type === 'IntentRequest' ? [fuzzed.envelope.request.intent.name] : []));
    expect([...intents].sort()).toEqual([...Object.keys(CUSTOM_INTENTS), ...BUILT_IN_INTENTS].sort());
  });

  test('fails when the skill throws on a well-formed envelope', async () => {
    const transitionPath = '../../lambda/workout/transition';
    let crashing: LambdaHandler | undefined;
    jest.isolateModules(() => {
      jest.doMock(transitionPath, () => ({
        transition: () => {
          throw new Error('a planted crash');
        },
      }));
      crashing = jest.requireActual<typeof import('../../lambda/index')>('../../lambda/index').handler;
    });
    jest.dontMock(transitionPath);
    if (crashing === undefined) throw new Error('lambda/index did not load');
    const result = await fc.check(fuzzProperty(crashing), { numRuns: 200 });
    expect(result.failed).toBe(true);
    expect(String(result.errorInstance)).toContain('a well-formed envelope reached the error handler: Error: a planted crash');
  }, 60_000);
});
