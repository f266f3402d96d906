import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { CHANGE_HORIZON_SQL } from '@housing-hub/database';
import type { CallerTokenVerifier } from '../caller.js';
import { callerFromHeaders } from '../context.js';
import { ErrorCode, HubError } from '../errors.js';
import { exportConditions, exportRefusal, parseExportFilters, sqlLiteral, type ExportDataset } from './export-dataset.js';
import { CONTENT_TYPES, exportFileName, parseExportFormat } from './export-format.js';
import { streamExport } from './export-stream.js';
import type { ExportRequest, ExportResponse } from './local-export.js';

export interface ExportHandlerOptions {
  datasets: ExportDataset[];
  em: EntityManager;
  /** The service's schema, where its `change_log` is. */
  schema: string;
  callerTokens: CallerTokenVerifier;
}

/**
 * The trailer that ends an export with its number of rows: the gateway charges the caller's rate
 * budget by it, and so passes the bytes through untouched (no counting on the way).
 */
export const EXPORT_ROWS_TRAILER = 'x-export-rows';

/** `GET /export/<dataset>.<format>`: the path the gateway routes to the dataset's owner. */
export const EXPORT_PATH = /^\/export\/([a-z][a-z-]*)\.([a-z]+)$/;

const STATUS_OF: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

function sendError(response: ExportResponse, error: HubError): void {
  response.statusCode = STATUS_OF[error.code] ?? 400;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify({ errors: [{ message: error.message, extensions: error.extensions }] }));
}

/** The service's last change (any dataset: one index read) and the dataset's: what ETag and Last-Modified stand for. */
async function versionOf(
  em: EntityManager,
  schema: string,
  dataset: string,
): Promise<{ seq: string; at: Date | null; position: string }> {
  const [row] = await em.getConnection().execute<{ seq: string; at: string | null; position: string }[]>(
    `select (select coalesce(max(seq), 0) from ${schema}.change_log)::text as seq,
        (select max(changed_at) from ${schema}.change_log where dataset = ${sqlLiteral(dataset)})::text as at,
        ${FEED_POSITION_SQL(schema)} as position`,
    [],
    'all',
  );
  return { seq: row!.seq, at: row!.at ? new Date(row!.at) : null, position: row!.position };
}

/**
 * The feed position an export is complete up to: the last change of the transactions older than
 * every one still running (as the changes feed serves them). Each of them is visible to the export,
 * which reads after; any change still to come sorts after it. `updatedSince=<it>` next time misses
 * nothing (a change committed meanwhile may come twice: the row as it is, again).
 */
const FEED_POSITION_SQL = (schema: string) =>
  `coalesce((select xid::text || '.' || seq::text from ${schema}.change_log
     where xid < ${CHANGE_HORIZON_SQL} order by xid desc, seq desc limit 1), '0.0')`;

/** The response header with that position, which the gateway turns into a changes cursor. */
export const CHANGES_POSITION_HEADER = 'x-changes-position';

/** True when the client's copy (its If-None-Match, else its If-Modified-Since) is still this version. */
function isUnchanged(request: ExportRequest, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined)
    return ifNoneMatch.split(',').some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, '')));
  const ifModifiedSince = request.headers['if-modified-since'];
  if (!ifModifiedSince || !lastModified) return false;
  return Math.floor(lastModified.getTime() / 1000) <= Math.floor(Date.parse(ifModifiedSince) / 1000);
}

/**
 * Serves a subgraph's own datasets as files, to the gateway only (the signed caller token), with the
 * same export rights the gateway checked. Unchanged since the client's copy: 304. The same handler
 * answers the gateway in process (`localExport`) when both run in one.
 */
export function exportHandler(options: ExportHandlerOptions) {
  const byName = new Map(options.datasets.map((dataset) => [dataset.name, dataset]));
  const changeLog = `${options.schema}.change_log`;
  return async (request: ExportRequest, response: ExportResponse): Promise<boolean> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = EXPORT_PATH.exec(url.pathname);
    if (!match || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
    try {
      const dataset = byName.get(match[1]!);
      if (!dataset) throw new HubError(ErrorCode.NOT_FOUND, `This subgraph has no dataset "${match[1]}"`);
      const caller = await callerFromHeaders(request.headers, options.callerTokens);
      const refusal = exportRefusal(caller);
      if (refusal) throw refusal;
      const format = parseExportFormat(match[2]!, url.searchParams);
      const filters = parseExportFilters(dataset, url.searchParams);
      const em = options.em.fork();
      const version = await versionOf(em, options.schema, dataset.name);
      const query = [...url.searchParams.entries()].sort(([a], [b]) => a.localeCompare(b));
      const etag = `"${createHash('sha256')
        .update(JSON.stringify([dataset.name, format, query, version.seq]))
        .digest('base64url')
        .slice(0, 32)}"`;
      response.setHeader('etag', etag);
      response.setHeader(CHANGES_POSITION_HEADER, version.position);
      if (version.at) response.setHeader('last-modified', version.at.toUTCString());
      response.setHeader('cache-control', 'private, no-cache');
      if (isUnchanged(request, etag, version.at)) {
        response.statusCode = 304;
        response.end();
        return true;
      }
      response.statusCode = 200;
      response.setHeader('content-type', CONTENT_TYPES[format.name]);
      response.setHeader(
        'content-disposition',
        `attachment; filename="${exportFileName(dataset.name, format.name, url.searchParams)}"`,
      );
      response.setHeader('x-content-type-options', 'nosniff');
      if (request.method === 'HEAD') {
        response.end();
        return true;
      }
      response.setHeader('trailer', EXPORT_ROWS_TRAILER);
      const rows = await streamExport(em, {
        dataset,
        conditions: exportConditions(dataset, filters, changeLog),
        format,
        out: response,
      });
      response.addTrailers({ [EXPORT_ROWS_TRAILER]: String(rows) });
      response.end();
    } catch (error) {
      if (!(error instanceof HubError)) console.error(`export ${url.pathname} failed`, (error as Error).message);
      if (!response.headersSent)
        sendError(
          response,
          error instanceof HubError ? error : new HubError(ErrorCode.INTERNAL_SERVER_ERROR, 'The export failed; try again later'),
        );
      // Mid-stream the status is sent: cutting the connection tells the client the file is incomplete.
      else response.destroy();
    }
    return true;
  };
}
