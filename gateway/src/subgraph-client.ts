import http from 'node:http';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { DEADLINE_HEADER, ErrorCode } from '@housing-hub/subgraph-kit';

/**
 * The gateway's HTTP client to its subgraphs: `node:http` over one keep-alive agent.
 *
 * Why not the default: Apollo's `RemoteGraphQLDataSource` fetches through make-fetch-happen, whose
 * agents and caching layers were 38% of the gateway's CPU (one builds an `Error().stack` per request);
 * Node's built-in `fetch` refuses "bad ports" such as 5060 and was slower still. Subgraph answers
 * are small JSON documents, so the client reads each body whole and hands it out as a string.
 */
export interface SubgraphClientOptions {
  /** Time to open a TCP connection (`SUBGRAPH_CONNECT_TIMEOUT_MS`, default 2 s). */
  connectTimeoutMs?: number;
  /** Time for a whole request, connection to last byte (`SUBGRAPH_REQUEST_TIMEOUT_MS`, default 30 s). */
  requestTimeoutMs?: number;
  /** Open connections per subgraph (`SUBGRAPH_MAX_SOCKETS`, default 64). */
  maxSockets?: number;
}

export interface SubgraphClient {
  fetch: Fetcher;
  close(): void;
}

export function subgraphClientOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SubgraphClientOptions {
  const number = (name: string) => (env[name] ? Number(env[name]) : undefined);
  return {
    connectTimeoutMs: number('SUBGRAPH_CONNECT_TIMEOUT_MS'),
    requestTimeoutMs: number('SUBGRAPH_REQUEST_TIMEOUT_MS'),
    maxSockets: number('SUBGRAPH_MAX_SOCKETS'),
  };
}

/**
 * Headers as the `FetcherHeaders` Apollo reads and writes (names case-insensitive): a response's, and a
 * subgraph request's before it is sent (a plain map, cheaper than node-fetch's `Headers`).
 */
export class PlainHeaders implements FetcherHeaders {
  private readonly byName = new Map<string, string>();

  constructor(raw: http.IncomingHttpHeaders | Iterable<[string, string]> = []) {
    for (const [name, value] of Symbol.iterator in raw ? (raw as Iterable<[string, string]>) : Object.entries(raw)) {
      if (value !== undefined) this.byName.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
    }
  }
  get(name: string) {
    return this.byName.get(name.toLowerCase()) ?? null;
  }
  has(name: string) {
    return this.byName.has(name.toLowerCase());
  }
  set(name: string, value: string) {
    this.byName.set(name.toLowerCase(), value);
  }
  append(name: string, value: string) {
    const existing = this.get(name);
    this.set(name, existing === null ? value : `${existing}, ${value}`);
  }
  delete(name: string) {
    this.byName.delete(name.toLowerCase());
  }
  entries() {
    return this.byName.entries();
  }
  keys() {
    return this.byName.keys();
  }
  values() {
    return this.byName.values();
  }
  [Symbol.iterator]() {
    return this.byName.entries();
  }
}

/** A finished response; its body is read, so it can be handed to several readers (`clone`). */
export class BufferedResponse implements FetcherResponse {
  readonly redirected = false;
  bodyUsed = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: FetcherHeaders,
    readonly body: string,
  ) {}

  get ok() {
    return this.status >= 200 && this.status < 300;
  }
  async text() {
    this.bodyUsed = true;
    return this.body;
  }
  async json() {
    this.bodyUsed = true;
    return JSON.parse(this.body);
  }
  async arrayBuffer() {
    this.bodyUsed = true;
    const bytes = Buffer.from(this.body);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  clone() {
    return new BufferedResponse(this.url, this.status, this.statusText, this.headers, this.body);
  }
}

/**
 * The error a failed request throws. Its name and message are those of node-fetch's `FetchError`
 * ("request to URL failed, reason: ..."), which the gateway's error formatting turns into a
 * SUBGRAPH_UNAVAILABLE error naming the subgraph.
 */
export class SubgraphFetchError extends Error {
  override name = 'FetchError';
  constructor(
    url: string,
    reason: string,
    readonly code?: string,
  ) {
    super(`request to ${url} failed, reason: ${reason}`);
  }
}

export function createSubgraphClient(options: SubgraphClientOptions = {}): SubgraphClient {
  const connectTimeoutMs = options.connectTimeoutMs ?? 2_000;
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64, scheduling: 'lifo' });

  const fetch = (url: string, init: FetcherRequestInit = {}): Promise<BufferedResponse> =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      if (target.protocol !== 'http:') {
        reject(new SubgraphFetchError(url, `only http: subgraph URLs are supported, not ${target.protocol}`));
        return;
      }
      const body = init.body;
      const headers: Record<string, string | number> = { ...init.headers };
      if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
      let settled = false;
      const fail = (reason: string, code?: string) => {
        if (settled) return;
        settled = true;
        request.destroy();
        reject(new SubgraphFetchError(url, reason, code));
      };
      const request = http.request(
        {
          agent,
          hostname: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method: init.method ?? 'GET',
          headers,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', (error) => fail(error.message, (error as NodeJS.ErrnoException).code));
          response.on('end', () => {
            if (settled) return;
            settled = true;
            clearTimeout(requestTimer);
            resolve(
              new BufferedResponse(
                url,
                response.statusCode ?? 0,
                response.statusMessage ?? '',
                new PlainHeaders(response.headers),
                Buffer.concat(chunks).toString('utf8'),
              ),
            );
          });
        },
      );
      // The query's deadline, when the gateway set one, ends the fetch sooner than the request timeout.
      const deadline = Number(headers[DEADLINE_HEADER]);
      const untilDeadline = Number.isFinite(deadline) && deadline > 0 ? deadline - Date.now() : Infinity;
      const requestTimer =
        untilDeadline < requestTimeoutMs
          ? setTimeout(() => fail('the query ran past its deadline', ErrorCode.DEADLINE_EXCEEDED), Math.max(0, untilDeadline))
          : setTimeout(() => fail(`no answer within ${requestTimeoutMs} ms`, 'ETIMEDOUT'), requestTimeoutMs);
      request.on('error', (error) => {
        clearTimeout(requestTimer);
        fail(error.message, (error as NodeJS.ErrnoException).code);
      });
      // A reused keep-alive socket is already connected; only a new one waits for `connect`.
      request.on('socket', (socket) => {
        if (!socket.connecting) return;
        // A request is small and written at once: Nagle's algorithm would only hold it back.
        socket.setNoDelay(true);
        const connectTimer = setTimeout(() => fail(`no connection within ${connectTimeoutMs} ms`, 'ETIMEDOUT'), connectTimeoutMs);
        socket.once('connect', () => clearTimeout(connectTimer));
        socket.once('close', () => clearTimeout(connectTimer));
      });
      const signal = init.signal as AbortSignal | undefined;
      if (signal) {
        if (signal.aborted) fail('aborted', 'ABORT_ERR');
        else signal.addEventListener('abort', () => fail('aborted', 'ABORT_ERR'), { once: true });
      }
      request.end(body);
    });

  return { fetch, close: () => agent.destroy() };
}
