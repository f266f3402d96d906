import type { Fetcher, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { decodeJwt } from 'jose';
import { CALLER_HEADER, DEADLINE_HEADER } from '@housing-hub/subgraph-kit';
import { DEADLINE_HEADER } from '@housing-hub/subgraph-kit';

/**
 * Merges identical subgraph query fetches that are in flight at the same time: the first one goes
 * out, the others wait for its answer and each get their own copy. A dashboard shown on many
 * screens asks the same thing at once; without this every copy reaches the subgraph and its database.
 *
 * "Identical" is the same URL, the same headers (so the forwarded caller and any token: callers
 * with different rights are never merged) and the same body (document, variables, operation name).
 * Two headers differ between requests that ask the same thing and are left out of the comparison:
 * the request's own deadline, and the times inside the caller token (see `headersKey`).
 * Only a body that is certainly a query is merged: a mutation, or anything not recognised, is sent
 * as it is, every time. Nothing is kept once the answer arrives: this is not a cache.
 */
export function deduplicateInflight(fetcher: Fetcher): Fetcher {
  const inflight = new Map<string, Promise<FetcherResponse>>();
  return (url, init) => {
    const body = init?.body;
    if ((init?.method ?? 'GET') !== 'POST' || typeof body !== 'string' || !isQueryBody(body)) return fetcher(url, init);
    // The deadline differs from request to request: the first one's bounds the merged fetch.
    const { [DEADLINE_HEADER]: _deadline, ...headers } = (init?.headers ?? {}) as Record<string, string>;
    const key = `${url}\n${JSON.stringify(headers)}\n${body}`;
    const pending = inflight.get(key);
    if (pending) return pending.then((response) => response.clone());
    const fetched = fetcher(url, init);
    inflight.set(key, fetched);
    const forget = () => inflight.delete(key);
    fetched.then(forget, forget);
    // The first caller gets a copy too, so that no reader consumes the body the others read.
    return fetched.then((response) => response.clone());
  };
}

/**
 * The data source posts `{"query":"<document>",...}`; the planner prints a subgraph query as
 * `query Name...` or `{...}` and a mutation as `mutation ...`.
 */
function isQueryBody(body: string): boolean {
  return /^\{"query":"(?:query\b|\{)/.test(body);
}

/**
 * The headers as they decide who asks: the caller token by its claims without `iat`/`exp` (it is
 * signed per request, so two requests of one caller a second apart carry different tokens), and
 * without the deadline header (each request has its own; the merged ones share the first's).
 */
function headersKey(headers: FetcherRequestInit['headers']): string {
  const entries = Object.entries(headers ?? {})
    .filter(([name]) => name.toLowerCase() !== DEADLINE_HEADER)
    .map(([name, value]) => [name.toLowerCase(), name.toLowerCase() === CALLER_HEADER ? callerClaims(value) : value]);
  return JSON.stringify(entries.sort(([a], [b]) => (a! < b! ? -1 : 1)));
}

function callerClaims(token: string): string {
  try {
    const { iat: _issuedAt, exp: _expires, ...claims } = decodeJwt(token);
    return JSON.stringify(claims);
  } catch {
    return token; // not a token we signed: compared as it is
  }
}
