import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  decodeFeedCursor,
  encodeFeedCursor,
  ErrorCode,
  MAX_CHANGES_PER_PAGE,
  type Change,
  type ChangePage,
} from '@housing-hub/subgraph-kit';
import { admitExporter, EXPORT_OWNERS, sendError, type ExportRouteOptions } from './export-route.js';

/** The order services are read in: a page fills from the first that has changes, then the next. */
const SERVICES = [...new Set(Object.values(EXPORT_OWNERS))];

/**
 * `GET /changes?since=<cursor>&datasets=need,realization&first=1000`: every insert, update (old and
 * new row) and delete (tombstone) since the cursor, as JSON, with the next cursor. Each service keeps
 * its own ordered feed; the cursor carries a position per service, so nothing is missed or repeated.
 * Same rights as exports; the changes served count toward the rate limit like exported rows.
 */
export function changesRoute(options: ExportRouteOptions) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/changes' || request.method !== 'GET') return false;
    // The cursor is the graph's too (`changes(since:)`): a partner may switch between the two.
    const positions = decodeFeedCursor(url.searchParams.get('since'));
    if (!positions) {
      sendError(response, 400, 'since is a cursor this feed gave', { code: ErrorCode.INVALID_CURSOR });
      return true;
    }
    const datasets = url.searchParams.get('datasets')?.split(',').filter(Boolean) ?? Object.keys(EXPORT_OWNERS);
    const unknown = datasets.filter((name) => !EXPORT_OWNERS[name]);
    if (unknown.length > 0) {
      sendError(response, 400, `Unknown datasets ${unknown.join(', ')}: datasets are ${Object.keys(EXPORT_OWNERS).join(', ')}`, {
        code: ErrorCode.VALIDATION_FAILED,
        argument: 'datasets',
      });
      return true;
    }
    const first = Number(url.searchParams.get('first') ?? 1_000);
    if (!Number.isInteger(first) || first < 1 || first > MAX_CHANGES_PER_PAGE) {
      sendError(response, 400, `first is 1 to ${MAX_CHANGES_PER_PAGE}`, { code: ErrorCode.INVALID_PAGE_SIZE });
      return true;
    }
    const admitted = await admitExporter(request, response, options);
    if (!admitted) return true;
    const token = await admitted.context.callerToken();
    const changes: Change[] = [];
    let hasMore = false;
    for (const service of SERVICES) {
      const owned = datasets.filter((name) => EXPORT_OWNERS[name] === service);
      if (owned.length === 0) continue;
      const remaining = first - changes.length;
      if (remaining === 0) {
        hasMore = true;
        break;
      }
      const search = new URLSearchParams({ datasets: owned.join(','), first: String(remaining) });
      if (positions[service]) search.set('since', positions[service]);
      let answer: Response;
      try {
        answer = await fetch(new URL(`/changes?${search}`, options.subgraphUrls[service]), {
          headers: { 'x-hub-caller': token },
        });
      } catch {
        // A service that is down holds its own position: the others' changes are still served.
        hasMore = true;
        continue;
      }
      const body = (await answer.json()) as ChangePage & { errors?: { message: string; extensions: Record<string, unknown> }[] };
      if (!answer.ok) {
        const error = body.errors?.[0];
        sendError(response, answer.status, error?.message ?? 'The changes feed failed', error?.extensions ?? {});
        return true;
      }
      changes.push(...body.changes);
      positions[service] = body.cursor;
      if (body.hasMore) hasMore = true;
    }
    await options.rateLimiter.chargeRows(admitted.budget, changes.length);
    response.statusCode = 200;
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.setHeader('cache-control', 'no-store');
    response.end(JSON.stringify({ changes, cursor: encodeFeedCursor(positions), hasMore }));
    return true;
  };
}
