/**
 * The skill as an HTTPS-tunnel-ready web service, for talking to it from a real Echo: Alexa POSTs
 * request envelopes to `/`, ask-sdk-express-adapter reads the body, runs our RequestVerifier
 * (verifiers.ts: envelope shape, timestamp within 150 s either way, then certificate chain and body
 * signature) and hands the request to the same skill that runs on Lambda.
 *
 * Every answer other than the skill's own is one short plain-text sentence, never a stack trace or
 * an internal message:
 * - a failed check -> 400 with the Refusal's sentence. The adapter would send
 *   "AskSdk.Request verification failed Error, <message>"; plainAdapterAnswers keeps the sentence;
 * - an error inside the skill -> 500 "The skill could not answer this request." (the adapter would
 *   send the error's message; it goes to the log instead);
 * - a body over the adapter's parser limit -> 413, one that is unreadable -> 400 or 415, one that
 *   does not arrive within BODY_TIMEOUT_MS -> 408; other paths -> 404, other methods -> 405;
 * - requests whose headers or whole request are too slow, or that are not HTTP, are answered by
 *   the HTTP server itself (408, 431, 400) through its clientError handler.
 */
import { createServer, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Skill } from 'ask-sdk-core';
import { ExpressAdapter, type Verifier } from 'ask-sdk-express-adapter';
import express, { type ErrorRequestHandler, type Express, type RequestHandler, type Response } from 'express';
import { buildSkill } from '../../lambda/index';
import { CertificateStore, type CertificateStoreOptions } from './certificates';
import { AlexaSignatureVerifier, EnvelopeVerifier, isRecord, RequestVerifier, TimestampWindowVerifier } from './verifiers';

export const DEFAULT_PORT = 3000;
export const HOST = '127.0.0.1';
/**
 * The adapter reads bodies with body-parser's default limit, 100 KB, and offers no way to change
 * it; that refuses anything over 1 MB and leaves Alexa's envelopes (a few KB) plenty of room.
 */
export const BODY_LIMIT_BYTES = 100 * 1024;
/** Time to receive the request line and headers (server.headersTimeout). */
export const HEADERS_TIMEOUT_MS = 3_000;
/** Time to receive the body once the headers are in; Alexa sends a few KB at once. */
export const BODY_TIMEOUT_MS = 3_000;
/** Time to receive the whole request (server.requestTimeout), the HTTP server's own backstop. */
export const REQUEST_TIMEOUT_MS = 5_000;
/** How often the HTTP server looks for connections past those two timeouts (Node's default is 30 s). */
const TIMEOUT_CHECK_INTERVAL_MS = 250;

export const SKILL_FAILED = 'The skill could not answer this request.';

export interface ServerOptions {
  /** The skill to serve; by default the one lambda/index.ts builds. */
  readonly skill?: Skill;
  /** Check the request signature and certificate chain (default true). */
  readonly verifySignature?: boolean;
  /** Refuse requests stamped more than 150 s before or after now (default true). */
  readonly verifyTimestamp?: boolean;
  /** How signing certificates are fetched and which roots they must lead to; tests point this at a stand-in. */
  readonly certificates?: CertificateStoreOptions;
}

export function createApp(options: ServerOptions = {}): Express {
  const skill = options.skill ?? buildSkill().create();
  const steps: Verifier[] = [new EnvelopeVerifier()];
  if (options.verifyTimestamp ?? true) steps.push(new TimestampWindowVerifier());
  if (options.verifySignature ?? true) steps.push(new AlexaSignatureVerifier(new CertificateStore(options.certificates)));
  // The adapter's own verifiers stay off: RequestVerifier does their work, with the fixes above.
  const adapter = new ExpressAdapter(skill, false, false, [new RequestVerifier(steps)]);

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_request, response) => {
    response.status(200).json({ status: 'ok' });
  });
  app.all('/health', methodNotAllowed('GET'));
  app.post('/', bodyDeadline, plainAdapterAnswers, ...adapter.getRequestHandlers());
  app.all('/', methodNotAllowed('POST'));
  app.use((_request, response) => {
    plain(response, 404, 'Not found: Alexa requests go to POST /.');
  });
  app.use(errorHandler);
  return app;
}

function plain(response: Response, status: number, sentence: string): void {
  response.status(status).type('text/plain').send(sentence);
}

function methodNotAllowed(allowed: string): RequestHandler {
  return (_request, response) => {
    response.set('Allow', allowed);
    plain(response, 405, `Only ${allowed} is accepted here.`);
  };
}

/** Answers 408 and closes the connection if the body is not all in BODY_TIMEOUT_MS after the headers. */
const bodyDeadline: RequestHandler = (request, response, next) => {
  const timer = setTimeout(() => {
    if (request.complete || response.headersSent) return;
    response.set('Connection', 'close');
    plain(response, 408, `The request body did not arrive within ${BODY_TIMEOUT_MS / 1000} seconds.`);
  }, BODY_TIMEOUT_MS);
  const stop = () => clearTimeout(timer);
  request.once('end', stop);
  request.once('close', stop);
  response.once('close', stop);
  next();
};

const VERIFICATION_FAILED = 'AskSdk.Request verification failed Error, ';
const DISPATCH_FAILED = 'AskSdk.Skill dispatch failed Error, ';

/**
 * The adapter answers a failure with `${error.name}, ${error.message}`. For a failed check the
 * message is RequestVerifier's Refusal sentence, which is kept; for a failed dispatch it is the
 * skill's internal error, which is logged and replaced by SKILL_FAILED.
 */
const plainAdapterAnswers: RequestHandler = (_request, response, next) => {
  const send = response.send.bind(response);
  response.send = ((body?: unknown) => {
    if (typeof body !== 'string' || response.statusCode < 400) return send(body);
    response.type('text/plain');
    if (body.startsWith(VERIFICATION_FAILED)) return send(body.slice(VERIFICATION_FAILED.length));
    if (body.startsWith(DISPATCH_FAILED)) {
      console.error(JSON.stringify({ event: 'skill-error', message: body.slice(DISPATCH_FAILED.length) }));
      return send(SKILL_FAILED);
    }
    return send(body);
  }) as Response['send'];
  next();
};

/** Body-parser's refusals (413 too large, 415 charset or encoding, 400 unreadable), and anything else as a bare 500. */
const errorHandler: ErrorRequestHandler = (error: unknown, _request, response, _next) => {
  if (response.headersSent) {
    // Too late for an answer (the body deadline may have sent one): drop the connection.
    response.destroy();
    return;
  }
  const status = clientErrorStatus(error);
  if (status === 413) plain(response, 413, `The request body is larger than ${BODY_LIMIT_BYTES / 1024} KB.`);
  else if (status === 415) plain(response, 415, 'The request body is in an unsupported character set or encoding.');
  else if (status !== null) plain(response, status, 'The request body could not be read.');
  else {
    console.error(JSON.stringify({ event: 'server-error', message: error instanceof Error ? error.message : String(error) }));
    plain(response, 500, 'The server could not answer this request.');
  }
};

function clientErrorStatus(error: unknown): number | null {
  if (!isRecord(error)) return null;
  const status = error.status ?? error.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

/**
 * What the HTTP server answers, before Express sees anything, to a request that is too slow
 * (headersTimeout, requestTimeout), has headers that are too large, or is not HTTP. Node's default
 * sends a bare status line; this adds the sentence.
 */
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  const response = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (!socket.writable || error.code === 'ECONNRESET' || response?.headersSent) {
    socket.destroy();
    return;
  }
  const [status, reason, sentence] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', 'The request did not arrive in time.']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'The request headers are too large.']
        : [400, 'Bad Request', 'The request is not valid HTTP.'];
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(sentence)}\r\nConnection: close\r\n\r\n${sentence}`,
  );
}

export interface RunningServer {
  readonly server: Server;
  /** Base URL, e.g. http://127.0.0.1:3000 */
  readonly url: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 only: a tunnel (ngrok, cloudflared) is what exposes it, over HTTPS. Port 0 picks a free one. */
export function startServer(port: number, options: ServerOptions = {}): Promise<RunningServer> {
  const server = createServer(
    {
      headersTimeout: HEADERS_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
    },
    createApp(options),
  );
  server.on('clientError', answerClientError);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
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
