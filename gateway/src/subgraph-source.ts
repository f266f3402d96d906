import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ErrorCode, SERVED_ROWS_HEADER } from '@housing-hub/subgraph-kit';
import type { GatewayContext } from './gateway.js';
import { PlainHeaders } from './subgraph-client.js';

type CacheHint = { maxAge: number; scope?: 'PUBLIC' | 'PRIVATE' };

/** Subgraphs send a handful of distinct `cache-control` values: each is read once. */
const cacheHints = new Map<string | null, Readonly<CacheHint>>();

/** The hint of a subgraph answer's `cache-control` (`max-age=N, public`, `no-store`), read as Apollo's data source reads it. */
function cacheHintOf(header: string | null): Readonly<CacheHint> {
  let hint = cacheHints.get(header);
  if (!hint) {
    if (cacheHints.size >= 100) cacheHints.clear();
    hint = Object.freeze(readCacheHint(header));
    cacheHints.set(header, hint);
  }
  return hint;
}

function readCacheHint(header: string | null): CacheHint {
  const hint: CacheHint = { maxAge: 0 };
  for (const directive of header?.split(',') ?? []) {
    const [name, value] = directive
      .trim()
      .split('=', 2)
      .map((part) => part.trim());
    if (name === 'max-age' && value && /^[0-9]+$/.test(value)) hint.maxAge = Number(value);
    if (name === 'private') hint.scope = 'PRIVATE';
    if (name === 'public') hint.scope = 'PUBLIC';
  }
  return hint;
}

/**
 * The gateway's subgraph data source: fetches through the lean keep-alive client (subgraph-client.ts,
 * with its timeouts) and keeps a subgraph's client errors (4xx with a code) as they are, instead of
 * turning them into INTERNAL_SERVER_ERROR.
 *
 * `process` does what `RemoteGraphQLDataSource.process` does for this gateway (no automatic persisted
 * queries, no `didReceiveResponse`), without the node-fetch `Headers` and `Request` it builds for every
 * fetch only to hand them to hooks this gateway does not use: they were a tenth of the gateway's CPU
 * on a small query.
 */
export class BoundedSubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource['process']> {
    const { request } = options;
    const headers = new PlainHeaders(request.http?.headers);
    headers.set('content-type', 'application/json');
    request.http = { method: 'POST', url: this.url, headers };
    await this.willSendRequest?.(options);
    if (!request.query) throw new Error('Missing query');
    const { http, ...payload } = request;
    const response = await this.fetcher(http.url, {
      method: http.method,
      headers: Object.fromEntries(http.headers),
      body: JSON.stringify(payload),
    });
    if (!response.ok) throw await this.errorFromResponse(response);
    const body = await this.parseBody(response);
    if (typeof body !== 'object' || body === null) throw new Error(`Expected JSON response body, but received: ${body}`);
    // The subgraph's cache-control restricts the whole answer's policy (which the response cache reads).
    const policy = 'incomingRequestContext' in options ? options.incomingRequestContext.overallCachePolicy : undefined;
    if (this.honorSubgraphCacheControlHeader && policy && 'restrict' in policy)
      policy.restrict(cacheHintOf(response.headers.get('cache-control')));
    // The bulk rows a subgraph says it served (`x-served-rows`) add to the request's count, which the caller is charged for.
    const servedRows = Number(response.headers.get(SERVED_ROWS_HEADER) ?? 0);
    if (servedRows > 0 && options.context?.servedRows) options.context.servedRows.count += servedRows;
    return { ...body, http: response };
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => undefined)) as
      | { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] }
      | undefined;
    const first = body?.errors?.[0];
    const code = first?.extensions?.code;
    const keep = response.status < 500 || code === ErrorCode.DEADLINE_EXCEEDED;
    if (keep && typeof code === 'string' && typeof first?.message === 'string') {
      const { stacktrace: _stacktrace, ...extensions } = first.extensions ?? {};
      const more = body!.errors!.length - 1;
      return new GraphQLError(more > 0 ? `${first.message} (and ${more} more)` : first.message, {
        extensions: { ...extensions, code },
      });
    }
    return super.errorFromResponse(response);
  }
}
