import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { buildSkill } from '../../lambda/index';
import { launchRequest, envelope, newDevice, newSession } from '../../local/envelopes/request';
import { NO_VERIFY_WARNING, portFrom } from '../../local/server/cli';
import { BODY_LIMIT_BYTES, DEFAULT_PORT, startServer, type RunningServer, type ServerOptions } from '../../local/server/server';

/** A LaunchRequest as Alexa would send it now, or stamped `ageSeconds` ago. */
function launchBody(ageSeconds = 0): string {
  const device = newDevice('en-US');
  const request: RequestEnvelope = envelope(device, newSession(), launchRequest(device, Date.now() - ageSeconds * 1000));
  return JSON.stringify(request);
}

/** Starts a server on a free port with a skill whose invoke() calls are counted. */
async function serve(options: Omit<ServerOptions, 'skill'> = {}) {
  const skill = buildSkill().create();
  const invoke = jest.spyOn(skill, 'invoke');
  const running = await startServer(0, { ...options, skill });
  return { running, invoke };
}

async function post(server: RunningServer, body: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const response = await fetch(`${server.url}/`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  return { status: response.status, text: await response.text() };
}

describe('the local endpoint with verification on (the default)', () => {
  let running: RunningServer;
  let invoke: jest.SpiedFunction<Skill['invoke']>;
  beforeAll(async () => {
    ({ running, invoke } = await serve());
  });
  afterAll(() => running.close());
  beforeEach(() => invoke.mockClear());

  it('listens on 127.0.0.1 only', () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers GET /health with 200, for load balancers', async () => {
    const response = await fetch(`${running.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('refuses an unsigned request with 400, without calling the skill', async () => {
    const { status, text } = await post(running, launchBody());
    expect(status).toBe(400);
    expect(text).toMatch(/Missing Certificate/);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('refuses a certificate URL on a foreign host with 400, without fetching it or calling the skill', async () => {
    const { status, text } = await post(running, launchBody(), {
      SignatureCertChainUrl: 'https://attacker.example.com/echo.api/echo-api-cert.pem',
      'Signature-256': Buffer.from('not a signature').toString('base64'),
    });
    expect(status).toBe(400);
    expect(text).toMatch(/invalid host name: attacker\.example\.com/);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('refuses malformed JSON with 400, without calling the skill', async () => {
    const { status } = await post(running, '{"version": "1.0", "request": ');
    expect(status).toBe(400);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('refuses a body over 1 MB with 413, without calling the skill', async () => {
    const { status } = await post(running, JSON.stringify({ version: '1.0', padding: 'x'.repeat(1024 * 1024 + 1) }));
    expect(status).toBe(413);
    expect(invoke).not.toHaveBeenCalled();
  });
});

describe('the local endpoint with only the timestamp checked', () => {
  it('refuses a request stamped more than 150 s ago with 400, without calling the skill', async () => {
    const { running, invoke } = await serve({ verifySignature: false, verifyTimestamp: true });
    try {
      const stale = await post(running, launchBody(151));
      expect(stale.status).toBe(400);
      expect(stale.text).toMatch(/Timestamp verification failed/);
      expect(invoke).not.toHaveBeenCalled();
      // A fresh one goes through: the refusal above was the timestamp's.
      expect((await post(running, launchBody())).status).toBe(200);
    } finally {
      await running.close();
    }
  });
});

describe('the local endpoint with verification off (--no-verify)', () => {
  let running: RunningServer;
  let invoke: jest.SpiedFunction<Skill['invoke']>;
  beforeAll(async () => {
    ({ running, invoke } = await serve({ verifySignature: false, verifyTimestamp: false }));
  });
  afterAll(() => running.close());
  beforeEach(() => invoke.mockClear());

  it('answers a valid LaunchRequest with 200 and the welcome speech', async () => {
    const { status, text } = await post(running, launchBody());
    expect(status).toBe(200);
    const body: unknown = JSON.parse(text);
    expect(body).toMatchObject({ version: '1.0', response: { outputSpeech: { type: 'SSML' }, shouldEndSession: false } });
    expect(text).toContain('Welcome to Back Stretches');
    expect(invoke).toHaveBeenCalledTimes(1);
  });

  it('still refuses malformed JSON, and JSON that is no request envelope, with 400 rather than 500', async () => {
    for (const body of ['not json at all', '{"hello": "world"}', '[]']) {
      const { status, text } = await post(running, body);
      expect([body, status]).toEqual([body, 400]);
      expect(text).not.toMatch(/dispatch failed/);
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('still refuses a body over 1 MB', async () => {
    expect((await post(running, 'x'.repeat(1024 * 1024 + 1))).status).toBe(413);
    expect(invoke).not.toHaveBeenCalled();
  });

  it("refuses bodies over the adapter's own parser limit (100 KB), well inside the 1 MB asked for", async () => {
    expect(BODY_LIMIT_BYTES).toBeLessThanOrEqual(1024 * 1024);
    expect((await post(running, JSON.stringify({ padding: 'x'.repeat(BODY_LIMIT_BYTES) }))).status).toBe(413);
  });

  it('answers other paths with 404', async () => {
    expect((await fetch(`${running.url}/nothing-here`)).status).toBe(404);
  });
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
