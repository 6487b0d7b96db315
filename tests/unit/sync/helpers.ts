import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { TalontapaDatabase } from '../../../storage/db';

let counter = 0;

/** A database of its own in a fresh in-memory IndexedDB. */
export function freshDatabase(): { db: TalontapaDatabase; indexedDB: IDBFactory; name: string } {
  const indexedDB = new IDBFactory();
  const name = `test-${++counter}`;
  return { db: new TalontapaDatabase(name, { indexedDB, IDBKeyRange }), indexedDB, name };
}

/** A small valid English pack with one custom rule whose examples pass. */
export function enPack(
  version: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: 'acme:support-en',
    name: 'Acme support',
    version,
    language: 'en',
    extends: 'builtin:en',
    rules: [
      {
        id: 'no-ticket-jargon',
        kind: 'forbid',
        pattern: 'ticket number',
        message: 'Say “your case”, not “{match}”.',
        examples: { bad: ['Your ticket number is 5.'], good: ['Your case is open.'] },
      },
    ],
    ...overrides,
  };
}

export interface Served {
  status?: number;
  body?: string;
  etag?: string;
  /** Never answers (until the request is aborted). */
  hang?: boolean;
  headers?: Record<string, string>;
}

/**
 * An in-memory pack server for the sync engine's injected `fetch`: answers conditional
 * requests with 304 when the ETag matches and counts the body bytes it sends.
 */
export class FakeServer {
  readonly routes = new Map<string, Served | Served[]>();
  bytesSent = 0;
  readonly requests: { url: string; ifNoneMatch: string | null }[] = [];

  serve(url: string, served: Served | Served[]): void {
    this.routes.set(url, served);
  }

  servePack(url: string, pack: unknown, etag?: string): void {
    this.serve(url, { body: JSON.stringify(pack), ...(etag ? { etag } : {}) });
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const url = String(input);
    const headers = new Headers(init?.headers);
    this.requests.push({ url, ifNoneMatch: headers.get('if-none-match') });
    let route = this.routes.get(url);
    if (Array.isArray(route)) route = route.length > 1 ? route.shift() : route[0];
    if (!route) return new Response('not found', { status: 404, statusText: 'Not Found' });
    if (route.hang) {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      });
    }
    if (route.etag && headers.get('if-none-match') === route.etag) {
      return new Response(null, { status: 304 });
    }
    const status = route.status ?? 200;
    const body = route.body ?? '';
    if (status === 200) this.bytesSent += new TextEncoder().encode(body).byteLength;
    return new Response(body, {
      status,
      headers: { ...(route.etag ? { etag: route.etag } : {}), ...route.headers },
    });
  };
}
