import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import { positiveIntegerFromEnv, type Caller } from '@housing-hub/subgraph-kit';
import type { DataVersions } from './data-versions.js';
import { memoryResponseStore, redisResponseStore, type CachedResponse, type ResponseStore } from './response-store.js';

/**
 * The gateway's response cache: whole answers to read operations, kept per caller's rights and
 * checked against the data version of every subgraph they read. An entry is served only while each
 * of those versions is unchanged, so it is never stale: a write raises its subgraph's version as it
 * commits, before anyone acknowledges it (see `installDataVersion` in @housing-hub/database).
 *
 * Order matters: on a miss the versions are read BEFORE the subgraphs are asked for the data, so
 * a write racing with the request can only make the entry unreachable too early, never keep old
 * data under a new version. Kept only: queries, answers without errors, answers every subgraph
 * called cacheable (a field marked `@NeverCache()` answers `cache-control: no-store`).
 */
export interface ResponseCacheSettings {
  /** `HUB_RESPONSE_CACHE` (`false` turns it off; default on). */
  enabled: boolean;
  /** `HUB_RESPONSE_CACHE_MAX_MB` (default 64): memory held by the in-process cache. */
  maxMegabytes: number;
  /** `REDIS_URL`: one cache shared by every gateway replica; without it, one per process. */
  redisUrl?: string;
  /** `HUB_RESPONSE_CACHE_PREFIX` (default `hub-response:`): the Redis key prefix. */
  keyPrefix: string;
  /** `HUB_RESPONSE_CACHE_TTL_SECONDS` (default a day): bounds the space of unread entries in Redis. */
  ttlSeconds: number;
}

export function responseCacheSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ResponseCacheSettings {
  return {
    enabled: env.HUB_RESPONSE_CACHE !== 'false',
    maxMegabytes: positiveIntegerFromEnv(env, 'HUB_RESPONSE_CACHE_MAX_MB', 64),
    redisUrl: env.REDIS_URL || undefined,
    keyPrefix: env.HUB_RESPONSE_CACHE_PREFIX || 'hub-response:',
    ttlSeconds: positiveIntegerFromEnv(env, 'HUB_RESPONSE_CACHE_TTL_SECONDS', 86_400),
  };
}

export async function createResponseStore(settings: ResponseCacheSettings): Promise<ResponseStore> {
  return settings.redisUrl
    ? redisResponseStore(settings.redisUrl, settings.keyPrefix, settings.ttlSeconds)
    : memoryResponseStore(settings.maxMegabytes * 1024 * 1024);
}

/**
 * What decides what a caller may see: kind, roles, areas, agency and key scopes. Not the caller's
 * id: two callers with the same rights see the same answers (no read depends on who asks beyond
 * that), so they share entries; callers whose rights differ in anything never do.
 */
export function rightsKey(caller: Caller): string {
  const sorted = (list: string[]) => [...list].sort();
  return JSON.stringify([caller.kind, sorted(caller.roles), sorted(caller.areas), caller.agencyId, sorted(caller.scopes)]);
}

/** The context fields the cache needs: who asks, and which subgraphs the plan fetched from. */
export interface CacheableContext {
  caller: Caller;
  subgraphsRead: Set<string>;
}

/** The response header that says whether the answer came from the cache (`hit`) or was kept (`stored`). */
export const CACHE_HEADER = 'x-hub-cache';

export function responseCachePlugin<Context extends CacheableContext>(
  store: ResponseStore,
  versions: DataVersions,
): ApolloServerPlugin<Context> {
  // Which subgraphs each document read last time (whatever its variables): on a miss, only their versions are read.
  const subgraphsOf = new LRUCache<string, string[]>({ max: 10_000 });
  return {
    async requestDidStart() {
      let key: string | undefined;
      let entry: CachedResponse | undefined;
      let versionsBefore: Record<string, string> | undefined;
      let hit = false;
      return {
        async responseForOperation(requestContext) {
          if (requestContext.operation?.operation !== 'query') return null;
          key = cacheKey(requestContext);
          entry = await store.get(key);
          // The subgraphs this answer (or this document) read last time are most likely the ones it reads now; else all.
          const subgraphs = entry
            ? Object.keys(entry.versions)
            : (subgraphsOf.get(documentKey(requestContext)) ?? versions.subgraphs);
          versionsBefore = await versions.of(subgraphs);
          if (entry && Object.entries(entry.versions).every(([name, version]) => versionsBefore![name] === version)) {
            hit = true;
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: { data: JSON.parse(entry.data) } },
            };
          }
          return null;
        },
        async willSendResponse(requestContext) {
          const http = requestContext.response.http;
          if (hit) {
            http.headers.set(CACHE_HEADER, 'hit');
            return;
          }
          if (!key || !versionsBefore) return;
          const body = requestContext.response.body;
          if (body.kind !== 'single' || body.singleResult.errors?.length || !body.singleResult.data) return;
          const policy = requestContext.overallCachePolicy.policyIfCacheable();
          if (!policy || policy.scope === 'PRIVATE') return;
          const read = [...requestContext.contextValue.subgraphsRead];
          subgraphsOf.set(documentKey(requestContext), read);
          // Every subgraph it read must have had its version read before: else the answer is not kept.
          if (!read.every((name) => versionsBefore![name] !== undefined)) return;
          const stored: CachedResponse = {
            versions: Object.fromEntries(read.map((name) => [name, versionsBefore![name]!])),
            data: JSON.stringify(body.singleResult.data),
          };
          await store.set(key, stored);
          http.headers.set(CACHE_HEADER, 'stored');
        },
      };
    },
  };
}

function documentKey(requestContext: GraphQLRequestContext<CacheableContext>): string {
  return `${requestContext.queryHash ?? ''}\n${requestContext.operationName ?? ''}`;
}

function cacheKey(requestContext: GraphQLRequestContext<CacheableContext>): string {
  return createHash('sha256')
    .update(rightsKey(requestContext.contextValue.caller))
    .update('\n')
    .update(requestContext.queryHash ?? '')
    .update('\n')
    .update(requestContext.operationName ?? '')
    .update('\n')
    .update(JSON.stringify(requestContext.request.variables ?? {}))
    .digest('base64url');
}
