import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/core';
import type { CallerTokenVerifier } from '../caller.js';
import { callerFromHeaders } from '../context.js';
import { ErrorCode, HubError } from '../errors.js';
import {
  exportConditions,
  exportRefusal,
  parseExportFilters,
  type ExportDataset,
  type ExportValueKind,
} from './export-dataset.js';

/** `GET /export-size/<dataset>?<filters>&atMost=<n>`: how many rows an export would have, and its columns. */
export const EXPORT_SIZE_PATH = /^\/export-size\/([a-z][a-z-]*)$/;

/** What the gateway learns before it streams a file that has a row limit (a spreadsheet). */
export interface ExportSize {
  /** The rows the filters select, counted up to `atMost + 1`: more than `atMost` means "too many". */
  rows: number;
  columns: { name: string; kind: ExportValueKind }[];
}

interface ExportSizeOptions {
  datasets: ExportDataset[];
  em: EntityManager;
  schema: string;
  callerTokens: CallerTokenVerifier;
}

const STATUS_OF: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
};

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('cache-control', 'no-store');
  response.end(JSON.stringify(body));
}

async function measure(
  options: ExportSizeOptions,
  dataset: ExportDataset,
  request: IncomingMessage,
  url: URL,
): Promise<ExportSize> {
  const refusal = exportRefusal(await callerFromHeaders(request.headers, options.callerTokens));
  if (refusal) throw refusal;
  const search = new URLSearchParams(url.searchParams);
  const atMost = Number(search.get('atMost'));
  search.delete('atMost');
  if (!Number.isInteger(atMost) || atMost < 0)
    throw new HubError(ErrorCode.VALIDATION_FAILED, 'atMost is a whole number', { argument: 'atMost' });
  const conditions = exportConditions(dataset, parseExportFilters(dataset, search), `${options.schema}.change_log`);
  const where = conditions.length > 0 ? `where ${conditions.join(' and ')}` : '';
  const [row] = await options.em
    .fork()
    .getConnection()
    .execute<{ rows: number }[]>(
      `select count(*)::int as rows from (select 1 from ${dataset.table} ${dataset.joins ?? ''} ${where} limit ${atMost + 1}) t`,
      [],
      'all',
    );
  return {
    rows: row!.rows,
    columns: dataset.columns.map((column) => ({ name: column.name, kind: column.kind ?? 'string' })),
  };
}

/**
 * Counts an export's rows before it is streamed, with the same filters and rights as the export.
 * The count stops after `atMost + 1` rows: asking "does it fit a sheet?" of a national table reads at
 * most a sheet and a row, never the whole table.
 */
export function exportSizeHandler(options: ExportSizeOptions) {
  const byName = new Map(options.datasets.map((dataset) => [dataset.name, dataset]));
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = EXPORT_SIZE_PATH.exec(url.pathname);
    if (!match || request.method !== 'GET') return false;
    try {
      const dataset = byName.get(match[1]!);
      if (!dataset) throw new HubError(ErrorCode.NOT_FOUND, `This subgraph has no dataset "${match[1]}"`);
      sendJson(response, 200, await measure(options, dataset, request, url));
    } catch (error) {
      if (!(error instanceof HubError)) throw error;
      sendJson(response, STATUS_OF[error.code] ?? 400, { errors: [{ message: error.message, extensions: error.extensions }] });
    }
    return true;
  };
}
