/**
 * A stand-in for s3.amazonaws.com/echo.api on 127.0.0.1, so that the endpoint's certificate
 * downloads are tested without the network, and a signer with the stand-in chain's key.
 *
 * Paths under /echo.api/: `<fixture>.pem` serves tests/local/fixtures/alexa-certificates/<fixture>.pem
 * (echo-api-chain, other-host-chain, untrusted-chain), `echo-api-cert*.pem` serves echo-api-chain;
 * `hang*` never answers, `trickle*` sends its headers and then nothing, `huge*` sends 1 MB; anything
 * else is 404. `requests` lists the paths asked for, in order.
 */
import { sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { CertificateStoreOptions } from '../../local/server/certificates';

const FIXTURES = join(__dirname, 'fixtures', 'alexa-certificates');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export const TEST_ROOT = fixture('test-root.pem');
const SIGNING_KEY = fixture('echo-api-key.pem');

/** The certificate URL Alexa would send for a file of the stand-in. */
export function alexaCertificateUrl(file = 'echo-api-cert.pem'): string {
  return `https://s3.amazonaws.com/echo.api/${file}`;
}

/** The headers Alexa would send with `body`, signed with the stand-in chain's key. */
export function signedHeaders(body: string, chainUrl = alexaCertificateUrl()): Record<string, string> {
  return {
    SignatureCertChainUrl: chainUrl,
    'Signature-256': sign('sha256', Buffer.from(body, 'utf8'), SIGNING_KEY).toString('base64'),
  };
}

/** URLs that name something other than a file under s3.amazonaws.com/echo.api/, once normalised. */
export const REFUSED_CERTIFICATE_URLS: readonly string[] = [
  'https://s3.amazonaws.com/echo.api/../../any-bucket/cert.pem',
  'https://s3.amazonaws.com/echo.api/../any-bucket/cert.pem',
  'https://s3.amazonaws.com/echo.api/%2e%2e/any-bucket/cert.pem',
  'https://s3.amazonaws.com/echo.api/%2E%2E/%2e%2e/any-bucket/cert.pem',
  'https://s3.amazonaws.com/echo.api/.%2e/any-bucket/cert.pem',
  'https://s3.amazonaws.com/echo.api/%2e./any-bucket/cert.pem',
  'https://s3.amazonaws.com/echo.api%2f..%2fany-bucket/cert.pem',
  'https://s3.amazonaws.com/echo.api/%2e%2e%2fany-bucket/cert.pem',
  'https://s3.amazonaws.com/echo.api\\..\\any-bucket\\cert.pem',
  'https://S3.AMAZONAWS.COM/echo.api/../any-bucket/cert.pem',
  'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem',
  'https://s3.amazonaws.com/invalid.path/echo-api-cert.pem',
  'https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem',
  'https://s3.amazonaws.com:8443/echo.api/echo-api-cert.pem',
  'http://s3.amazonaws.com/echo.api/echo-api-cert.pem',
  'ftp://s3.amazonaws.com/echo.api/echo-api-cert.pem',
  'https://notamazon.com/echo.api/echo-api-cert.pem',
  'https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem',
  'https://s3.amazonaws.com./echo.api/echo-api-cert.pem',
  'https://attacker@s3.amazonaws.com/echo.api/echo-api-cert.pem',
  'https://s3.amazonaws.com/echo.api/echo-api-cert.pem?x=1',
  '//s3.amazonaws.com/echo.api/echo-api-cert.pem',
  'not a url',
];

export interface CertificateHost {
  readonly origin: string;
  readonly requests: string[];
  /** Certificate store options that fetch from this stand-in and trust only the test root. */
  readonly options: CertificateStoreOptions;
  close(): Promise<void>;
}

export async function startCertificateHost(): Promise<CertificateHost> {
  const requests: string[] = [];
  const held: ServerResponse[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '';
    requests.push(path);
    const file = /^\/echo\.api\/([\w.-]+)$/.exec(path)?.[1] ?? '';
    if (file.startsWith('hang')) {
      held.push(response);
    } else if (file.startsWith('trickle')) {
      response.writeHead(200, { 'content-type': 'application/x-pem-file' });
      response.write('-----BEGIN CERTIFICATE-----\n');
      held.push(response);
    } else if (file.startsWith('huge')) {
      response.writeHead(200, { 'content-type': 'application/x-pem-file' });
      response.end('x'.repeat(1024 * 1024));
    } else if (/^echo-api-cert[\w-]*\.pem$/.test(file) || ['echo-api-chain.pem', 'other-host-chain.pem', 'untrusted-chain.pem'].includes(file)) {
      response.writeHead(200, { 'content-type': 'application/x-pem-file' });
      response.end(fixture(file.startsWith('echo-api-cert') ? 'echo-api-chain.pem' : file));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the stand-in has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    requests,
    options: { fetchOrigin: origin, trustedRoots: [TEST_ROOT] },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of held) response.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
