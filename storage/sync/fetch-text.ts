/**
 * One HTTP GET of a pack file, as the sync needs it: conditional (`If-None-Match`), with a
 * deadline that covers the body too, a size limit enforced while reading (a huge or endless
 * body costs at most the limit), and errors that say whether trying again may help.
 */
import type { SyncReason } from '../sources';

export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    message: string,
    /** Network trouble, a timeout, 5xx, 408, 429: another attempt may succeed. */
    readonly retryable: boolean,
    /** The server answered that nothing is there (404, 410): a missing pack, not an outage. */
    readonly missing = false,
    /** The same, for the interface to word in the agent's language. */
    readonly reason?: SyncReason,
  ) {
    super(message);
  }
}

export type FetchResult =
  | { status: 'not-modified' }
  | { status: 'ok'; bytes: Uint8Array; etag: string | null };

export interface FetchOptions {
  fetch: typeof fetch;
  /** The ETag of the copy we hold; the server answers 304 when it is still current. */
  etag: string | null;
  timeoutMs: number;
  maxBytes: number;
}

const kb = (n: number) => `${Math.round(n / 1024)} KB`;
const duration = (ms: number) => (ms < 1_000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);

export async function fetchBytes(url: string, options: FetchOptions): Promise<FetchResult> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeoutMs);
  try {
    let response: Response;
    try {
      response = await options.fetch(url, {
        // Our own conditional request: the HTTP cache would answer 304s itself and hand us
        // the cached body, which is exactly the download a 304 should save.
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'follow',
        headers: options.etag ? { 'If-None-Match': options.etag } : {},
        signal: abort.signal,
      });
    } catch (error) {
      if (abort.signal.aborted) throw timedOut(options.timeoutMs);
      const cause = (error as Error).message;
      throw new FetchError(`could not reach the server: ${cause}`, true, false, {
        code: 'unreachable',
        detail: cause,
      });
    }
    if (response.status === 304) {
      await response.body?.cancel();
      return { status: 'not-modified' };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const { status } = response;
      const retryable = status >= 500 || status === 408 || status === 429;
      const text = `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new FetchError(text, retryable, status === 404 || status === 410, {
        code: 'http',
        detail: text.replace(/^HTTP /, ''),
      });
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge(options.maxBytes);
    }
    const bytes = await readLimited(response, options.maxBytes, abort.signal, options.timeoutMs);
    return { status: 'ok', bytes, etag: response.headers.get('etag') };
  } finally {
    clearTimeout(timer);
  }
}

function timedOut(ms: number): FetchError {
  return new FetchError(`no answer within ${duration(ms)}`, true, false, {
    code: 'timeout',
    detail: duration(ms),
  });
}

function tooLarge(maxBytes: number): FetchError {
  return new FetchError(`the pack is larger than ${kb(maxBytes)}`, false, false, {
    code: 'too-large',
    detail: kb(maxBytes),
  });
}

async function readLimited(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (signal.aborted) throw timedOut(timeoutMs);
    const cause = (error as Error).message;
    throw new FetchError(`the download broke off: ${cause}`, true, false, {
      code: 'broke-off',
      detail: cause,
    });
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

export interface RetryOptions {
  retries: number;
  /** The first wait; each further one doubles. */
  retryDelayMs: number;
  sleep: (ms: number) => Promise<void>;
}

/** `fetchBytes`, tried again with backoff while the failure is one that may pass. */
export async function fetchWithRetry(
  url: string,
  options: FetchOptions,
  retry: RetryOptions,
): Promise<FetchResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchBytes(url, options);
    } catch (error) {
      if (!(error instanceof FetchError) || !error.retryable || attempt >= retry.retries) {
        throw error;
      }
      await retry.sleep(retry.retryDelayMs * 2 ** attempt);
    }
  }
}

/** sha256 of `bytes` as lower-case hex (Web Crypto: in the service worker and in Node). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The bytes as UTF-8 text (a byte-order mark dropped); null when they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}
