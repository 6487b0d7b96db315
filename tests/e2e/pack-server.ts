import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/**
 * A pack server for the browser tests that misbehaves on purpose: each path answers as the
 * test says (a pack with an ETag, an error status, no answer at all), and it counts the body
 * bytes it sends per path, so a test can show that a 304 downloads nothing. It sends the CORS
 * headers the README asks of a pack server, so the extension may fetch without a host
 * permission (as for a managed URL).
 */
export type Behaviour =
  | { kind: 'pack'; body: string; etag?: string }
  | { kind: 'status'; status: number }
  /** Accepts the request and never answers. */
  | { kind: 'hang' };

export interface PackServer {
  url: string;
  set: (path: string, behaviour: Behaviour) => void;
  /** Serves `pack` as JSON with an ETag made from `etag`. */
  pack: (path: string, pack: unknown, etag: string) => void;
  bytesSent: (path: string) => number;
  requests: (path: string) => { status: number; ifNoneMatch: string | null }[];
  close: () => Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'If-None-Match',
  'access-control-expose-headers': 'ETag',
};

export async function startPackServer(port = 0): Promise<PackServer> {
  const behaviours = new Map<string, Behaviour>();
  const bytes = new Map<string, number>();
  const log = new Map<string, { status: number; ifNoneMatch: string | null }[]>();
  const hanging = new Set<ServerResponse>();

  const record = (path: string, status: number, request: IncomingMessage) => {
    const ifNoneMatch = (request.headers['if-none-match'] as string | undefined) ?? null;
    log.set(path, [...(log.get(path) ?? []), { status, ifNoneMatch }]);
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...CORS, 'access-control-max-age': '600' });
      response.end();
      return;
    }
    const behaviour = behaviours.get(path) ?? { kind: 'status', status: 404 };
    if (behaviour.kind === 'hang') {
      record(path, 0, request);
      hanging.add(response);
      response.on('close', () => hanging.delete(response));
      return;
    }
    if (behaviour.kind === 'status') {
      record(path, behaviour.status, request);
      response.writeHead(behaviour.status, { ...CORS, 'content-type': 'text/plain' });
      response.end(`status ${behaviour.status}`);
      return;
    }
    if (behaviour.etag && request.headers['if-none-match'] === behaviour.etag) {
      record(path, 304, request);
      response.writeHead(304, { ...CORS, etag: behaviour.etag });
      response.end();
      return;
    }
    record(path, 200, request);
    const body = Buffer.from(behaviour.body);
    bytes.set(path, (bytes.get(path) ?? 0) + body.byteLength);
    response.writeHead(200, {
      ...CORS,
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(body.byteLength),
      'cache-control': 'no-cache',
      ...(behaviour.etag ? { etag: behaviour.etag } : {}),
    });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    url,
    set: (path, behaviour) => behaviours.set(path, behaviour),
    pack: (path, pack, etag) =>
      behaviours.set(path, {
        kind: 'pack',
        body: JSON.stringify(pack, null, 2),
        etag: `"${etag}"`,
      }),
    bytesSent: (path) => bytes.get(path) ?? 0,
    requests: (path) => log.get(path) ?? [],
    close: () =>
      new Promise<void>((done) => {
        for (const response of hanging) response.destroy();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** A valid English team pack whose one custom rule forbids `phrase` (with passing examples). */
export function teamPack(version: string, phrase: string, extra: Record<string, unknown> = {}) {
  const id = `no-${phrase.replace(/\s+/g, '-')}`;
  return {
    id: 'acme:support-en',
    name: 'Acme support',
    version,
    language: 'en',
    extends: 'builtin:en',
    rules: [
      {
        id,
        kind: 'forbid',
        pattern: phrase,
        message: `Say “your case”, not “{match}”.`,
        examples: { bad: [`Your ${phrase} is 5.`], good: ['Your case is open.'] },
      },
    ],
    ...extra,
  };
}
