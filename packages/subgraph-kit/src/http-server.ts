import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, string>;
}

export interface HttpServerOptions<Context extends BaseContext> {
  apollo: ApolloServer<Context>;
  context: (request: IncomingMessage) => Promise<Context>;
  /** 0 picks a free port (tests). */
  port: number;
  /** Where to listen; localhost unless configured otherwise. */
  host?: string;
  /** `GET /ready`: 200 when every check passes, 503 otherwise. */
  readiness?: () => Promise<ReadinessReport>;
  maxBodyBytes?: number;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;

class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new RequestError(413, `Request body exceeds ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return undefined;
  const contentType = request.headers['content-type'] ?? '';
  const text = Buffer.concat(chunks).toString('utf8');
  if (!contentType.includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new RequestError(400, 'Request body is not valid JSON');
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

/**
 * Apollo Server on plain node:http, with `GET /health` (the process is up) and `GET /ready`
 * (its dependencies answer). GraphQL is served at `/graphql` (and `/`).
 */
export async function startHttpServer<Context extends BaseContext>(options: HttpServerOptions<Context>): Promise<RunningHttpServer> {
  const { apollo, context, readiness, maxBodyBytes = DEFAULT_MAX_BODY_BYTES } = options;
  const server = http.createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      const status = error instanceof RequestError ? error.status : 500;
      if (status === 500) console.error('HTTP handler failed', error);
      if (!response.headersSent) {
        sendJson(response, status, {
          errors: [{ message: status === 500 ? 'Internal server error' : (error as Error).message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }],
        });
      } else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'GET' && url.pathname === '/health') {
      sendJson(response, 200, { status: 'ok' });
      return;
    }
    if (request.method === 'GET' && url.pathname === '/ready') {
      const report = readiness ? await readiness() : { ready: true, checks: {} };
      sendJson(response, report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'not ready', checks: report.checks });
      return;
    }
    if (url.pathname !== '/graphql' && url.pathname !== '/') {
      sendJson(response, 404, { errors: [{ message: 'Not found: GraphQL is served at /graphql', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const body = request.method === 'POST' ? await readJsonBody(request, maxBodyBytes) : undefined;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (request.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
      context: () => context(request),
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer: server }));
  await apollo.start();
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const displayHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${displayHost}:${port}/graphql`,
    port,
    close: () => apollo.stop(),
  };
}
