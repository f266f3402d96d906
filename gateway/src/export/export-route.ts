import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import {
  CALLER_HEADER,
  ErrorCode,
  EXPORT_PATH,
  EXPORT_ROWS_TRAILER,
  exportRefusal,
  HubError,
  type Caller,
  type ExportRequest,
  type LocalExportAnswer,
  type LocalExports,
} from '@housing-hub/subgraph-kit';
import type { CallerRateLimiter } from '../rate-limit.js';
import { ownerQuery, passChangesCursor } from './updated-since.js';
import { sendXlsxExport } from './xlsx-stream.js';

/** Which subgraph owns (and serves) each dataset. */
export const EXPORT_OWNERS: Record<string, string> = {
  need: 'regions',
  areas: 'regions',
  realization: 'programs',
  proposals: 'programs',
  meetings: 'meetings',
  'follow-ups': 'meetings',
};

export interface ExportRouteOptions {
  /** Subgraph GraphQL URLs by name; exports are at `/export/...` on the same host. */
  subgraphUrls: Record<string, string>;
  /** The request's caller and the token that carries it to the subgraph. */
  context: (request: IncomingMessage) => Promise<{ caller: Caller; callerToken(): Promise<string> }>;
  rateLimiter: CallerRateLimiter;
  /** Whose budget a request spends, and its size (the caller's role decides it). */
  budgetOf: (caller: Caller, request: IncomingMessage) => { key: string; points: number };
  /**
   * The owners running in this process (the one-process hub): their exports are asked directly, not
   * over loopback HTTP. An owner not in it is asked at its URL.
   */
  localExports?: LocalExports;
}

/** Headers the owner's answer carries through to the client. */
const PASSED_HEADERS = ['content-type', 'content-disposition', 'last-modified', 'cache-control', 'x-content-type-options'];
/** The shortest row any export has (an area: `11.01,1101,Kabupaten Simeulue,REGENCY,KABUPATEN,11`). */
const MIN_ROW_BYTES = 32;
/** The ETag of the gzip-encoded variant: a different representation, a different tag (RFC 9110). */
const GZIP_TAG = '-gzip';

const STATUS_OF: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
};

export function sendError(response: ServerResponse, status: number, message: string, extensions: Record<string, unknown>): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify({ errors: [{ message, extensions }] }));
}

/**
 * The checks every bulk read passes (exports, the changes feed): a credential (401), export rights
 * (403), and a rate-limit budget (429). Null when refused (the answer is sent).
 */
export async function admitExporter(
  request: IncomingMessage,
  response: ServerResponse,
  options: Pick<ExportRouteOptions, 'context' | 'rateLimiter' | 'budgetOf'>,
): Promise<{ context: Awaited<ReturnType<ExportRouteOptions['context']>>; budget: { key: string; points: number } } | null> {
  let context: Awaited<ReturnType<ExportRouteOptions['context']>>;
  try {
    context = await options.context(request);
  } catch (error) {
    if (!(error instanceof HubError)) throw error;
    sendError(response, STATUS_OF[error.code] ?? 401, error.message, error.extensions);
    return null;
  }
  const refusal = exportRefusal(context.caller);
  if (refusal) {
    sendError(response, STATUS_OF[refusal.code]!, refusal.message, refusal.extensions);
    return null;
  }
  const budget = options.budgetOf(context.caller, request);
  const admission = await options.rateLimiter.admit(budget.key, 0, budget.points);
  for (const [name, value] of Object.entries(admission.headers)) response.setHeader(name, value);
  if (admission.refusal) {
    sendError(response, admission.refusal.status, admission.refusal.error.message, admission.refusal.error.extensions);
    return null;
  }
  return { context, budget };
}

const acceptsGzip = (request: IncomingMessage) =>
  /(^|,)\s*gzip\s*(;\s*q=(?!0(\.0*)?\s*(,|$))[0-9.]+)?\s*(,|$)/i.test(request.headers['accept-encoding'] ?? '');

/** Asks the owner over HTTP (it runs in another process): its answer as the in-process call gives it. */
async function askOverHttp(ownerUrl: string, request: ExportRequest): Promise<LocalExportAnswer> {
  const upstream = http.request(new URL(request.url!, ownerUrl), { method: request.method, headers: request.headers });
  const answer = await new Promise<IncomingMessage>((resolve, reject) => {
    upstream.once('response', resolve).once('error', reject).end();
  });
  let bytes = 0;
  answer.on('data', (chunk: Buffer) => (bytes += chunk.length));
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(answer.headers)) if (typeof value === 'string') headers[name] = value;
  return {
    status: answer.statusCode ?? 502,
    headers,
    get trailers() {
      return answer.trailers as Record<string, string>;
    },
    get bytes() {
      return bytes;
    },
    // pipeline closes both ends when either fails: the owner's COPY stops with its connection.
    sendTo: (destination) => pipeline(answer, destination),
  };
}

/**
 * `GET /export/<dataset>.<format>`: checks who asks (anonymous 401, a key without the export scope
 * 403) and its rate-limit budget, then streams the owning subgraph's file through, gzip-encoded when
 * the client accepts it (asked in process when the owner runs in this one). The export is charged by rows once it is sent (`chargeRows`: one point per `HUB_EXPORT_ROWS_PER_POINT`)
 * (the row count comes as the owner's trailer).
 */
export function exportRoute(options: ExportRouteOptions) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = EXPORT_PATH.exec(url.pathname);
    if (!match || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
    const owner = EXPORT_OWNERS[match[1]!];
    const ownerUrl = owner && options.subgraphUrls[owner];
    if (!ownerUrl) {
      sendError(response, 404, `There is no dataset "${match[1]}": datasets are ${Object.keys(EXPORT_OWNERS).join(', ')}`, {
        code: ErrorCode.NOT_FOUND,
      });
      return true;
    }
    const admitted = await admitExporter(request, response, options);
    if (!admitted) return true;
    const { context, budget } = admitted;
    const { search, positions } = ownerQuery(url.searchParams, owner);
    if (match[2] === 'xlsx') {
      const job = { dataset: match[1]!, owner, ownerUrl, search, positions, callerToken: await context.callerToken() };
      const rows = await sendXlsxExport(request, response, job);
      await options.rateLimiter.chargeRows(budget, rows);
      return true;
    }
    const gzip = acceptsGzip(request);
    const headers: Record<string, string> = { [CALLER_HEADER]: await context.callerToken() };
    for (const name of ['if-none-match', 'if-modified-since'] as const) {
      const value = request.headers[name];
      if (value) headers[name] = name === 'if-none-match' ? value.replaceAll(`${GZIP_TAG}"`, '"') : value;
    }
    const ownerRequest = { method: request.method!, url: `${url.pathname}?${search}`, headers };
    const local = options.localExports?.get(owner);
    const answer = await (local ? local(ownerRequest) : askOverHttp(ownerUrl, ownerRequest)).catch(() => undefined);
    if (!answer) {
      sendError(response, 503, `The ${owner} subgraph, which owns this dataset, is unavailable`, {
        code: ErrorCode.SUBGRAPH_UNAVAILABLE,
        serviceName: owner,
      });
      return true;
    }
    response.statusCode = answer.status;
    for (const name of PASSED_HEADERS) if (answer.headers[name]) response.setHeader(name, answer.headers[name]);
    passChangesCursor(answer.headers, response, positions, owner);
    const etag = answer.headers.etag;
    const encode = gzip && response.statusCode === 200 && request.method === 'GET';
    response.setHeader('vary', 'Accept-Encoding');
    if (etag) response.setHeader('etag', gzip ? etag.replace(/"$/, `${GZIP_TAG}"`) : etag);
    if (encode) response.setHeader('content-encoding', 'gzip');
    try {
      // The owner's bytes go through as they come: no transform, gzip only when asked.
      if (encode) {
        const gzipped = createGzip();
        await Promise.all([answer.sendTo(gzipped), pipeline(gzipped, response)]);
      } else await answer.sendTo(response);
    } catch {
      // The client or the owner went away: both ends are closed (the owner's COPY stops), and a cut
      // connection tells the client its file is incomplete.
      response.destroy();
    }
    // The owner ends a complete export with its row count (a trailer): that is what it costs. One cut
    // short has none: it is charged as if every row were MIN_ROW_BYTES long (shorter than any
    // dataset's rows), so hanging up before the end never makes an export cheaper.
    const trailer = answer.trailers[EXPORT_ROWS_TRAILER];
    const rows = trailer !== undefined ? Number(trailer) : Math.ceil(answer.bytes / MIN_ROW_BYTES);
    if (response.statusCode === 200 && rows > 0) await options.rateLimiter.chargeRows(budget, rows);
    return true;
  };
}
