import type { EntityManager } from '@mikro-orm/core';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { cacheHeaderPlugin } from './cache-hints.js';
import { servedRowsHeaderPlugin } from './served-rows.js';
import { formatClientError } from './errors.js';
import { callerFromHeaders, createContextFactory, type RequestScope, type SubgraphContext } from './context.js';
import { CallerTokenVerifier, internalKey } from './caller.js';
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
import type { ExportDataset } from './export/export-dataset.js';
import { exportHandler } from './export/export-handler.js';
import { localExport, type LocalExport } from './export/local-export.js';
import { changesHandler } from './export/changes-handler.js';
import { catalogueHandler } from './export/catalogue-handler.js';
import { exportSizeHandler } from './export/export-size.js';
import type { TrackedTable } from '@housing-hub/database';

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
  /** Served at `GET /data-version` for the gateway's response cache (see `installDataVersion`). */
  dataVersion?: () => Promise<string>;
  /** The datasets it serves as files at `/export/<name>.<format>` (to the gateway), from its `schema`'s tables. */
  exports?: { schema: string; datasets: ExportDataset[]; changeLog: TrackedTable[] };
}

/** How long an answer may be kept when nothing in it says otherwise: a day (the data version, not age, invalidates it). */
const CACHEABLE_SECONDS = 86_400;

/**
 * Serves one subgraph over HTTP: per-request context, safe errors, `/health` and `/ready` (database
 * answers). Its exports are also callable in process (`localExport`), for a gateway in the same one.
 */
export async function startSubgraphServer<Services, Loaders>(
  options: SubgraphServerOptions<Services, Loaders>,
): Promise<RunningHttpServer & { localExport?: LocalExport }> {
  const { subgraph, em } = options;
  const apollo = new ApolloServer<SubgraphContext<Services, Loaders>>({
    schema: subgraph.schema,
    formatError: (formatted, error) => formatClientError(formatted, error),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // The gateway reads answers, not people: compact JSON (Apollo's default indents it, which took
    // longer than resolving a large answer).
    stringifyResult: (result) => JSON.stringify(result),
    // The gateway does not report usage (telemetry is off), so subgraphs need not build traces.
    // Answers are cacheable by default (the gateway's response cache invalidates them by data version);
    // a field marked `@NeverCache()` makes the answer `no-store`, which the gateway honours. Apollo's
    // cacheControl plugin (installed unless disabled) hooks every field: `cacheHeaderPlugin` does not.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      cacheHeaderPlugin(CACHEABLE_SECONDS),
      // Bulk rows served (a `changes` page): the gateway charges them to the caller's rate budget.
      servedRowsHeaderPlugin(),
    ],
  });
  // One verifier for the GraphQL context, the limits and the file routes: a token is checked once.
  const callerTokens = new CallerTokenVerifier(internalKey(options.internalSecret));
  const contextFor = createContextFactory(em, options.scope, callerTokens);
  const policy = !options.limits
    ? queryLimitPolicyFromEnv()
    : 'base' in options.limits
      ? options.limits
      : uniformLimitPolicy(options.limits);
  const baseLimits = subgraphQueryLimits(policy.base);
  const exports = options.exports && exportHandler({ ...options.exports, em, callerTokens });
  const changes =
    options.exports && changesHandler({ em, schema: options.exports.schema, tracked: options.exports.changeLog, callerTokens });
  const catalogue = options.exports && catalogueHandler({ em, datasets: options.exports.datasets });
  const size = options.exports && exportSizeHandler({ ...options.exports, em, callerTokens });
  const server = await startHttpServer({
    apollo,
    handleRequest:
      exports &&
      changes &&
      catalogue &&
      size &&
      (async (request, response) =>
        (await exports(request, response)) ||
        (await changes(request, response)) ||
        (await size(request, response)) ||
        catalogue(request, response)),
    port: options.port,
    host: options.host,
    limits: {
      limits: baseLimits,
      // A request without a valid caller token gets the base limits here and its refusal from the context.
      forRequest: (request) =>
        callerFromHeaders(request.headers, callerTokens).then(
          (caller) => subgraphQueryLimits(limitsForRoles(policy, caller.roles)),
          () => baseLimits,
        ),
      schema: () => subgraph.schema,
    },
    context: async (request) => contextFor(request),
    dataVersion: options.dataVersion,
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
  return { ...server, localExport: exports && localExport(exports) };
}
