import fc from 'fast-check';
import { BUILT_IN_INTENTS, CUSTOM_INTENTS } from '../../lambda/alexa/intents';
import { handler } from '../../lambda/index';
import { emptyTally, fuzzProperty } from '../../local/fuzz/check';
import { fuzzedEnvelope } from '../../local/fuzz/envelopes';

/** A quick run of the fuzzer: `npm run fuzz` runs a hundred times more. */
describe('any envelope', () => {
  test('gets a response Alexa accepts, and never a crash', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const tally = emptyTally();
    try {
      await fc.assert(fuzzProperty(handler, tally), { numRuns: 1000 });
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
    expect(tally.wellFormed).toBeGreaterThan(tally.envelopes / 4);
  }, 120_000);

  test('well-formed envelopes carry every intent of the model', () => {
    const intents = new Set(fc.sample(fuzzedEnvelope, 3000).flatMap((fuzzed) =>
      fuzzed.wellFormed && fuzzed.envelope.request.type === 'IntentRequest' ? [fuzzed.envelope.request.intent.name] : []));
    expect([...intents].sort()).toEqual([...Object.keys(CUSTOM_INTENTS), ...BUILT_IN_INTENTS].sort());
  });
});
