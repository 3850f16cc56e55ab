/**
 * Alexa's signing certificates: which URLs may be fetched, how (bounded in time, size and number),
 * how long a chain is kept, and what makes a chain trustworthy. The rules are the ones Amazon gives
 * for a custom skill hosted as a web service ("Verify that the request was sent by Alexa"):
 *
 * - the SignatureCertChainUrl, once normalised (dot segments resolved), is https, on host
 *   s3.amazonaws.com (any case), on port 443 if a port is given, with a path that starts with
 *   /echo.api/ (case as written);
 * - the chain is the signing certificate first, then the certificates that lead to a trusted root;
 *   the signing certificate is within its dates and names echo-api.amazon.com among its subject
 *   alternative names.
 *
 * ask-sdk-express-adapter's SkillRequestSignatureVerifier checks the URL without normalising it
 * (`/echo.api/../../any-bucket/cert.pem` passes), fetches with no timeout and caches without
 * bound; CertificateStore is what AlexaSignatureVerifier (verifiers.ts) uses in its place.
 */
import { X509Certificate, type KeyObject } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { Refusal } from './refusal';

export const CERTIFICATE_HOST = 's3.amazonaws.com';
export const CERTIFICATE_PATH_PREFIX = '/echo.api/';
export const SIGNING_DOMAIN = 'echo-api.amazon.com';
/** A certificate download that takes longer is abandoned and the request refused. */
export const CERTIFICATE_FETCH_TIMEOUT_MS = 2_000;
/** Downloads of different URLs under way at once; one more is refused at once rather than queued. */
export const MAX_CONCURRENT_CERTIFICATE_FETCHES = 4;
/** Chains kept, by URL; Alexa signs with one at a time, two while it changes certificates. */
export const CERTIFICATE_CACHE_SIZE = 8;
/** Amazon's chain is a few KB; anything much larger is not it. */
export const MAX_CERTIFICATE_BYTES = 64 * 1024;

/**
 * The SignatureCertChainUrl as the URL to fetch, normalised by the WHATWG parser (scheme and host
 * lower-cased, the default port dropped, `.`/`..` segments resolved, `%2e` included, `\` read as
 * `/`), or a Refusal if it is not one Alexa would send. Beyond Amazon's four rules it also refuses
 * user names, query strings and percent-encoded dots or slashes left in the path, none of which
 * Alexa's URLs have, so that every accepted URL names a file under /echo.api/ one way only.
 */
export function certificateUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Refusal('The SignatureCertChainUrl header is not a URL.');
  }
  if (url.protocol !== 'https:') throw new Refusal('The certificate URL must use https.');
  if (url.hostname !== CERTIFICATE_HOST) throw new Refusal(`The certificate URL must be on ${CERTIFICATE_HOST}.`);
  // The parser leaves `port` empty for 443, the https default, and for no port at all.
  if (url.port !== '') throw new Refusal('The certificate URL must use port 443.');
  if (url.username !== '' || url.password !== '') throw new Refusal('The certificate URL must not carry a user name.');
  if (url.search !== '') throw new Refusal('The certificate URL must not have a query string.');
  if (!url.pathname.startsWith(CERTIFICATE_PATH_PREFIX) || /%(2e|2f|5c)/i.test(url.pathname)) {
    throw new Refusal(`The certificate URL path must lie under ${CERTIFICATE_PATH_PREFIX}.`);
  }
  url.hash = '';
  return url;
}

export interface CertificateStoreOptions {
  /** PEM root certificates a chain must lead to; by default Node's bundled roots (tls.rootCertificates). */
  readonly trustedRoots?: readonly string[];
  /**
   * For tests only: fetch the checked URL's path from this origin (e.g. http://127.0.0.1:PORT)
   * instead of https://s3.amazonaws.com. The URL is checked, and cached, as Alexa sent it.
   */
  readonly fetchOrigin?: string;
  readonly fetchTimeoutMs?: number;
  readonly maxConcurrentFetches?: number;
  readonly cacheSize?: number;
  /** The clock certificate dates are checked against (ms since the epoch); Date.now by default. */
  readonly now?: () => number;
}

/** A checked chain: the signing certificate's key, and the span in which every certificate on the path is valid. */
export interface SigningCertificate {
  readonly publicKey: KeyObject;
  readonly notBefore: number;
  readonly notAfter: number;
}

/**
 * Hands out the signing key for a checked certificate URL: from the cache while the chain is
 * within its dates, otherwise by one download per URL at a time (concurrent requests for the same
 * URL share it), at most `maxConcurrentFetches` URLs at once, each bounded by `fetchTimeoutMs`.
 * Only chains that pass the checks are cached; a failed download is tried again next time.
 */
export class CertificateStore {
  private readonly cache = new Map<string, SigningCertificate>();
  private readonly downloads = new Map<string, Promise<SigningCertificate>>();
  private roots: readonly X509Certificate[] | undefined;
  private readonly fetchTimeoutMs: number;
  private readonly maxConcurrentFetches: number;
  private readonly cacheSize: number;
  private readonly now: () => number;

  constructor(private readonly options: CertificateStoreOptions = {}) {
    this.fetchTimeoutMs = options.fetchTimeoutMs ?? CERTIFICATE_FETCH_TIMEOUT_MS;
    this.maxConcurrentFetches = options.maxConcurrentFetches ?? MAX_CONCURRENT_CERTIFICATE_FETCHES;
    this.cacheSize = options.cacheSize ?? CERTIFICATE_CACHE_SIZE;
    this.now = options.now ?? Date.now;
  }

  async signingKey(url: URL): Promise<KeyObject> {
    const key = url.href;
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      this.cache.delete(key);
      const now = this.now();
      if (now >= cached.notBefore && now <= cached.notAfter) {
        this.cache.set(key, cached); // most recently used goes last
        return cached.publicKey;
      }
    }
    let download = this.downloads.get(key);
    if (download === undefined) {
      if (this.downloads.size >= this.maxConcurrentFetches) {
        throw new Refusal('Too many certificate downloads are under way; try again shortly.');
      }
      download = this.download(url).finally(() => this.downloads.delete(key));
      this.downloads.set(key, download);
    }
    return (await download).publicKey;
  }

  private async download(url: URL): Promise<SigningCertificate> {
    const pem = await this.fetchPem(url);
    const certificate = checkChain(pem, this.trustedRoots(), this.now());
    this.cache.set(url.href, certificate);
    for (const oldest of this.cache.keys()) {
      if (this.cache.size <= this.cacheSize) break;
      this.cache.delete(oldest);
    }
    return certificate;
  }

  private async fetchPem(url: URL): Promise<string> {
    const target = this.options.fetchOrigin === undefined ? url : new URL(url.pathname, this.options.fetchOrigin);
    const signal = AbortSignal.timeout(this.fetchTimeoutMs);
    try {
      const response = await fetch(target, { signal, redirect: 'error' });
      if (response.status !== 200 || response.body === null) {
        await response.body?.cancel();
        throw new Refusal(`The certificate chain could not be downloaded (HTTP ${response.status}).`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of response.body) {
        size += chunk.byteLength;
        if (size > MAX_CERTIFICATE_BYTES) throw new Refusal('The certificate chain is too large.');
        chunks.push(Buffer.from(chunk));
      }
      return Buffer.concat(chunks).toString('utf8');
    } catch (error) {
      if (error instanceof Refusal) throw error;
      if (signal.aborted) throw new Refusal('The certificate chain did not download in time.');
      throw new Refusal('The certificate chain could not be downloaded.');
    }
  }

  private trustedRoots(): readonly X509Certificate[] {
    this.roots ??= parseCertificates(this.options.trustedRoots ?? rootCertificates);
    return this.roots;
  }
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g;

function parseCertificates(pems: readonly string[]): X509Certificate[] {
  const certificates: X509Certificate[] = [];
  for (const pem of pems) {
    try {
      certificates.push(new X509Certificate(pem));
    } catch {
      // A root Node bundles but cannot read is one a chain cannot lead to.
    }
  }
  return certificates;
}

/**
 * Checks a downloaded chain as Amazon asks, with node:crypto: every certificate on the path within
 * its dates, echo-api.amazon.com among the signing certificate's subject alternative names, and
 * each certificate signed by the next (a CA) until one is signed by, or is, a trusted root.
 */
export function checkChain(pem: string, roots: readonly X509Certificate[], now: number): SigningCertificate {
  const blocks = pem.match(PEM_CERTIFICATE) ?? [];
  let chain: X509Certificate[];
  try {
    chain = blocks.map((block) => new X509Certificate(block));
  } catch {
    chain = [];
  }
  const [signing] = chain;
  if (signing === undefined) throw new Refusal('The certificate URL did not return a certificate chain.');
  if (!subjectAltNames(signing).includes(`DNS:${SIGNING_DOMAIN}`)) {
    throw new Refusal(`The signing certificate is not issued to ${SIGNING_DOMAIN}.`);
  }
  const path = trustedPath(chain, roots);
  if (path === null) throw new Refusal('The certificate chain does not lead to a trusted root.');
  const notBefore = Math.max(...path.map((certificate) => Date.parse(certificate.validFrom)));
  const notAfter = Math.min(...path.map((certificate) => Date.parse(certificate.validTo)));
  if (!(now >= notBefore && now <= notAfter)) throw new Refusal('The signing certificate has expired or is not valid yet.');
  return { publicKey: signing.publicKey, notBefore, notAfter };
}

/** The chain from the signing certificate up to and including a trusted root, or null if it does not get there. */
function trustedPath(chain: readonly X509Certificate[], roots: readonly X509Certificate[]): X509Certificate[] | null {
  const path: X509Certificate[] = [];
  for (const [index, certificate] of chain.entries()) {
    if (index > 0 && roots.some((root) => root.fingerprint256 === certificate.fingerprint256)) return [...path, certificate];
    path.push(certificate);
    const root = roots.find((candidate) => issuedBy(certificate, candidate));
    if (root !== undefined) return [...path, root];
    const next = chain[index + 1];
    if (next === undefined || !next.ca || !issuedBy(certificate, next)) return null;
  }
  return null;
}

function issuedBy(certificate: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return certificate.checkIssued(issuer) && certificate.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

function subjectAltNames(certificate: X509Certificate): string[] {
  return (certificate.subjectAltName ?? '').split(/,\s*/);
}
