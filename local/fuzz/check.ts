/**
 * Runs fuzzed envelopes through the Lambda handler and says what is wrong with each answer: no answer,
 * one Alexa would refuse, or, for a well-formed envelope, any answer at all from the skill's error
 * handler. That handler turns every exception into a valid apology, so without this last check a crash
 * would pass for a response; the skill logs each such exception, and the log line is what is watched.
 */
import fc from 'fast-check';
import type { LambdaHandler } from 'ask-sdk-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { UNHANDLED_ERROR_EVENT } from '../../lambda/handlers/errors';
import { MAX_RESPONSE_BYTES } from '../../lambda/alexa/limits';
import { responseProblems } from '../envelopes/response';
import { fuzzedEnvelope, type FuzzedEnvelope } from './envelopes';

export interface Verdict {
  /** What is wrong with the answer to this envelope; empty when nothing is. */
  readonly problems: readonly string[];
  /** The exceptions the skill's error handler answered for, each with the top of its stack. */
  readonly unhandled: readonly string[];
}

/** The envelopes checked so far (fast-check's shrinking runs included), and how many the error handler answered. */
export interface FuzzTally {
  envelopes: number;
  wellFormed: number;
  errorHandler: { wellFormed: number; malformed: number };
}

export const emptyTally = (): FuzzTally => ({ envelopes: 0, wellFormed: 0, errorHandler: { wellFormed: 0, malformed: 0 } });

/** The error, when this console.error line is the skill's report of an exception it apologised for. */
function unhandledError(line: unknown): string | null {
  if (typeof line !== 'string' || !line.includes(UNHANDLED_ERROR_EVENT)) return null;
  try {
    const report: unknown = JSON.parse(line);
    if (typeof report !== 'object' || report === null || !('event' in report) || report.event !== UNHANDLED_ERROR_EVENT) return null;
    // The stack starts with the message; its top frames say where the skill threw.
    const told = 'stack' in report && typeof report.stack === 'string' ? report.stack : String('message' in report ? report.message : '');
    return told.split('\n').slice(0, 4).map((line) => line.trim()).join(' | ');
  } catch {
    return null;
  }
}

/**
 * Runs `call` and collects the exceptions the skill reports meanwhile, keeping them off the console.
 * console.error is swapped for the duration, so envelopes must be checked one at a time (fast-check runs
 * an async property's cases one after another).
 */
async function reportingUnhandled<T>(call: () => Promise<T>): Promise<{ readonly result: T; readonly unhandled: readonly string[] }> {
  const unhandled: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    const error = unhandledError(args[0]);
    if (error === null) original(...args);
    else unhandled.push(error);
  };
  try {
    return { result: await call(), unhandled };
  } finally {
    console.error = original;
  }
}

function invoke(handler: LambdaHandler, request: unknown): Promise<ResponseEnvelope | undefined> {
  return new Promise((resolve, reject) => {
    const lambdaContext = { functionName: 'fuzz', getRemainingTimeInMillis: () => 8000 };
    handler(request as never, lambdaContext, (error: Error | null, value?: ResponseEnvelope) => (error ? reject(error) : resolve(value)));
  });
}

/** Runs one envelope through the handler, as Lambda would, and judges the answer. */
export async function checkEnvelope(handler: LambdaHandler, fuzzed: FuzzedEnvelope): Promise<Verdict> {
  const { result: response, unhandled } = await reportingUnhandled(() =>
    invoke(handler, fuzzed.envelope).catch((error: unknown) => new Error(`the handler failed: ${error instanceof Error ? error.message : String(error)}`)),
  );
  const problems: string[] = [];
  if (fuzzed.wellFormed) problems.push(...unhandled.map((error) => `a well-formed envelope reached the error handler: ${error}`));
  if (response instanceof Error) return { problems: [...problems, response.message], unhandled };
  if (response === undefined || response === null) return { problems: [...problems, 'no response'], unhandled };
  problems.push(...responseProblems(response));
  // A placeholder the speech did not fill would be read out as it is ("{{minutes}}").
  const spoken = [response.response?.outputSpeech, response.response?.reprompt?.outputSpeech].map((speech) => JSON.stringify(speech ?? '')).join(' ');
  if (/\{\{|\}\}|\$t\(/.test(spoken)) problems.push(`an unfilled placeholder is spoken: ${spoken.slice(0, 200)}`);
  const size = JSON.stringify(response).length;
  if (size > MAX_RESPONSE_BYTES) problems.push(`response of ${size} bytes`);
  return { problems, unhandled };
}

/** The fuzz property `npm test` and `npm run fuzz` both run: it fails on the first envelope with a problem. */
export function fuzzProperty(handler: LambdaHandler, tally: FuzzTally = emptyTally()) {
  return fc.asyncProperty(fuzzedEnvelope, async (fuzzed) => {
    const { problems, unhandled } = await checkEnvelope(handler, fuzzed);
    tally.envelopes += 1;
    if (fuzzed.wellFormed) tally.wellFormed += 1;
    if (unhandled.length > 0) tally.errorHandler[fuzzed.wellFormed ? 'wellFormed' : 'malformed'] += 1;
    if (problems.length > 0) throw new Error(problems.join('; '));
  });
}

export function describeTally(tally: FuzzTally): string {
  return `${tally.envelopes} envelopes, ${tally.wellFormed} of them well-formed; the error handler answered `
    + `${tally.errorHandler.malformed} malformed and ${tally.errorHandler.wellFormed} well-formed ones`;
}
