import { X509Certificate } from 'node:crypto';
import {
  CERTIFICATE_FETCH_TIMEOUT_MS,
  CertificateStore,
  MAX_CONCURRENT_CERTIFICATE_FETCHES,
  certificateUrl,
  checkChain,
} from '../../local/server/certificates';
import { Refusal } from '../../local/server/refusal';
import {
  alexaCertificateUrl,
  fixture,
  REFUSED_CERTIFICATE_URLS,
  startCertificateHost,
  TEST_ROOT,
  type CertificateHost,
} from './certificate-host';


describe('certificateUrl: the SignatureCertChainUrl check, after normalisation', () => {
  it.each(REFUSED_CERTIFICATE_URLS)('refuses %s', (raw) => {
    expect(() => certificateUrl(raw)).toThrow(Refusal);
  });

  it.each([
    ['https://s3.amazonaws.com/echo.api/echo-api-cert.pem', 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem'],
    ['https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem', 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem'],
    ['HTTPS://S3.AmazonAWS.com/echo.api/echo-api-cert.pem', 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem'],
    ['https://s3.amazonaws.com/../echo.api/echo-api-cert.pem', 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem'],
    ['https://s3.amazonaws.com/echo.api/./old/../echo-api-cert.pem#x', 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem'],
  ])('accepts %s as %s', (raw, normalised) => {
    // Amazon's rules: scheme and host in any case, port 443 if given, dot segments resolved first.
    expect(certificateUrl(raw).href).toBe(normalised);
  });
});

describe('checkChain (node:crypto)', () => {
  const roots = [new X509Certificate(TEST_ROOT)];
  const now = Date.now();

  it('takes a chain that leads to a trusted root and names echo-api.amazon.com', () => {
    const checked = checkChain(fixture('echo-api-chain.pem'), roots, now);
    expect(checked.publicKey.asymmetricKeyType).toBe('rsa');
    expect(checked.notAfter).toBeGreaterThan(now);
  });

  it('refuses a chain to an untrusted root, a certificate for another name, and text that is no chain', () => {
    expect(() => checkChain(fixture('untrusted-chain.pem'), roots, now)).toThrow(/trusted root/);
    expect(() => checkChain(fixture('echo-api-chain.pem'), [], now)).toThrow(/trusted root/);
    expect(() => checkChain(fixture('other-host-chain.pem'), roots, now)).toThrow(/echo-api\.amazon\.com/);
    expect(() => checkChain('<html>Not here</html>', roots, now)).toThrow(/did not return a certificate chain/);
    // The signing certificate without the intermediate that links it to the root.
    const [leaf] = fixture('echo-api-chain.pem').split(/(?<=-----END CERTIFICATE-----\n)/);
    expect(() => checkChain(leaf ?? '', roots, now)).toThrow(/trusted root/);
  });

  it('refuses a chain outside its dates', () => {
    const { notBefore, notAfter } = checkChain(fixture('echo-api-chain.pem'), roots, now);
    expect(() => checkChain(fixture('echo-api-chain.pem'), roots, notAfter + 1)).toThrow(/expired/);
    expect(() => checkChain(fixture('echo-api-chain.pem'), roots, notBefore - 1)).toThrow(/expired/);
  });
});

describe('CertificateStore, against a stand-in certificate host on 127.0.0.1', () => {
  let host: CertificateHost;
  beforeAll(async () => {
    host = await startCertificateHost();
  });
  afterAll(() => host.close());
  beforeEach(() => {
    host.requests.length = 0;
  });

  const url = (file?: string) => certificateUrl(alexaCertificateUrl(file));

  it('downloads a chain once and answers from the cache after that, however the URL was spelled', async () => {
    const store = new CertificateStore(host.options);
    const first = await store.signingKey(url());
    expect(await store.signingKey(url())).toBe(first);
    expect(await store.signingKey(certificateUrl('HTTPS://S3.AMAZONAWS.COM:443/echo.api/x/../echo-api-cert.pem'))).toBe(first);
    expect(host.requests).toEqual(['/echo.api/echo-api-cert.pem']);
  });

  it('downloads a URL asked for by many requests at once only once', async () => {
    const store = new CertificateStore(host.options);
    await Promise.all(Array.from({ length: 20 }, () => store.signingKey(url())));
    expect(host.requests).toHaveLength(1);
  });

  it("keeps a cached chain only within its certificates' dates", async () => {
    let now = Date.now();
    const store = new CertificateStore({ ...host.options, now: () => now });
    await store.signingKey(url());
    const { notAfter } = checkChain(fixture('echo-api-chain.pem'), [new X509Certificate(TEST_ROOT)], now);
    now = notAfter + 1;
    await expect(store.signingKey(url())).rejects.toThrow(/expired/);
    expect(host.requests).toHaveLength(2);
  });

  it('keeps at most cacheSize chains, dropping the least recently used', async () => {
    const store = new CertificateStore({ ...host.options, cacheSize: 2 });
    for (const file of ['echo-api-cert-1.pem', 'echo-api-cert-2.pem', 'echo-api-cert-1.pem', 'echo-api-cert-3.pem', 'echo-api-cert-1.pem']) {
      await store.signingKey(url(file));
    }
    // -1 was used again before -3 arrived, so -2 is the one that made room.
    expect(host.requests).toEqual(['/echo.api/echo-api-cert-1.pem', '/echo.api/echo-api-cert-2.pem', '/echo.api/echo-api-cert-3.pem']);
    await store.signingKey(url('echo-api-cert-2.pem'));
    expect(host.requests).toHaveLength(4);
  });

  it('refuses what the host does not have, too large a chain, and an untrusted one, and caches none of them', async () => {
    const store = new CertificateStore(host.options);
    await expect(store.signingKey(url('missing.pem'))).rejects.toThrow(/could not be downloaded \(HTTP 404\)/);
    await expect(store.signingKey(url('huge.pem'))).rejects.toThrow(/too large/);
    await expect(store.signingKey(url('untrusted-chain.pem'))).rejects.toThrow(/trusted root/);
    await expect(store.signingKey(url('untrusted-chain.pem'))).rejects.toThrow(/trusted root/);
    expect(host.requests).toHaveLength(4);
  });

  it(`gives up on a host that never answers after ${CERTIFICATE_FETCH_TIMEOUT_MS} ms, and tries again next time`, async () => {
    const store = new CertificateStore(host.options);
    for (const file of ['hang.pem', 'trickle.pem']) {
      const started = Date.now();
      await expect(store.signingKey(url(file))).rejects.toThrow(/did not download in time/);
      const waited = Date.now() - started;
      expect(waited).toBeGreaterThanOrEqual(CERTIFICATE_FETCH_TIMEOUT_MS - 50);
      expect(waited).toBeLessThan(CERTIFICATE_FETCH_TIMEOUT_MS + 1000);
    }
    await expect(store.signingKey(url('hang.pem'))).rejects.toThrow(/in time/);
    expect(host.requests).toEqual(['/echo.api/hang.pem', '/echo.api/trickle.pem', '/echo.api/hang.pem']);
  }, 15_000);

  it(`downloads at most ${MAX_CONCURRENT_CERTIFICATE_FETCHES} URLs at once and refuses more straight away`, async () => {
    const store = new CertificateStore(host.options);
    const started = Date.now();
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, async (_, index) => {
        try {
          await store.signingKey(url(`hang-${index}.pem`));
          return { sentence: 'answered', after: Date.now() - started };
        } catch (error) {
          return { sentence: error instanceof Error ? error.message : String(error), after: Date.now() - started };
        }
      }),
    );
    const busy = outcomes.filter((outcome) => /Too many certificate downloads/.test(outcome.sentence));
    const timedOut = outcomes.filter((outcome) => /in time/.test(outcome.sentence));
    expect([busy.length, timedOut.length]).toEqual([10 - MAX_CONCURRENT_CERTIFICATE_FETCHES, MAX_CONCURRENT_CERTIFICATE_FETCHES]);
    for (const outcome of busy) expect(outcome.after).toBeLessThan(500);
    expect(host.requests).toHaveLength(MAX_CONCURRENT_CERTIFICATE_FETCHES);
    // Once those have timed out, downloads are possible again.
    await expect(store.signingKey(url())).resolves.toBeDefined();
  }, 15_000);
});
