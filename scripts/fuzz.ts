/**
 * `npm run fuzz [runs]`: throws generated request envelopes at the Lambda handler (100,000 by default)
 * and fails on the first one that crashes it, gets a response Alexa would refuse, or, being well-formed,
 * is answered by the skill's error handler. npm test runs 1,000.
 */
import fc from 'fast-check';
import { handler } from '../lambda/index';
import { describeTally, emptyTally, fuzzProperty } from '../local/fuzz/check';

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 100_000);
  // The skill logs a warning for every rejected session; a hundred thousand of them say nothing here.
  console.warn = () => undefined;
  const started = process.hrtime.bigint();
  const tally = emptyTally();
  const result = await fc.check(fuzzProperty(handler, tally), { numRuns: runs });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(`${describeTally(tally)}, in ${seconds.toFixed(1)} s (${Math.round(tally.envelopes / seconds)} per second)\n`);
  if (result.failed) {
    process.stdout.write(`${fc.defaultReportMessage(result)}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write('no crash, no well-formed envelope reached the error handler, and every response is one Alexa accepts\n');
  }
}

void main();
