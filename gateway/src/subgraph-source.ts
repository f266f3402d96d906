import { RemoteGraphQLDataSource } from '@apollo/gateway';
import makeFetchHappen from 'make-fetch-happen';
import { GraphQLError } from 'graphql';
import { positiveIntegerFromEnv } from '@housing-hub/subgraph-kit';
import type { GatewayContext } from './gateway.js';

/** How long and how much the gateway waits for one subgraph fetch. */
export interface SubgraphFetchLimits {
  /** `HUB_SUBGRAPH_TIMEOUT_MS`, default 30 s (as Apollo Router; Apollo Gateway has none). */
  timeoutMs: number;
}

export function subgraphFetchLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): SubgraphFetchLimits {
  const positive = (name: string, fallback: number) => positiveIntegerFromEnv(env, name, fallback);
  return {
    timeoutMs: positive('HUB_SUBGRAPH_TIMEOUT_MS', 30_000),
  };
}

/**
 * A subgraph fetch that is bounded in time (connections kept alive by make-fetch-happen's agent;
 * each subgraph caps the size of its own answers) and that keeps a subgraph's refusal a client error: a subgraph answers
 * a bad variable or an invalid scalar with HTTP 400, which Apollo Gateway would turn into an
 * anonymous "400: Bad Request", reported as INTERNAL_SERVER_ERROR.
 */
export class BoundedSubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0] & { limits: SubgraphFetchLimits }) {
    const { limits, ...rest } = config;
    super({
      ...rest,
      fetcher: makeFetchHappen.defaults({ maxSockets: 64, retry: false, timeout: limits.timeoutMs }),
    });
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => undefined)) as { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] } | undefined;
    const first = body?.errors?.[0];
    const code = first?.extensions?.code;
    if (response.status < 500 && typeof code === 'string' && typeof first?.message === 'string') {
      const { stacktrace: _stacktrace, ...extensions } = first.extensions ?? {};
      const more = body!.errors!.length - 1;
      return new GraphQLError(more > 0 ? `${first.message} (and ${more} more)` : first.message, { extensions: { ...extensions, code } });
    }
    return super.errorFromResponse(response);
  }
}
