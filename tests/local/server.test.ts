import { connect } from 'node:net';
import type { RequestEnvelope } from 'ask-sdk-model';
import { buildSkill } from '../../lambda/index';
import { launchRequest, envelope, newDevice, newSession } from '../../local/envelopes/request';
import { CERTIFICATE_FETCH_TIMEOUT_MS, MAX_CONCURRENT_CERTIFICATE_FETCHES } from '../../local/server/certificates';
import { NO_VERIFY_WARNING, portFrom } from '../../local/server/cli';
import {
  BODY_LIMIT_BYTES,
  BODY_TIMEOUT_MS,
  DEFAULT_PORT,
  HEADERS_TIMEOUT_MS,
  SKILL_FAILED,
  startServer,
  type RunningServer,
  type ServerOptions,
} from '../../local/server/server';
import { alexaCertificateUrl, REFUSED_CERTIFICATE_URLS, signedHeaders, startCertificateHost, type CertificateHost } from './certificate-host';

/** A LaunchRequest as Alexa would send it now, or stamped `ageSeconds` ago (in the future if negative). */
function launchBody(ageSeconds = 0): string {
  return JSON.stringify(launchEnvelope(ageSeconds));
}

function launchEnvelope(ageSeconds = 0): RequestEnvelope {
  const device = newDevice('en-US');
  return envelope(device, newSession(), launchRequest(device, Date.now() - ageSeconds * 1000));
}

/** Starts a server on a free port with a skill whose invoke() calls are counted. */
async function serve(options: Omit<ServerOptions, 'skill'> = {}) {
  const skill = buildSkill().create();
  const invoke = jest.spyOn(skill, 'invoke');
  const running = await startServer(0, { ...options, skill });
  return { running, invoke };
}

type Served = Awaited<ReturnType<typeof serve>>;

/**
 * A server for the enclosing describe block: started before its tests (with options read then, so
 * they may name a stand-in started in an earlier beforeAll), closed after them, its skill calls
 * counted afresh for each test.
 */
function serveDuringBlock(options: () => Omit<ServerOptions, 'skill'>): Served {
  const served = {} as Served;
  beforeAll(async () => {
    Object.assign(served, await serve(options()));
  });
  afterAll(() => served.running.close());
  beforeEach(() => served.invoke.mockClear());
  return served;
}

interface Answer {
  readonly status: number;
  readonly text: string;
  /** Milliseconds from sending to having the whole answer. */
  readonly after: number;
}

async function post(server: RunningServer, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(`${server.url}/`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  return { status: response.status, text: await response.text(), after: Date.now() - started };
}

/** A POST Alexa would send: a fresh LaunchRequest signed with the stand-in chain's key, its URL `chainUrl`. */
function postSigned(server: RunningServer, chainUrl = alexaCertificateUrl(), body = launchBody()): Promise<Answer> {
  return post(server, body, signedHeaders(body, chainUrl));
}

interface RawExchange {
  /** Everything the server sent. */
  readonly received: string;
  /** Milliseconds from connecting to the server's first byte, and to its closing the connection (null: still open at the deadline). */
  readonly answeredAfter: number | null;
  readonly closedAfter: number | null;
}

/**
 * Talks to the server over a bare TCP connection: sends `opening`, then one character of `drip`
 * every `dripMs` (a slow client), until the server closes the connection or `deadlineMs` passes.
 */
function rawExchange(server: RunningServer, opening: string, drip = '', dripMs = 1000, deadlineMs = 10_000): Promise<RawExchange> {
  const { port } = new URL(server.url);
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    let answeredAfter: number | null = null;
    let sent = 0;
    const dripper = setInterval(() => {
      if (sent < drip.length && socket.writable) socket.write(drip[sent++] ?? '');
    }, dripMs);
    const finish = (closedAfter: number | null) => {
      clearInterval(dripper);
      clearTimeout(deadline);
      socket.destroy();
      resolve({ received, answeredAfter, closedAfter });
    };
    const deadline = setTimeout(() => finish(null), deadlineMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      answeredAfter ??= Date.now() - started;
      received += chunk;
    });
    socket.on('error', () => undefined);
    socket.on('close', () => finish(Date.now() - started));
    socket.write(opening);
  });
}

/** What an error answer must look like: one short sentence, no stack trace, no SDK error name. */
function expectOneSentence(what: string, text: string): void {
  expect({ what, text }).toEqual({ what, text: expect.stringMatching(/^[A-Z][^\n]{5,110}\.$/) });
  expect({ what, text }).not.toEqual({ what, text: expect.stringMatching(/AskSdk|Error\b|\bat \S+ \(|\.ts:\d+|\.js:\d+|node_modules|secret/) });
}

describe('the local endpoint with verification on, its certificates from a stand-in host', () => {
  let host: CertificateHost;
  beforeAll(async () => {
    host = await startCertificateHost();
  });
  afterAll(() => host.close());
  const served = serveDuringBlock(() => ({ certificates: host.options }));
  beforeEach(() => {
    host.requests.length = 0;
  });

  it('listens on 127.0.0.1 only', () => {
    expect(served.running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers GET /health with 200, for load balancers', async () => {
    const response = await fetch(`${served.running.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers a signed request with the skill, and downloads the chain only for the first one', async () => {
    const first = await postSigned(served.running, alexaCertificateUrl('echo-api-cert-cached.pem'));
    expect([first.status, first.text]).toEqual([200, expect.stringContaining('Welcome to Back Stretches')]);
    // The same URL spelled another way Amazon allows is the same certificate.
    const second = await postSigned(served.running, 'HTTPS://S3.AmazonAWS.com:443/echo.api/x/../echo-api-cert-cached.pem');
    expect(second.status).toBe(200);
    expect(served.invoke).toHaveBeenCalledTimes(2);
    expect(host.requests).toEqual(['/echo.api/echo-api-cert-cached.pem']);
  });

  it('refuses an unsigned request with 400, without calling the skill', async () => {
    const { status, text } = await post(served.running, launchBody());
    expect([status, text]).toEqual([400, 'The request has no SignatureCertChainUrl header.']);
    expect(served.invoke).not.toHaveBeenCalled();
  });

  it('refuses a body that is not the one signed, or a chain for another name, with 400', async () => {
    const body = launchBody();
    const tampered = await post(served.running, body.replace('LaunchRequest', 'SessionEndedRequest'), signedHeaders(body));
    expect([tampered.status, tampered.text]).toEqual([400, 'The request body does not match its signature.']);
    const otherHost = await postSigned(served.running, alexaCertificateUrl('other-host-chain.pem'));
    expect([otherHost.status, otherHost.text]).toEqual([400, 'The signing certificate is not issued to echo-api.amazon.com.']);
    expect(served.invoke).not.toHaveBeenCalled();
  });

  it.each(REFUSED_CERTIFICATE_URLS)('refuses the certificate URL %s with 400, before any download', async (chainUrl) => {
    const { status, text } = await postSigned(served.running, chainUrl);
    expect(status).toBe(400);
    expect(text).toMatch(/^The (certificate URL|SignatureCertChainUrl header)/);
    expect(host.requests).toEqual([]);
    expect(served.invoke).not.toHaveBeenCalled();
  });

  it('checks the timestamp before it downloads anything', async () => {
    const { status, text } = await postSigned(served.running, alexaCertificateUrl('echo-api-cert-unused.pem'), launchBody(600));
    expect([status, text]).toEqual([400, 'The request timestamp is more than 150 seconds old.']);
    expect(host.requests).toEqual([]);
  });

  it('answers 400 within 3 s when the certificate host never answers', async () => {
    const { status, text, after } = await postSigned(served.running, alexaCertificateUrl('hang.pem'));
    expect([status, text]).toEqual([400, 'The certificate chain did not download in time.']);
    expect(after).toBeGreaterThanOrEqual(CERTIFICATE_FETCH_TIMEOUT_MS - 50);
    expect(after).toBeLessThan(3_000);
  });

  it('answers 50 concurrent requests for one silent URL within 3 s each, with one download between them', async () => {
    const answers = await Promise.all(Array.from({ length: 50 }, () => postSigned(served.running, alexaCertificateUrl('hang-shared.pem'))));
    for (const { status, after } of answers) expect([status, after < 3_000]).toEqual([400, true]);
    expect(host.requests).toEqual(['/echo.api/hang-shared.pem']);
  }, 15_000);

  it(`answers 50 concurrent requests for 50 silent URLs within 3 s each, downloading at most ${MAX_CONCURRENT_CERTIFICATE_FETCHES} at once`, async () => {
    const answers = await Promise.all(Array.from({ length: 50 }, (_, index) => postSigned(served.running, alexaCertificateUrl(`hang-${index}.pem`))));
    for (const { status, after } of answers) expect([status, after < 3_000]).toEqual([400, true]);
    const busy = answers.filter(({ text }) => text === 'Too many certificate downloads are under way; try again shortly.');
    expect(busy).toHaveLength(50 - MAX_CONCURRENT_CERTIFICATE_FETCHES);
    for (const { after } of busy) expect(after).toBeLessThan(1_500);
    expect(host.requests).toHaveLength(MAX_CONCURRENT_CERTIFICATE_FETCHES);
    // The slots free up once those downloads time out.
    expect((await postSigned(served.running, alexaCertificateUrl('echo-api-cert-after.pem'))).status).toBe(200);
  }, 15_000);

  it('refuses malformed JSON with 400, without calling the skill', async () => {
    const { status, text } = await post(served.running, '{"version": "1.0", "request": ');
    expect([status, text]).toEqual([400, 'The request body is not valid JSON.']);
    expect(served.invoke).not.toHaveBeenCalled();
  });

  it('refuses a body over 1 MB with 413, without calling the skill', async () => {
    const { status } = await post(served.running, JSON.stringify({ version: '1.0', padding: 'x'.repeat(1024 * 1024 + 1) }));
    expect(status).toBe(413);
    expect(served.invoke).not.toHaveBeenCalled();
  });
});

describe('the local endpoint with only the timestamp checked', () => {
  const served = serveDuringBlock(() => ({ verifySignature: false, verifyTimestamp: true }));

  it('refuses a request stamped more than 150 s ago with 400, without calling the skill', async () => {
    const stale = await post(served.running, launchBody(151));
    expect([stale.status, stale.text]).toEqual([400, 'The request timestamp is more than 150 seconds old.']);
    expect(served.invoke).not.toHaveBeenCalled();
    // A fresh one goes through: the refusal above was the timestamp's.
    expect((await post(served.running, launchBody())).status).toBe(200);
  });

  it('refuses a request stamped more than 150 s in the future, and takes one 100 s ahead', async () => {
    const future = await post(served.running, launchBody(-160));
    expect([future.status, future.text]).toEqual([400, 'The request timestamp is more than 150 seconds in the future.']);
    expect(served.invoke).not.toHaveBeenCalled();
    expect((await post(served.running, launchBody(-100))).status).toBe(200);
  });

  it.each([['yesterday'], ['2026-13-45T99:00:00Z'], [''], [1_700_000_000_000], [null]])('refuses the timestamp %p with 400', async (timestamp) => {
    const request = launchEnvelope();
    const body = JSON.stringify({ ...request, request: { ...request.request, timestamp } });
    const { status, text } = await post(served.running, body);
    expect([status, text]).toEqual([400, 'The request timestamp is missing or not a date.']);
    expect(served.invoke).not.toHaveBeenCalled();
  });
});

describe('the local endpoint with verification off (--no-verify)', () => {
  const served = serveDuringBlock(() => ({ verifySignature: false, verifyTimestamp: false }));

  it('answers a valid LaunchRequest with 200 and the welcome speech', async () => {
    const { status, text } = await post(served.running, launchBody());
    expect(status).toBe(200);
    const body: unknown = JSON.parse(text);
    expect(body).toMatchObject({ version: '1.0', response: { outputSpeech: { type: 'SSML' }, shouldEndSession: false } });
    expect(text).toContain('Welcome to Back Stretches');
    expect(served.invoke).toHaveBeenCalledTimes(1);
  });

  it('still refuses malformed JSON, and JSON that is no request envelope, with 400 rather than 500', async () => {
    for (const body of ['not json at all', '{"hello": "world"}', '[]']) {
      const { status, text } = await post(served.running, body);
      expect([body, status]).toEqual([body, 400]);
      expect(text).not.toMatch(/dispatch failed/);
    }
    expect(served.invoke).not.toHaveBeenCalled();
  });

  it('still refuses a body over 1 MB', async () => {
    expect((await post(served.running, 'x'.repeat(1024 * 1024 + 1))).status).toBe(413);
    expect(served.invoke).not.toHaveBeenCalled();
  });

  it("refuses bodies over the adapter's own parser limit (100 KB), well inside the 1 MB asked for", async () => {
    expect(BODY_LIMIT_BYTES).toBeLessThanOrEqual(1024 * 1024);
    expect((await post(served.running, JSON.stringify({ padding: 'x'.repeat(BODY_LIMIT_BYTES) }))).status).toBe(413);
  });

  it('answers other paths with 404, and other methods with 405', async () => {
    expect((await fetch(`${served.running.url}/nothing-here`)).status).toBe(404);
    const get = await fetch(`${served.running.url}/`);
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
    const postHealth = await fetch(`${served.running.url}/health`, { method: 'POST' });
    expect([postHealth.status, postHealth.headers.get('allow')]).toEqual([405, 'GET']);
  });
});

describe('slow clients', () => {
  const served = serveDuringBlock(() => ({ verifySignature: false, verifyTimestamp: false }));

  const headers = (length: number) =>
    `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

  it(`cuts off a body sent a byte a second after ${BODY_TIMEOUT_MS / 1000} s with 408, and closes the connection`, async () => {
    const body = launchBody();
    const exchange = await rawExchange(served.running, headers(body.length), body, 1000, BODY_TIMEOUT_MS + 5_000);
    expect(exchange.received).toMatch(/^HTTP\/1\.1 408 /);
    expect(exchange.received).toMatch(/\r\n\r\nThe request body did not arrive within 3 seconds\.$/);
    expect(exchange.answeredAfter).toBeGreaterThanOrEqual(BODY_TIMEOUT_MS - 50);
    expect(exchange.answeredAfter).toBeLessThan(BODY_TIMEOUT_MS + 1_000);
    expect(exchange.closedAfter).not.toBeNull();
    expect(exchange.closedAfter).toBeLessThan(BODY_TIMEOUT_MS + 1_500);
    expect(served.invoke).not.toHaveBeenCalled();
  }, 15_000);

  it(`cuts off headers sent a byte a second after about ${HEADERS_TIMEOUT_MS / 1000} s with 408`, async () => {
    const exchange = await rawExchange(served.running, 'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n', 'X-Slow: aaaaaaaaaaaaaaaaaaaa', 1000, HEADERS_TIMEOUT_MS + 5_000);
    expect(exchange.received).toMatch(/^HTTP\/1\.1 408 [^]*\r\n\r\nThe request did not arrive in time\.$/);
    expect(exchange.closedAfter).not.toBeNull();
    expect(exchange.closedAfter).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 50);
    expect(exchange.closedAfter).toBeLessThan(HEADERS_TIMEOUT_MS + 1_500);
  }, 15_000);

  it('keeps answering others while 20 slow clients hold connections', async () => {
    const slow = Array.from({ length: 20 }, () => rawExchange(served.running, headers(1000), 'x'.repeat(1000), 1000, BODY_TIMEOUT_MS + 5_000));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    expect((await fetch(`${served.running.url}/health`)).status).toBe(200);
    expect((await post(served.running, launchBody())).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(BODY_TIMEOUT_MS);
    for (const exchange of await Promise.all(slow)) expect(exchange.received).toMatch(/^HTTP\/1\.1 408 /);
  }, 15_000);
});

describe('error answers: one short sentence, never a stack trace or an internal message', () => {
  let host: CertificateHost;
  let verifying: RunningServer;
  let open: RunningServer;
  let failing: RunningServer;
  let logged: jest.SpyInstance;
  beforeAll(async () => {
    host = await startCertificateHost();
    ({ running: verifying } = await serve({ certificates: host.options }));
    ({ running: open } = await serve({ verifySignature: false, verifyTimestamp: false }));
    const broken = buildSkill().create();
    jest.spyOn(broken, 'invoke').mockRejectedValue(new Error('secret detail at Object.<anonymous> (/srv/lambda/index.ts:12:3)'));
    failing = await startServer(0, { skill: broken, verifySignature: false, verifyTimestamp: false });
  });
  afterAll(async () => {
    await Promise.all([verifying.close(), open.close(), failing.close()]);
    await host.close();
  });
  beforeEach(() => {
    logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  it('answers an error inside the skill with 500 and a plain sentence, and logs the detail instead', async () => {
    const { status, text } = await post(failing, launchBody());
    expect([status, text]).toEqual([500, SKILL_FAILED]);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('secret detail'));
  });

  it('says what was wrong in one sentence on every refusal path', async () => {
    const answers: [string, number, string][] = [];
    const note = async (what: string, answer: Promise<{ status: number; text: string }>) => {
      const { status, text } = await answer;
      answers.push([what, status, text]);
    };
    const raw = async (server: RunningServer, request: string) => {
      const { received } = await rawExchange(server, request, '', 1000, 5_000);
      const [head = '', body = ''] = received.split('\r\n\r\n');
      return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), text: body };
    };
    await note('unsigned', post(verifying, launchBody()));
    await note('foreign certificate host', postSigned(verifying, 'https://attacker.example.com/echo.api/echo-api-cert.pem'));
    await note('escaping certificate path', postSigned(verifying, 'https://s3.amazonaws.com/echo.api/../../any-bucket/cert.pem'));
    await note('untrusted chain', postSigned(verifying, alexaCertificateUrl('untrusted-chain.pem')));
    await note('missing chain', postSigned(verifying, alexaCertificateUrl('missing.pem')));
    await note('bad signature', post(verifying, launchBody(), { ...signedHeaders('other'), SignatureCertChainUrl: alexaCertificateUrl() }));
    await note('stale', post(verifying, launchBody(600)));
    await note('malformed JSON', post(open, '{"request": '));
    await note('not an envelope', post(open, '{"hello": "world"}'));
    await note('too large', post(open, 'x'.repeat(BODY_LIMIT_BYTES + 1)));
    await note('unknown charset', post(open, launchBody(), { 'content-type': 'application/json; charset=klingon' }));
    await note('unknown encoding', post(open, launchBody(), { 'content-encoding': 'rot13' }));
    await note('not gzip', post(open, launchBody(), { 'content-encoding': 'gzip' }));
    await note('not found', fetch(`${open.url}/nothing-here`).then(async (r) => ({ status: r.status, text: await r.text() })));
    await note('wrong method', fetch(`${open.url}/`).then(async (r) => ({ status: r.status, text: await r.text() })));
    await note('skill error', post(failing, launchBody()));
    await note('not HTTP', raw(open, 'HELLO THERE\r\n\r\n'));
    await note('headers too large', raw(open, `GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'x'.repeat(20_000)}\r\n\r\n`));

    expect(answers.map(([what, status]) => [what, status])).toEqual([
      ['unsigned', 400],
      ['foreign certificate host', 400],
      ['escaping certificate path', 400],
      ['untrusted chain', 400],
      ['missing chain', 400],
      ['bad signature', 400],
      ['stale', 400],
      ['malformed JSON', 400],
      ['not an envelope', 400],
      ['too large', 413],
      ['unknown charset', 415],
      ['unknown encoding', 415],
      ['not gzip', 400],
      ['not found', 404],
      ['wrong method', 405],
      ['skill error', 500],
      ['not HTTP', 400],
      ['headers too large', 431],
    ]);
    for (const [what, , text] of answers) expectOneSentence(what, text);
  }, 20_000);
});

describe('serve command line', () => {
  it('takes the port from PORT, 3000 by default', () => {
    expect(portFrom(undefined)).toBe(DEFAULT_PORT);
    expect(DEFAULT_PORT).toBe(3000);
    expect(portFrom('8080')).toBe(8080);
    expect(() => portFrom('eighty')).toThrow(/PORT/);
  });

  it('warns loudly about --no-verify', () => {
    expect(NO_VERIFY_WARNING).toMatch(/NOT checked/);
  });
});
