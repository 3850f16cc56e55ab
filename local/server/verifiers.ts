/**
 * What the endpoint checks before the skill sees a request, as ask-sdk-express-adapter Verifiers.
 * server.ts hands the adapter one RequestVerifier, in place of the adapter's own signature and
 * timestamp verifiers; it runs the cheap checks first, so a body that is not a fresh request
 * envelope never causes a certificate download, and turns every failure into a Refusal whose
 * sentence is what the caller is told.
 */
import { verify as verifySignature } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { TimestampVerifier, type Verifier } from 'ask-sdk-express-adapter';
import { CertificateStore, certificateUrl } from './certificates';
import { Refusal } from './refusal';

/** How far a request's timestamp may be from the clock, either way (Amazon's figure). */
export const TIMESTAMP_TOLERANCE_MS = 150_000;

/** Refuses a body that is not JSON or not shaped like a request envelope. */
export class EnvelopeVerifier implements Verifier {
  async verify(body: string): Promise<void> {
    requestOf(body);
  }
}

/**
 * Refuses a request whose timestamp is missing, not an ISO 8601 date, more than 150 s in the
 * future, or older than the adapter's TimestampVerifier allows (150 s; an hour for the
 * AlexaSkillEvent requests). That verifier alone lets the other three through: it only compares
 * `new Date(timestamp)` plus the tolerance with now, and NaN or a future date never compares as old.
 */
export class TimestampWindowVerifier implements Verifier {
  private readonly stale = new TimestampVerifier(TIMESTAMP_TOLERANCE_MS);

  async verify(body: string): Promise<void> {
    const { timestamp } = requestOf(body);
    const time = typeof timestamp === 'string' && ISO_8601.test(timestamp) ? Date.parse(timestamp) : Number.NaN;
    if (Number.isNaN(time)) throw new Refusal('The request timestamp is missing or not a date.');
    if (time - Date.now() > TIMESTAMP_TOLERANCE_MS) throw new Refusal('The request timestamp is more than 150 seconds in the future.');
    try {
      await this.stale.verify(body);
    } catch {
      throw new Refusal('The request timestamp is more than 150 seconds old.');
    }
  }
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks the Signature-256 header against the body with the key of the chain at
 * SignatureCertChainUrl, as Amazon asks and as the adapter's SkillRequestSignatureVerifier does,
 * but with the URL normalised before it is checked and the chain fetched through a
 * CertificateStore (timeout, cache, cap).
 */
export class AlexaSignatureVerifier implements Verifier {
  constructor(private readonly certificates: CertificateStore) {}

  async verify(body: string, headers: IncomingHttpHeaders = {}): Promise<void> {
    const chainUrl = singleHeader(headers, 'signaturecertchainurl');
    const signature = singleHeader(headers, 'signature-256');
    if (chainUrl === undefined) throw new Refusal('The request has no SignatureCertChainUrl header.');
    if (signature === undefined) throw new Refusal('The request has no Signature-256 header.');
    const key = await this.certificates.signingKey(certificateUrl(chainUrl));
    let matches: boolean;
    try {
      matches = verifySignature('sha256', Buffer.from(body, 'utf8'), key, Buffer.from(signature, 'base64'));
    } catch {
      matches = false;
    }
    if (!matches) throw new Refusal('The request body does not match its signature.');
  }
}

/**
 * Runs its verifiers one after another, stopping at the first refusal. Anything that is not a
 * Refusal (a bug) is logged and refused in general terms, so no internal message reaches the caller.
 */
export class RequestVerifier implements Verifier {
  constructor(private readonly steps: readonly Verifier[]) {}

  async verify(body: string, headers?: IncomingHttpHeaders): Promise<void> {
    try {
      for (const step of this.steps) await step.verify(body, headers);
    } catch (error) {
      if (error instanceof Refusal) throw error;
      console.error(JSON.stringify({ event: 'verifier-error', message: error instanceof Error ? error.message : String(error) }));
      throw new Refusal('The request could not be verified.');
    }
  }
}

/** The request object of a body, or a Refusal saying why there is none. */
function requestOf(body: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new Refusal('The request body is not valid JSON.');
  }
  if (!isRecord(parsed) || !isRecord(parsed.request) || typeof parsed.request.type !== 'string') {
    throw new Refusal('The request body is not an Alexa request envelope.');
  }
  return parsed.request;
}

/** A header's value if it was sent exactly once and is not empty. */
function singleHeader(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
