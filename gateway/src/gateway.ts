import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import {
  ANONYMOUS,
  CALLER_HEADER,
  DEADLINE_HEADER,
  CALLER_TOKEN_TTL_SECONDS,
  ErrorCode,
  formatClientError,
  internalKey,
  limitsForRoles,
  queryLimitPolicyFromEnv,
  requestDeadline,
  signCallerToken,
  uniformLimitPolicy,
  type QueryLimitPolicy,
  type QueryLimits,
  startHttpServer,
  type Caller,
  type LocalExports,
  type RunningHttpServer,
} from '@housing-hub/subgraph-kit';
import { deduplicateInflight } from './inflight-dedup.js';
import { createSubgraphClient, subgraphClientOptionsFromEnv, type SubgraphClientOptions } from './subgraph-client.js';
import { BoundedSubgraphSource } from './subgraph-source.js';
import { outagePathsPlugin } from './outage-paths.js';
import {
  createRateLimiter,
  pointsFor,
  rateLimitKey,
  rateLimitSettingsFromEnv,
  servedRowsChargePlugin,
  trustedProxiesFromEnv,
  type RateLimitSettings,
  type TrustedProxies,
} from './rate-limit.js';
import { createAuthenticator, type ApiKeyLookup, type IdentityProvider } from './access/authenticate.js';
import { fieldRightsPlugin, supergraphForPlanner } from './access/field-rights.js';
import { API_KEY_OWNER, ApiKeyCache } from './access/api-keys.js';
import { staticSite } from './static-site.js';
import { DataVersions } from './response-cache/data-versions.js';
import {
  createResponseStore,
  responseCachePlugin,
  responseCacheSettingsFromEnv,
  type ResponseCacheSettings,
} from './response-cache/response-cache.js';
import { exportRoute } from './export/export-route.js';
import { changesRoute } from './export/changes-route.js';
import { catalogueRoute } from './export/catalogue-route.js';

export interface GatewayOptions {
  /** The composed supergraph; defaults to the committed `schema/supergraph.graphql`. */
  supergraphSdl?: string;
  /** Subgraph URLs by name, overriding the ones composed into the supergraph. */
  subgraphUrls?: Record<string, string>;
  /** The subgraphs in this process, whose exports are asked directly (the one-process hub); others over HTTP. */
  localExports?: LocalExports;
  port: number;
  host?: string;
  /** Timeouts and connections of the subgraph client; default from the environment. */
  subgraphClient?: SubgraphClientOptions;
  /** Merge identical subgraph queries in flight at once (`GATEWAY_DEDUPLICATE_FETCHES`, default true). */
  deduplicateFetches?: boolean;
  /** Limits per role; defaults to `queryLimitPolicyFromEnv()`. Plain limits apply to every caller alike. */
  limits?: QueryLimits | QueryLimitPolicy;
  /** Whole answers of queries, never stale; defaults to `responseCacheSettingsFromEnv()` (on, in memory). */
  responseCache?: ResponseCacheSettings;
  /** Defaults to `rateLimitSettingsFromEnv()`. */
  rateLimit?: RateLimitSettings;
  /** How long one query may take (`HUB_REQUEST_DEADLINE_MS`, default 30 s). */
  deadlineMs?: number;
  /** Whose `X-Forwarded-For` names the client (per-address rate limits); defaults to `HUB_TRUSTED_PROXIES`. */
  trustedProxies?: TrustedProxies;
  access: GatewayAccessOptions;
  /** The built dashboard (index.html, explorer.html, assets/); defaults to dashboard/dist. */
  dashboardDir?: string;
  /**
   * Introspection and "Did you mean ...?" suggestions (`HUB_INTROSPECTION`, default true: the schema is
   * public, committed and documented, and the bundled explorer reads it by introspection). Not tied to
   * `NODE_ENV`, which `npm start` sets to production for speed.
   */
  introspection?: boolean;
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
  /** The query's deadline (epoch ms), passed on to the subgraphs; none for a mutation. */
  deadline(): number | undefined;
  /** The subgraphs this request fetched from (the response cache checks their data versions). */
  subgraphsRead: Set<string>;
  /** Bulk rows the subgraphs served (a `changes` page's changes), charged to the caller's budget once answered. */
  servedRows: { count: number };
  /** Whose rate budget the request spends, and its size. */
  rateBudget(): { key: string; points: number };
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
    if ((cause as { code?: unknown } | undefined)?.code === ErrorCode.DEADLINE_EXCEEDED) {
      return {
        message: 'The query ran past its deadline and was stopped',
        path: formatted.path,
        extensions: { code: ErrorCode.DEADLINE_EXCEEDED },
      };
    }
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
 * Caller tokens, signed once per caller and reused for half their life: the same caller's identical
 * subgraph fetches then carry the same header, so in-flight deduplication merges them (a token signed
 * each request differs every second), and the gateway signs far less.
 */
class CallerTokens {
  private readonly tokens = new Map<string, { token: Promise<string>; renewAt: number }>();

  constructor(private readonly key: Uint8Array) {}

  tokenFor(caller: Caller): Promise<string> {
    const id = JSON.stringify(caller);
    const now = Date.now();
    const held = this.tokens.get(id);
    if (held && held.renewAt > now) return held.token;
    if (this.tokens.size > 10_000) this.tokens.clear(); // bounded: many distinct callers just sign again
    const token = signCallerToken(caller, this.key);
    this.tokens.set(id, { token, renewAt: now + (CALLER_TOKEN_TTL_SECONDS * 1000) / 2 });
    token.catch(() => this.tokens.delete(id));
    return token;
  }
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
          const deadline = context?.deadline?.();
          if (deadline) request.http?.headers.set(DEADLINE_HEADER, String(deadline));
          context?.subgraphsRead?.add(name);
        },
      }),
  });
  const cacheSettings = options.responseCache ?? responseCacheSettingsFromEnv();
  const responseStore = cacheSettings.enabled ? await createResponseStore(cacheSettings) : undefined;
  const introspection = options.introspection ?? process.env.HUB_INTROSPECTION !== 'false';
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: loaded }) => (apiSchema = loaded));
  const rateLimitSettings = options.rateLimit ?? rateLimitSettingsFromEnv();
  const rateLimiter = await createRateLimiter(rateLimitSettings);
  const trustedProxies = options.trustedProxies ?? trustedProxiesFromEnv();
  const budgetOf = (caller: Caller, request: IncomingMessage) => ({
    key: rateLimitKey(caller, request, trustedProxies),
    points: pointsFor(rateLimitSettings, caller),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Without introspection, no "Did you mean ...?" hints either: they would map the schema it hides.
    formatError: introspection ? formatGatewayError(subgraphUrls) : withoutSuggestions(formatGatewayError(subgraphUrls)),
    includeStacktraceInErrorResponses: false,
    introspection,
    // Compact JSON: Apollo's default indents every answer, 1.6 ms of CPU for a kab/kota fundingSummary.
    stringifyResult: (result) => JSON.stringify(result),
    // No Apollo landing page (it loads Sandbox from a CDN): browsers get the bundled explorer instead.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      fieldRightsPlugin<GatewayContext>(supergraphSdl),
      outagePathsPlugin(supergraphSdl),
      servedRowsChargePlugin<GatewayContext>(rateLimiter),
      // The subgraphs' cache hints (their `cache-control`) feed the response cache, never the client's
      // HTTP caches: a browser or proxy could not know when the data changes.
      ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
      ...(responseStore
        ? [responseCachePlugin<GatewayContext>(responseStore, new DataVersions(subgraphUrls, client.fetch))]
        : []),
    ],
  });
  const signingKey = internalKey(options.access.internalSecret);
  let apiKeyCache: ApiKeyCache | undefined;
  if (!options.access.apiKeys && subgraphUrls[API_KEY_OWNER]) {
    apiKeyCache = new ApiKeyCache(subgraphUrls[API_KEY_OWNER], signingKey);
    await apiKeyCache.start();
  }
  const authenticator = createAuthenticator(options.access.identity, options.access.apiKeys ?? apiKeyCache?.lookup);
  const callerTokens = new CallerTokens(signingKey);
  // One authentication per request, shared by the rate limiter (which runs first) and Apollo's context.
  const contexts = new WeakMap<IncomingMessage, Promise<GatewayContext>>();
  const contextFor = (request: IncomingMessage): Promise<GatewayContext> => {
    let context = contexts.get(request);
    if (!context) {
      context = authenticator.authenticate(request.headers).then((caller) => {
        let token: Promise<string> | undefined;
        return {
          caller,
          callerToken: () => (token ??= callerTokens.tokenFor(caller)),
          deadline: () => requestDeadline(request),
          subgraphsRead: new Set<string>(),
          servedRows: { count: 0 },
          rateBudget: () => budgetOf(caller, request),
        };
      });
      contexts.set(request, context);
    }
    return context;
  };
  // A rejected credential is limited and rate-limited as the public (Apollo then reports the rejection).
  const callerOf = (request: IncomingMessage) =>
    contextFor(request).then(
      (context) => context.caller,
      () => ANONYMOUS,
    );
  const admit = async (request: IncomingMessage, cost: number) => {
    const caller = await callerOf(request);
    return rateLimiter.admit(rateLimitKey(caller, request, trustedProxies), cost, pointsFor(rateLimitSettings, caller));
  };
  const limitPolicy = !options.limits
    ? queryLimitPolicyFromEnv()
    : 'base' in options.limits
      ? options.limits
      : uniformLimitPolicy(options.limits);
  const bulkReads = {
    subgraphUrls,
    localExports: options.localExports,
    context: contextFor,
    rateLimiter,
    budgetOf,
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
    limits: {
      limits: limitPolicy.base,
      forRequest: async (request) => limitsForRoles(limitPolicy, (await callerOf(request)).roles),
      schema: () => apiSchema,
    },
    context: contextFor,
    admit,
    deadlineMs: options.deadlineMs,
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
      await responseStore?.close();
    },
  };
}
