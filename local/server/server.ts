/**
 * The skill as an HTTPS-tunnel-ready web service, for talking to it from a real Echo: Alexa POSTs
 * request envelopes to `/`, ask-sdk-express-adapter checks that they really come from Alexa
 * (certificate chain, body signature, timestamp within 150 s) and hands them to the same skill that
 * runs on Lambda.
 *
 * Status codes, as the adapter (dist/adapter/ExpressAdapter.js, dist/util/index.js) produces them
 * and as this file completes them:
 * - a failed verifier -> 400 from the adapter ("AskSdk.Request verification failed Error, ...");
 * - a body that is not a request envelope (malformed JSON included) -> 400 too, through
 *   EnvelopeVerifier below. Without it the adapter parses the JSON only after the verifiers, inside
 *   its dispatch step, and answers 500 when they are turned off ("Skill dispatch failed");
 * - a body over the adapter's parser limit -> 413 from body-parser, answered here as short text:
 *   Express's default error page would print a stack trace outside production;
 * - an error inside the skill -> 500 from the adapter, as it should: that is our fault, not Alexa's.
 */
import type { Server } from 'node:http';
import type { Skill } from 'ask-sdk-core';
import { ExpressAdapter, type Verifier } from 'ask-sdk-express-adapter';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { buildSkill } from '../../lambda/index';

export const DEFAULT_PORT = 3000;
export const HOST = '127.0.0.1';
/**
 * The adapter reads bodies with body-parser's default limit, 100 KB, and offers no way to change
 * it; that refuses anything over 1 MB and leaves Alexa's envelopes (a few KB) plenty of room.
 */
export const BODY_LIMIT_BYTES = 100 * 1024;

export interface ServerOptions {
  /** The skill to serve; by default the one lambda/index.ts builds. */
  readonly skill?: Skill;
  /** Check the request signature and certificate chain (default true). */
  readonly verifySignature?: boolean;
  /** Refuse requests stamped more than 150 s ago (default true). */
  readonly verifyTimestamp?: boolean;
}

/** Refuses, as a verification failure (400), a body that is not JSON or not shaped like a request envelope. */
export class EnvelopeVerifier implements Verifier {
  async verify(body: string): Promise<void> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new Error('The request body is not valid JSON');
    }
    if (!isRecord(parsed) || !isRecord(parsed.request) || typeof parsed.request.type !== 'string') {
      throw new Error('The request body is not an Alexa request envelope (no request.type)');
    }
  }
}

export function createApp(options: ServerOptions = {}): Express {
  const skill = options.skill ?? buildSkill().create();
  const adapter = new ExpressAdapter(skill, options.verifySignature ?? true, options.verifyTimestamp ?? true, [new EnvelopeVerifier()]);

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_request, response) => {
    response.status(200).json({ status: 'ok' });
  });
  app.post('/', ...adapter.getRequestHandlers());
  app.use((_request, response) => {
    response.status(404).type('text/plain').send('Not found: Alexa requests go to POST /');
  });
  app.use(errorHandler);
  return app;
}

/** Body-parser's refusals (413 too large, 415 charset, 400 unreadable) as short text; anything else as a bare 500. */
const errorHandler: ErrorRequestHandler = (error: unknown, _request, response, next) => {
  if (response.headersSent) {
    next(error);
    return;
  }
  const status = clientErrorStatus(error);
  if (status !== null) {
    response.status(status).type('text/plain').send(error instanceof Error ? error.message : 'Bad request');
    return;
  }
  console.error(JSON.stringify({ event: 'server-error', message: error instanceof Error ? error.message : String(error) }));
  response.status(500).type('text/plain').send('Internal server error');
};

function clientErrorStatus(error: unknown): number | null {
  if (!isRecord(error)) return null;
  const status = error.status ?? error.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface RunningServer {
  readonly server: Server;
  /** Base URL, e.g. http://127.0.0.1:3000 */
  readonly url: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 only: a tunnel (ngrok, cloudflared) is what exposes it, over HTTPS. Port 0 picks a free one. */
export function startServer(port: number, options: ServerOptions = {}): Promise<RunningServer> {
  const app = createApp(options);
  return new Promise((resolve, reject) => {
    const server = app.listen(port, HOST);
    server.once('error', reject);
    server.once('listening', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address !== null ? address.port : port;
      resolve({
        server,
        url: `http://${HOST}:${actual}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
