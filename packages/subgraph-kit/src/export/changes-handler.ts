import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/core';
import { CHANGE_HORIZON_SQL, type TrackedTable } from '@housing-hub/database';
import type { CallerTokenVerifier } from '../caller.js';
import { callerFromHeaders } from '../context.js';
import { ErrorCode, HubError } from '../errors.js';
import { exportRefusal, sqlList, sqlLiteral } from './export-dataset.js';

/** One change of a record, as the feed serves it. */
export interface Change {
  /** Where it stands in this service's feed (`<xid>.<seq>`); the feed is ordered by it. */
  position: string;
  dataset: string;
  operation: 'INSERT' | 'UPDATE' | 'DELETE';
  /** The record's key in its table (`id`, or an area's `code`). */
  key: string;
  /** The row before an update or delete. */
  old: Record<string, unknown> | null;
  /** The row after an update; after an insert, the row as it is now (null once deleted: a later DELETE follows). */
  new: Record<string, unknown> | null;
  changedAt: string;
}

export interface ChangePage {
  changes: Change[];
  /** The position to ask from next time (unchanged when there was nothing new). */
  cursor: string;
  hasMore: boolean;
}

interface ChangeRow {
  position: string;
  dataset: string;
  source_table: string;
  record_key: string;
  operation: Change['operation'];
  old_row: unknown;
  new_row: unknown;
  changed_at: string;
}

export const MAX_CHANGES_PER_PAGE = 10_000;
const POSITION = /^([0-9]{1,20})\.([0-9]{1,20})$/;

/**
 * A page of a service's changes after `since`, oldest first. Only changes of transactions older
 * than every transaction that may still write the log are served (`CHANGE_HORIZON_SQL`), in (xid, seq) order: a
 * change committed later always sorts after everything served, so a client paging while others
 * write never misses one, and never sees one twice.
 */
export async function readChanges(
  em: EntityManager,
  schema: string,
  tracked: TrackedTable[],
  request: { since: string | null; datasets: string[]; first: number },
): Promise<ChangePage> {
  const since = request.since ?? '0.0';
  const position = POSITION.exec(since);
  if (!position) throw new HubError(ErrorCode.INVALID_CURSOR, 'since is a cursor this feed gave', { argument: 'since' });
  const connection = em.getConnection();
  const rows: ChangeRow[] = await connection.execute<ChangeRow[]>(
    `select c.xid::text || '.' || c.seq::text as position, c.dataset, c.source_table, c.record_key, c.operation,
            c.old_row, c.new_row, to_char(c.changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as changed_at
     from ${schema}.change_log c
     where (c.xid, c.seq) > (${sqlLiteral(position[1]!)}::xid8, ${Number(position[2])})
       and c.xid < ${CHANGE_HORIZON_SQL}
       and c.dataset in (${sqlList(request.datasets)})
     order by c.xid, c.seq
     limit ${request.first + 1}`,
    [],
    'all',
  );
  const page = rows.slice(0, request.first);
  // Inserts log only their key: the row is read as it is now (a later change of it follows in the feed).
  const current = new Map<string, unknown>();
  for (const table of tracked) {
    const keys = [
      ...new Set(
        page.filter((row) => row.operation === 'INSERT' && row.source_table === table.table).map((row) => row.record_key),
      ),
    ];
    for (let at = 0; at < keys.length; at += 1_000) {
      const found: { k: string; r: unknown }[] = await connection.execute<{ k: string; r: unknown }[]>(
        `select (t.${table.keyColumn})::text as k, to_jsonb(t) as r from ${schema}.${table.table} t
         where t.${table.keyColumn} in (${sqlList(keys.slice(at, at + 1_000))})`,
        [],
        'all',
      );
      for (const row of found) current.set(`${table.table}/${row.k}`, row.r);
    }
  }
  const json = (value: unknown) =>
    (typeof value === 'string' ? JSON.parse(value) : (value ?? null)) as Record<string, unknown> | null;
  return {
    changes: page.map((row) => ({
      position: row.position,
      dataset: row.dataset,
      operation: row.operation,
      key: row.record_key,
      old: json(row.old_row),
      new: row.operation === 'INSERT' ? json(current.get(`${row.source_table}/${row.record_key}`)) : json(row.new_row),
      changedAt: row.changed_at,
    })),
    cursor: page.length > 0 ? page[page.length - 1]!.position : since,
    hasMore: rows.length > request.first,
  };
}

/** `GET /changes?since=&datasets=&first=`: a service's own change feed, for the gateway only, with export rights. */
export function changesHandler(options: {
  em: EntityManager;
  schema: string;
  tracked: TrackedTable[];
  callerTokens: CallerTokenVerifier;
}) {
  const datasets = [...new Set(options.tracked.map((table) => table.dataset))];
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/changes' || request.method !== 'GET') return false;
    let status = 200;
    let body: unknown;
    try {
      const caller = await callerFromHeaders(request.headers, options.callerTokens);
      const refusal = exportRefusal(caller);
      if (refusal) throw refusal;
      const asked = url.searchParams.get('datasets')?.split(',').filter(Boolean) ?? datasets;
      const unknown = asked.filter((name) => !datasets.includes(name));
      if (unknown.length > 0)
        throw new HubError(ErrorCode.VALIDATION_FAILED, `This service's datasets are ${datasets.join(', ')}`, {
          argument: 'datasets',
          value: unknown,
        });
      const first = Number(url.searchParams.get('first') ?? 1_000);
      if (!Number.isInteger(first) || first < 1 || first > MAX_CHANGES_PER_PAGE)
        throw new HubError(ErrorCode.INVALID_PAGE_SIZE, `first is 1 to ${MAX_CHANGES_PER_PAGE}`, { argument: 'first' });
      body = await readChanges(options.em.fork(), options.schema, options.tracked, {
        since: url.searchParams.get('since'),
        datasets: asked,
        first,
      });
    } catch (error) {
      if (!(error instanceof HubError)) throw error;
      status = error.code === ErrorCode.UNAUTHENTICATED ? 401 : error.code === ErrorCode.FORBIDDEN ? 403 : 400;
      body = { errors: [{ message: error.message, extensions: error.extensions }] };
    }
    response.statusCode = status;
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.setHeader('cache-control', 'no-store');
    response.end(JSON.stringify(body));
    return true;
  };
}
