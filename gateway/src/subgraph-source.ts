import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ErrorCode, SERVED_ROWS_HEADER } from '@housing-hub/subgraph-kit';
import type { GatewayContext } from './gateway.js';

/**
 * The gateway's subgraph data source: fetches through the lean keep-alive client (subgraph-client.ts,
 * with its timeouts) and keeps a subgraph's client errors (4xx with a code) as they are, instead of
 * turning them into INTERNAL_SERVER_ERROR.
 */
export class BoundedSubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** Adds the bulk rows a subgraph says it served (`x-served-rows`) to the request's count, which the caller is charged for. */
  override didReceiveResponse({
    response,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    const rows = Number(response.http?.headers.get(SERVED_ROWS_HEADER) ?? 0);
    if (rows > 0 && context.servedRows) context.servedRows.count += rows;
    return response;
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
