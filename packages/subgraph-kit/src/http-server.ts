import { createHash } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, type ApolloServerPlugin, HeaderMap, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { collapseErrorsPlugin } from './collapse-errors.js';
import { ErrorCode, HubError } from './errors.js';
import {
  evaluateQuery,
  DEFAULT_QUERY_LIMITS,
  positiveIntegerFromEnv,
  type QueryLimits,
  type QueryEvaluation,
  type QueryRequest,
} from './limits.js';

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
  /** `GET /data-version`: the counter every committed write to this subgraph's data raises (the gateway's response cache). */
  dataVersion?: () => Promise<string>;
  /**
   * Query limits checked before Apollo parses, validates or plans the request; `schema` is a getter
   * because the gateway learns its API schema only once started. Without it only the body size is bounded.
   * `forRequest` gives the limits of the request's caller (roles may run heavier queries); `limits` then
   * bounds only what is read before the caller is known (the body) and the answer's size.
   */
  limits?: {
    limits: QueryLimits;
    forRequest?: (request: IncomingMessage) => Promise<QueryLimits>;
    schema: () => GraphQLSchema | undefined;
  };
  maxBodyBytes?: number;
  /**
   * Answers GET and HEAD requests before GraphQL does (the gateway's dashboard and explorer, the file
   * routes); false passes them on. Never asked about a POST: GraphQL's POSTs skip its URL parsing.
   */
  handleRequest?: (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;
  /**
   * Called for every GraphQL request once its cost is estimated (0 when not priced): the headers it
   * returns go on the answer, and a refusal answers in place of Apollo (the gateway's rate limits).
   */
  admit?: (request: IncomingMessage, cost: number) => Promise<Admission>;
  /** How long one query may take here (`HUB_REQUEST_DEADLINE_MS`, default 30 s). */
  deadlineMs?: number;
}

/**
 * The header that carries a query's deadline (epoch milliseconds) from the gateway to its subgraphs,
 * so that a subgraph stops when the gateway has given up. It can only shorten a subgraph's own deadline.
 */
export const DEADLINE_HEADER = 'x-hub-deadline';

export const DEFAULT_REQUEST_DEADLINE_MS = 30_000;

export function requestDeadlineMsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return positiveIntegerFromEnv(env, 'HUB_REQUEST_DEADLINE_MS', DEFAULT_REQUEST_DEADLINE_MS);
}

const deadlines = new WeakMap<IncomingMessage, number>();

/** The deadline (epoch ms) of the query a request runs, once the server has set it; none for a mutation. */
export function requestDeadline(request: IncomingMessage): number | undefined {
  return deadlines.get(request);
}

/**
 * Whether a context's request has stopped (its deadline passed, or its client went away), read by
 * `deadlinePlugin`; a symbol property, because Apollo runs each operation on a shallow copy of the context.
 */
const STOPPED = Symbol('stopped');
type Stoppable = { [STOPPED]?: AbortSignal };

/**
 * Once a request has stopped, its remaining fields are not resolved (each refuses at once): the
 * statements already sent finish within the statement timeout, and none is sent after. Checked in
 * each field that has a resolver (a property read sends no statement), wrapped once when the schema
 * loads: a `willResolveField` hook would make Apollo instrument every field of every answer, which
 * cost more than the resolvers themselves on large answers.
 */
function deadlinePlugin(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema }) {
          refuseFieldsOnceStopped(apiSchema);
        },
      };
    },
  };
}

const STOP_CHECKED = Symbol('stopChecked');

function refuseFieldsOnceStopped(schema: GraphQLSchema & { [STOP_CHECKED]?: true }): void {
  if (schema[STOP_CHECKED]) return; // one schema may serve several servers (tests): wrap once
  schema[STOP_CHECKED] = true;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, context: Stoppable | undefined, info) => {
        if (context?.[STOPPED]?.aborted) throw deadlineExceeded();
        return resolve(source, args, context, info);
      };
    }
  }
}

const deadlineExceeded = () =>
  new HubError(ErrorCode.DEADLINE_EXCEEDED, 'The query ran past its deadline and was stopped; ask for less, or retry later');

export interface Admission {
  headers: Record<string, string>;
  refusal?: { status: number; error: { message: string; extensions: Record<string, unknown> } };
}

export interface RunningHttpServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string = ErrorCode.VALIDATION_FAILED,
  ) {
    super(message);
  }
}

/** The query text and variables of a POST body or GET search, when they are there to check. */
function queryOf(body: unknown, search: URLSearchParams): (QueryRequest & { persistedHash?: unknown }) | undefined {
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const { query, variables, operationName, extensions } = body as {
      query?: unknown;
      variables?: unknown;
      operationName?: unknown;
      extensions?: { persistedQuery?: { sha256Hash?: unknown } };
    };
    if (typeof query !== 'string') return undefined;
    return {
      query,
      variables: variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : undefined,
      operationName: typeof operationName === 'string' ? operationName : undefined,
      persistedHash: extensions?.persistedQuery?.sha256Hash,
    };
  }
  const query = search.get('query');
  if (query === null) return undefined;
  const operationName = search.get('operationName') ?? undefined;
  try {
    const variables = search.get('variables');
    const extensions = search.get('extensions');
    return {
      query,
      operationName,
      variables: variables ? (JSON.parse(variables) as Record<string, unknown>) : undefined,
      persistedHash: extensions
        ? (JSON.parse(extensions) as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery?.sha256Hash
        : undefined,
    };
  } catch {
    return { query, operationName };
  }
}

/** An automatic persisted query registers `query` under `sha256Hash`: they must agree. */
function persistedHashMismatch(request: QueryRequest & { persistedHash?: unknown }): HubError | undefined {
  if (request.persistedHash === undefined) return undefined;
  if (
    typeof request.persistedHash === 'string' &&
    createHash('sha256').update(request.query).digest('hex') === request.persistedHash.toLowerCase()
  )
    return undefined;
  return new HubError(
    ErrorCode.PERSISTED_QUERY_HASH_MISMATCH,
    'The persisted query hash is not the sha256 of the query sent with it',
  );
}

/** The body's bytes as they arrive (events, not `for await`: its async iterator cost more than a small body's parse). */
function readBody(request: IncomingMessage, maxBytes: number): Promise<{ chunks: Buffer[]; size: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the cap the rest is read and dropped, so that the client gets its 413 rather than a reset.
      if (size <= maxBytes) chunks.push(chunk);
      else if (size > 4 * maxBytes) request.destroy();
    });
    request.once('end', () => resolve({ chunks, size }));
    // The client went away mid-body ('aborted', ECONNRESET), or the body was cut past 4x the cap: its
    // fault, not an internal error (no 'end' comes; whoever is still there gets a 400).
    const cutOff = () => reject(new RequestError(400, 'The request body was cut off', 'BAD_REQUEST'));
    request.once('error', cutOff);
    request.once('close', () => {
      if (!request.complete) cutOff();
    });
  });
}

async function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<unknown> {
  const { chunks, size } = await readBody(request, maxBytes);
  if (size > maxBytes) throw new RequestError(413, `Request body exceeds ${maxBytes} bytes`, ErrorCode.REQUEST_TOO_LARGE);
  if (size === 0) return undefined;
  const contentType = request.headers['content-type'] ?? '';
  const text = Buffer.concat(chunks).toString('utf8');
  if (!contentType.includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new RequestError(400, 'Request body is not valid JSON', 'BAD_REQUEST');
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
export async function startHttpServer<Context extends BaseContext>(
  options: HttpServerOptions<Context>,
): Promise<RunningHttpServer> {
  const {
    apollo,
    context,
    readiness,
    maxBodyBytes = options.limits?.limits.maxBodyBytes ?? DEFAULT_QUERY_LIMITS.maxBodyBytes,
    deadlineMs = requestDeadlineMsFromEnv(),
  } = options;
  const server = http.createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      const status = error instanceof RequestError ? error.status : 500;
      if (status === 500) console.error('HTTP handler failed', error);
      if (!response.headersSent) {
        sendJson(response, status, {
          errors: [
            {
              message: status === 500 ? 'Internal server error' : (error as Error).message,
              extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : (error as RequestError).code },
            },
          ],
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
    if (options.dataVersion && request.method === 'GET' && url.pathname === '/data-version') {
      sendJson(response, 200, { version: await options.dataVersion() });
      return;
    }
    const readOnly = request.method === 'GET' || request.method === 'HEAD';
    if (readOnly && options.handleRequest && (await options.handleRequest(request, response))) return;
    if (url.pathname !== '/graphql' && url.pathname !== '/') {
      sendJson(response, 404, {
        errors: [{ message: 'Not found: GraphQL is served at /graphql', extensions: { code: 'NOT_FOUND' } }],
      });
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const body = request.method === 'POST' ? await readJsonBody(request, maxBodyBytes) : undefined;
    const schema = options.limits?.schema();
    const toCheck = schema && queryOf(body, url.searchParams);
    const mismatch = toCheck && persistedHashMismatch(toCheck);
    const evaluation: QueryEvaluation = mismatch
      ? { refused: mismatch, cost: 0 }
      : schema && toCheck
        ? evaluateQuery(schema, toCheck, (await options.limits!.forRequest?.(request)) ?? options.limits!.limits)
        : { cost: 0 };
    if (options.admit) {
      const admission = await options.admit(request, evaluation.cost);
      for (const [name, value] of Object.entries(admission.headers)) response.setHeader(name, value);
      if (admission.refusal) {
        sendJson(response, admission.refusal.status, { errors: [admission.refusal.error] });
        return;
      }
    }
    if (evaluation.refused) {
      sendJson(response, 400, { errors: [evaluation.refused.toJSON()] });
      return;
    }
    // A query gets a deadline (a mutation runs to its commit or rollback: stopping it halfway would
    // leave the client unsure whether it was written). The gateway's deadline travels to its subgraphs.
    const stop = new AbortController();
    let deadlineTimer: NodeJS.Timeout | undefined;
    const deadlinePassed = new Promise<'deadline'>((resolve) => {
      if (evaluation.operation === 'mutation') return;
      const forwarded = Number(request.headers[DEADLINE_HEADER]);
      const deadline = Math.min(Date.now() + deadlineMs, Number.isFinite(forwarded) && forwarded > 0 ? forwarded : Infinity);
      deadlines.set(request, deadline);
      deadlineTimer = setTimeout(() => {
        stop.abort();
        resolve('deadline');
      }, deadline - Date.now());
    });
    // A client that hangs up stops its query too.
    const onClose = () => {
      if (!response.writableFinished) stop.abort();
    };
    response.once('close', onClose);
    const execution = apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (request.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
      context: async () => {
        const value = await context(request);
        (value as Stoppable)[STOPPED] = stop.signal;
        return value;
      },
    });
    const result = await Promise.race([execution, deadlinePassed]).finally(() => clearTimeout(deadlineTimer));
    // The gateway's subgraph fetches end at the same deadline: an answer made of their failures is late too.
    const deadline = deadlines.get(request);
    if (result === 'deadline' || (deadline !== undefined && Date.now() >= deadline)) {
      execution.catch(() => {}); // it ends soon, its fields refused; its answer is not wanted
      sendJson(response, 504, { errors: [deadlineExceeded().toJSON()] });
      return;
    }
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      const maxResponseBytes = options.limits?.limits.maxResponseBytes ?? DEFAULT_QUERY_LIMITS.maxResponseBytes;
      if (Buffer.byteLength(result.body.string) > maxResponseBytes) {
        sendJson(response, 200, {
          data: null,
          errors: [
            {
              message: `The answer exceeds ${maxResponseBytes} bytes; ask for fewer fields or smaller pages`,
              extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, limit: maxResponseBytes },
            },
          ],
        });
        return;
      }
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  // On close, requests in flight get this long to finish (`HUB_SHUTDOWN_GRACE_MS`, default 5 s); then their connections are cut.
  const stopGracePeriodMillis = Number(process.env.HUB_SHUTDOWN_GRACE_MS ?? 5_000);
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis }));
  // The gateway's keep-alive agent keeps idle connections open; with Node's default 5 s a server closes
  // one just as the gateway sends on it (ECONNRESET, answered as SUBGRAPH_UNAVAILABLE after an idle
  // spell). The client must close first: idle connections stay far longer here.
  server.keepAliveTimeout = 10 * 60_000;
  apollo.addPlugin(collapseErrorsPlugin());
  apollo.addPlugin(deadlinePlugin());
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
