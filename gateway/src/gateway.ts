import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import {
  ANONYMOUS,
  CALLER_HEADER,
  ErrorCode,
  formatClientError,
  internalKey,
  queryLimitsFromEnv,
  signCallerToken,
  type QueryLimits,
  startHttpServer,
  type Caller,
  type RunningHttpServer,
} from '@housing-hub/subgraph-kit';
import { deduplicateInflight } from './inflight-dedup.js';
import { createSubgraphClient, subgraphClientOptionsFromEnv, type SubgraphClientOptions } from './subgraph-client.js';
import { BoundedSubgraphSource } from './subgraph-source.js';
import { outagePathsPlugin } from './outage-paths.js';
import { createRateLimiter, rateLimitKey, rateLimitSettingsFromEnv, type RateLimitSettings } from './rate-limit.js';
import { createAuthenticator, type ApiKeyLookup, type IdentityProvider } from './access/authenticate.js';
import { fieldRightsPlugin, supergraphForPlanner } from './access/field-rights.js';
import { API_KEY_OWNER, ApiKeyCache } from './access/api-keys.js';
import { staticSite } from './static-site.js';
import { exportRoute } from './export/export-route.js';
import { changesRoute } from './export/changes-route.js';
import { catalogueRoute } from './export/catalogue-route.js';

export interface GatewayOptions {
  /** The composed supergraph; defaults to the committed `schema/supergraph.graphql`. */
  supergraphSdl?: string;
  /** Subgraph URLs by name, overriding the ones composed into the supergraph. */
  subgraphUrls?: Record<string, string>;
  port: number;
  host?: string;
  /** Timeouts and connections of the subgraph client; default from the environment. */
  subgraphClient?: SubgraphClientOptions;
  /** Merge identical subgraph queries in flight at once (`GATEWAY_DEDUPLICATE_FETCHES`, default true). */
  deduplicateFetches?: boolean;
  /** Defaults to `queryLimitsFromEnv()`. */
  limits?: QueryLimits;
  /** Defaults to `rateLimitSettingsFromEnv()`. */
  rateLimit?: RateLimitSettings;
  access: GatewayAccessOptions;
  /** The built dashboard (index.html, explorer.html, assets/); defaults to dashboard/dist. */
  dashboardDir?: string;
}

export interface GatewayAccessOptions {
  /** Who signs staff tokens: the embedded hub's own key, or an identity provider (JWKS). */
  identity: IdentityProvider;
  /** Signs the caller tokens subgraphs trust (`HUB_INTERNAL_SECRET`). */
  internalSecret: string;
  /** Partner API keys; default: held in memory, refreshed every 2 s from the subgraph that owns them. */
  apiKeys?: ApiKeyLookup;
}

/**
 * The per-request context of the gateway. Add per-request things here and in `contextFor` below
 * (limits and rate limits key on `caller`).
 */
export interface GatewayContext {
  caller: Caller;
  /** The caller token for subgraph fetches, signed once per request on first use. */
  callerToken(): Promise<string>;
}

export const DEFAULT_SUPERGRAPH_PATH = new URL('../../schema/supergraph.graphql', import.meta.url);

export async function readSupergraph(
  path: string | URL = process.env.HUB_SUPERGRAPH_PATH ?? DEFAULT_SUPERGRAPH_PATH,
): Promise<string> {
  return readFile(path, 'utf8');
}

/** `REGIONS_URL`, `PROGRAMS_URL`, `MEETINGS_URL`: where each subgraph runs, when not at its default. */
export function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^([A-Z]+)_URL$/.exec(key);
    if (match && value && key !== 'DATABASE_URL' && key !== 'TEST_DATABASE_URL') urls[match[1]!.toLowerCase()] = value;
  }
  return urls;
}

function subgraphUrlsOf(supergraphSdl: string, overrides: Record<string, string>): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) {
    urls[match[1]!] = overrides[match[1]!] ?? match[2]!;
  }
  return urls;
}

/**
 * A subgraph the gateway cannot reach (connection refused, timeout) is named in a stable
 * SUBGRAPH_UNAVAILABLE error instead of an anonymous internal error; everything else goes
 * through the shared client formatting.
 */
export function formatGatewayError(subgraphUrls: Record<string, string>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = (error as { originalError?: unknown })?.originalError ?? error;
    const message = (cause as Error | undefined)?.message ?? '';
    if ((cause as Error | undefined)?.name === 'FetchError' || /^request to \S+ failed/.test(message)) {
      const url = /^(?:request to (\S+) failed|network timeout at: (\S+))/.exec(message)?.slice(1).find(Boolean);
      const serviceName = Object.entries(subgraphUrls).find(([, subgraphUrl]) => subgraphUrl === url)?.[0] ?? 'unknown';
      console.warn(`SUBGRAPH_UNAVAILABLE ${serviceName}: ${message.split('\n')[0]}`);
      return {
        message: `The ${serviceName} subgraph is unavailable; the parts of the answer it owns are missing`,
        path: formatted.path,
        extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName },
      };
    }
    return formatClientError(formatted, error);
  };
}

/** Drops graphql-js's field suggestions ("Did you mean ...?"), which let a stranger map the schema. */
export function withoutSuggestions(format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    return { ...result, message: result.message.replace(/ Did you mean .*\?$/, '') };
  };
}

/**
 * The Apollo gateway over the committed supergraph: it starts even while a subgraph is down (the
 * schema is a file, not introspected) and answers with partial data and an error for what is missing.
 */
export async function startGateway(
  options: GatewayOptions,
): Promise<RunningHttpServer & { subgraphUrls: Record<string, string> }> {
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  const supergraphSdl = options.supergraphSdl ?? (await readSupergraph());
  const subgraphUrls = subgraphUrlsOf(supergraphSdl, options.subgraphUrls ?? {});
  const client = createSubgraphClient(options.subgraphClient ?? subgraphClientOptionsFromEnv());
  const deduplicate = options.deduplicateFetches ?? process.env.GATEWAY_DEDUPLICATE_FETCHES !== 'false';
  const fetcher = deduplicate ? deduplicateInflight(client.fetch) : client.fetch;
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphForPlanner(supergraphSdl),
    buildService: ({ name, url }) =>
      new BoundedSubgraphSource({
        url: subgraphUrls[name] ?? url,
        fetcher,
        async willSendRequest({ request, context }) {
          // Health checks of the gateway itself have no request context: they carry no caller.
          if (context?.callerToken) request.http?.headers.set(CALLER_HEADER, await context.callerToken());
        },
      }),
  });
  const production = process.env.NODE_ENV === 'production';
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: loaded }) => (apiSchema = loaded));
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: production ? withoutSuggestions(formatGatewayError(subgraphUrls)) : formatGatewayError(subgraphUrls),
    includeStacktraceInErrorResponses: false,
    // In production the public gets neither introspection nor "Did you mean ...?" hints (schema discovery).
    introspection: !production,
    // No Apollo landing page (it loads Sandbox from a CDN): browsers get the bundled explorer instead.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      fieldRightsPlugin<GatewayContext>(supergraphSdl),
      outagePathsPlugin(supergraphSdl),
    ],
  });
  const signingKey = internalKey(options.access.internalSecret);
  let apiKeyCache: ApiKeyCache | undefined;
  if (!options.access.apiKeys && subgraphUrls[API_KEY_OWNER]) {
    apiKeyCache = new ApiKeyCache(subgraphUrls[API_KEY_OWNER], signingKey);
    await apiKeyCache.start();
  }
  const authenticator = createAuthenticator(options.access.identity, options.access.apiKeys ?? apiKeyCache?.lookup);
  // One authentication per request, shared by the rate limiter (which runs first) and Apollo's context.
  const contexts = new WeakMap<IncomingMessage, Promise<GatewayContext>>();
  const contextFor = (request: IncomingMessage): Promise<GatewayContext> => {
    let context = contexts.get(request);
    if (!context) {
      context = authenticator.authenticate(request.headers).then((caller) => {
        let token: Promise<string> | undefined;
        return { caller, callerToken: () => (token ??= signCallerToken(caller, signingKey)) };
      });
      contexts.set(request, context);
    }
    return context;
  };
  const rateLimitSettings = options.rateLimit ?? rateLimitSettingsFromEnv();
  const rateLimiter = await createRateLimiter(rateLimitSettings);
  const admit = async (request: IncomingMessage, cost: number) => {
    // A rejected credential spends its client address's budget (Apollo then reports the rejection).
    const caller = await contextFor(request).then(
      (context) => context.caller,
      () => ANONYMOUS,
    );
    return rateLimiter.admit(rateLimitKey(caller, request), cost);
  };
  const bulkReads = {
    subgraphUrls,
    context: contextFor,
    rateLimiter,
    rateLimitKey,
    rowsPerPoint: rateLimitSettings.exportRowsPerPoint ?? 1000,
  };
  const exports = exportRoute(bulkReads);
  const changes = changesRoute(bulkReads);
  const catalogue = catalogueRoute({
    subgraphUrls,
    publicUrl: process.env.HUB_PUBLIC_URL,
    license: process.env.HUB_DATA_LICENSE,
  });
  const site = staticSite(options.dashboardDir);
  const server = await startHttpServer({
    apollo,
    port: options.port,
    host: options.host,
    handleRequest: async (request, response) =>
      (await exports(request, response)) ||
      (await changes(request, response)) ||
      (await catalogue(request, response)) ||
      site(request, response),
    limits: { limits: options.limits ?? queryLimitsFromEnv(), schema: () => apiSchema },
    context: contextFor,
    admit,
    readiness: async () => {
      const checks: Record<string, string> = {};
      await Promise.all(
        Object.entries(subgraphUrls).map(async ([name, url]) => {
          try {
            const response = await client.fetch(new URL('/ready', url).href, { signal: AbortSignal.timeout(2_000) });
            checks[name] = response.ok ? 'ok' : `HTTP ${response.status}`;
          } catch {
            checks[name] = 'unreachable'; // the cause (with its URL) is not for the public
          }
        }),
      );
      return { ready: Object.values(checks).every((status) => status === 'ok'), checks };
    },
  });
  return {
    ...server,
    subgraphUrls,
    async close() {
      apiKeyCache?.stop();
      await server.close();
      client.close();
      await rateLimiter.close();
    },
  };
}
