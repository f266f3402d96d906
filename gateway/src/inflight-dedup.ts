import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { DEADLINE_HEADER } from '@housing-hub/subgraph-kit';

/**
 * Merges identical subgraph query fetches that are in flight at the same time: the first one goes
 * out, the others wait for its answer and each get their own copy. A dashboard shown on many
 * screens asks the same thing at once; without this every copy reaches the subgraph and its database.
 *
 * "Identical" is the same URL, the same headers (so the forwarded caller and any token: callers
 * with different rights are never merged) and the same body (document, variables, operation name).
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
