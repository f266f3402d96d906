import type { EntityManager } from '@mikro-orm/core';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { formatClientError } from './errors.js';
import { callerFromHeaders, createContextFactory, type RequestScope, type SubgraphContext } from './context.js';
import { internalKey } from './caller.js';
import { startHttpServer, type RunningHttpServer } from './http-server.js';
import {
  limitsForRoles,
  queryLimitPolicyFromEnv,
  subgraphQueryLimits,
  uniformLimitPolicy,
  type QueryLimitPolicy,
  type QueryLimits,
} from './limits.js';
import type { Subgraph } from './build-subgraph.js';

export interface SubgraphServerOptions<Services, Loaders> {
  subgraph: Subgraph;
  em: EntityManager;
  scope: RequestScope<Services, Loaders>;
  port: number;
  host?: string;
  /**
   * Defaults to the gateway's limits per role (`queryLimitPolicyFromEnv()`) with room for what query
   * planning adds: checked again at each subgraph, for the caller the gateway's token names.
   */
  limits?: QueryLimits | QueryLimitPolicy;
  /** The secret the gateway signs caller tokens with (`HUB_INTERNAL_SECRET`). */
  internalSecret: string;
}

/** Serves one subgraph over HTTP: per-request context, safe errors, `/health` and `/ready` (database answers). */
export async function startSubgraphServer<Services, Loaders>(
  options: SubgraphServerOptions<Services, Loaders>,
): Promise<RunningHttpServer> {
  const { subgraph, em } = options;
  const apollo = new ApolloServer<SubgraphContext<Services, Loaders>>({
    schema: subgraph.schema,
    formatError: (formatted, error) => formatClientError(formatted, error),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // The gateway does not report usage (telemetry is off), so subgraphs need not build traces.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const key = internalKey(options.internalSecret);
  const contextFor = createContextFactory(em, options.scope, key);
  const policy = !options.limits
    ? queryLimitPolicyFromEnv()
    : 'base' in options.limits
      ? options.limits
      : uniformLimitPolicy(options.limits);
  const baseLimits = subgraphQueryLimits(policy.base);
  return startHttpServer({
    apollo,
    port: options.port,
    host: options.host,
    limits: {
      limits: baseLimits,
      // A request without a valid caller token gets the base limits here and its refusal from the context.
      forRequest: (request) =>
        callerFromHeaders(request.headers, key).then(
          (caller) => subgraphQueryLimits(limitsForRoles(policy, caller.roles)),
          () => baseLimits,
        ),
      schema: () => subgraph.schema,
    },
    context: async (request) => contextFor(request),
    readiness: async () => {
      try {
        await em.getConnection().execute('select 1');
        return { ready: true, checks: { database: 'ok' } };
      } catch (error) {
        // The driver's message can name hosts, users or a connection string: it goes to the log only.
        console.warn(`readiness: the database does not answer: ${(error as Error).message.split('\n')[0]}`);
        return { ready: false, checks: { database: 'unavailable' } };
      }
    },
  });
}
