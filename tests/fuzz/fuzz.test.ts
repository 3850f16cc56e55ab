import fc from 'fast-check';
import { handler } from '../../lambda/index';
import { envelope, fuzzProblems } from '../support/envelopes';

/** A quick run of the fuzzer: `npm run fuzz` runs a hundred times more. */
describe('any envelope', () => {
  test('gets a response Alexa accepts, and never a crash', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await fc.assert(fc.asyncProperty(envelope, async (request) => {
        expect(await fuzzProblems(handler, request)).toEqual([]);
      }), { numRuns: 1000 });
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  }, 120_000);
});
