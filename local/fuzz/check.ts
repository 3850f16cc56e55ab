/**
 * Runs fuzzed envelopes through the Lambda handler and says what is wrong with each answer: no answer,
 * or one Alexa would refuse.
 */
import fc from 'fast-check';
import type { LambdaHandler } from 'ask-sdk-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { MAX_RESPONSE_BYTES, responseProblems } from '../envelopes/response';
import { fuzzedEnvelope, type FuzzedEnvelope } from './envelopes';

/** The envelopes checked so far, fast-check's shrinking runs included. */
export interface FuzzTally {
  envelopes: number;
  wellFormed: number;
}

export const emptyTally = (): FuzzTally => ({ envelopes: 0, wellFormed: 0 });

function invoke(handler: LambdaHandler, request: unknown): Promise<ResponseEnvelope | undefined> {
  return new Promise((resolve, reject) => {
    const lambdaContext = { functionName: 'fuzz', getRemainingTimeInMillis: () => 8000 };
    handler(request as never, lambdaContext, (error: Error | null, value?: ResponseEnvelope) => (error ? reject(error) : resolve(value)));
  });
}

/** Runs one envelope through the handler, as Lambda would, and says what is wrong with the answer. */
export async function checkEnvelope(handler: LambdaHandler, fuzzed: FuzzedEnvelope): Promise<string[]> {
  const response = await invoke(handler, fuzzed.envelope).catch((error: unknown) => new Error(`the handler failed: ${error instanceof Error ? error.message : String(error)}`));
  if (response instanceof Error) return [response.message];
  if (response === undefined || response === null) return ['no response'];
  const problems = responseProblems(response);
  const size = JSON.stringify(response).length;
  if (size > MAX_RESPONSE_BYTES) problems.push(`response of ${size} bytes`);
  return problems;
}

/** The fuzz property `npm test` and `npm run fuzz` both run: it fails on the first envelope with a problem. */
export function fuzzProperty(handler: LambdaHandler, tally: FuzzTally = emptyTally()) {
  return fc.asyncProperty(fuzzedEnvelope, async (fuzzed) => {
    const problems = await checkEnvelope(handler, fuzzed);
    tally.envelopes += 1;
    if (fuzzed.wellFormed) tally.wellFormed += 1;
    if (problems.length > 0) throw new Error(problems.join('; '));
  });
}

export function describeTally(tally: FuzzTally): string {
  return `${tally.envelopes} envelopes, ${tally.wellFormed} of them well-formed`;
}
