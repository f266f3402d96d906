import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { Redis } from 'ioredis';
import proxyAddr from 'proxy-addr';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import {
  ErrorCode,
  HEAVY_QUERY_ROLES,
  isAuthenticated,
  positiveIntegerFromEnv,
  ROLES,
  Role,
  type Admission,
  type Caller,
} from '@housing-hub/subgraph-kit';

/**
 * A budget of points per caller and window: every request costs 1 point plus 1 per `costPerPoint` of
 * its estimated cost, so one national table weighs more than one kab/kota lookup.
 */
export interface RateLimitSettings {
  /** `HUB_RATE_LIMIT_POINTS` (default 300): the budget of one caller per window. */
  points: number;
  /**
   * `HUB_RATE_LIMIT_POINTS_<ROLE>`: a larger budget for a role (DATA_STEWARD and ADMIN default to 10
   * times the base); a caller with several roles gets the largest. Unset: every caller gets `points`.
   */
  pointsByRole?: Partial<Record<Role, number>>;
  /** `HUB_RATE_LIMIT_WINDOW_SECONDS` (default 60). */
  windowSeconds: number;
  /** `HUB_RATE_LIMIT_COST_PER_POINT` (default 500): estimated query cost that adds one point. */
  costPerPoint: number;
  /** `REDIS_URL`: one budget shared by every gateway replica; without it, a budget per process. */
  redisUrl?: string;
  /** `HUB_RATE_LIMIT_PREFIX` (default `hub-rate`): the Redis key prefix (tests isolate themselves with it). */
  keyPrefix: string;
  /** `HUB_EXPORT_ROWS_PER_POINT` (default 1000): exported rows that cost one point, charged once the file is sent. */
  exportRowsPerPoint?: number;
}

export function rateLimitSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimitSettings {
  const positive = (name: string, fallback: number) => positiveIntegerFromEnv(env, name, fallback);
  const points = positive('HUB_RATE_LIMIT_POINTS', 300);
  const pointsByRole: Partial<Record<Role, number>> = {};
  for (const role of ROLES) {
    if (role === Role.PUBLIC) continue;
    const budget = positive(`HUB_RATE_LIMIT_POINTS_${role}`, HEAVY_QUERY_ROLES.includes(role) ? points * 10 : points);
    if (budget !== points) pointsByRole[role] = budget;
  }
  return {
    points,
    pointsByRole,
    windowSeconds: positive('HUB_RATE_LIMIT_WINDOW_SECONDS', 60),
    costPerPoint: positive('HUB_RATE_LIMIT_COST_PER_POINT', 500),
    redisUrl: env.REDIS_URL || undefined,
    keyPrefix: env.HUB_RATE_LIMIT_PREFIX || 'hub-rate',
    exportRowsPerPoint: positive('HUB_EXPORT_ROWS_PER_POINT', 1000),
  };
}

/** The budget of a caller: the largest of its roles', or the base. */
export function pointsFor(settings: RateLimitSettings, caller: Caller): number {
  return Math.max(settings.points, ...caller.roles.map((role) => settings.pointsByRole?.[role] ?? 0));
}

/**
 * Who may tell the gateway a client's address in `X-Forwarded-For`: `HUB_TRUSTED_PROXIES`, a
 * comma-separated list of addresses, CIDR ranges or proxy-addr's names (`loopback`, `linklocal`,
 * `uniquelocal`). Unset: nobody, and the address is the connection's own.
 */
export type TrustedProxies = (address: string, hop: number) => boolean;

export function trustedProxiesFromEnv(env: NodeJS.ProcessEnv = process.env): TrustedProxies {
  const list = (env.HUB_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    return proxyAddr.compile(list);
  } catch (error) {
    throw new Error(`HUB_TRUSTED_PROXIES: ${(error as Error).message}`);
  }
}

export const TRUST_NO_PROXY: TrustedProxies = () => false;

/**
 * The client's address: the connection's, unless it is a trusted proxy; then `X-Forwarded-For` is read
 * from the right, hop by hop, up to the first address that is not a trusted proxy (a client cannot
 * forge its way past a proxy that appends what it saw).
 */
export function clientAddress(request: IncomingMessage, trusted: TrustedProxies = TRUST_NO_PROXY): string {
  if (!request.socket.remoteAddress) return 'unknown';
  return proxyAddr(request, trusted);
}

/**
 * Whose budget a request spends: an authenticated caller by its id (a staff token's subject, a
 * partner's `key:<id>`), the public by its client address. This is the one place that decides the key.
 */
export function rateLimitKey(caller: Caller, request: IncomingMessage, trusted: TrustedProxies = TRUST_NO_PROXY): string {
  if (isAuthenticated(caller)) return `caller:${caller.id}`;
  return `address:${clientAddress(request, trusted)}`;
}

export interface CallerRateLimiter {
  /** Spends `cost` from `key`'s budget of `points` per window. */
  admit(key: string, cost: number, points?: number): Promise<Admission>;
  /** Spends points after the fact (an export's rows): the budget may go below zero, later requests wait. */
  charge(key: string, points: number, budget?: number): Promise<void>;
  /**
   * Charges bulk rows served (an export's, a changes page's over HTTP or in the graph) after the fact:
   * one point per `exportRowsPerPoint` rows, so every bulk read costs the same per row.
   */
  chargeRows(budget: { key: string; points: number }, rows: number): Promise<void>;
  close(): Promise<void>;
}

export async function createRateLimiter(settings: RateLimitSettings): Promise<CallerRateLimiter> {
  let redis: Redis | undefined;
  if (settings.redisUrl) {
    redis = new Redis(settings.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
    redis.on('error', () => {}); // the insurance limiter takes over; ioredis reconnects by itself
  }
  // One limiter per budget size (the base, and each role's); the key prefix names the size, so that a
  // caller whose role changes starts on the budget of its new role.
  const limiters = new Map<number, RateLimiterAbstract>();
  const limiterFor = (points: number): RateLimiterAbstract => {
    let limiter = limiters.get(points);
    if (!limiter) {
      const keyPrefix = points === settings.points ? settings.keyPrefix : `${settings.keyPrefix}-${points}`;
      const options = { points, duration: settings.windowSeconds, keyPrefix };
      // Without Redis, or while Redis does not answer, each process keeps its own budget.
      const memory = new RateLimiterMemory(options);
      limiter = redis
        ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory, rejectIfRedisNotReady: true })
        : memory;
      limiters.set(points, limiter);
    }
    return limiter;
  };
  if (redis) {
    // Start on the shared budget: a request before Redis is ready would spend a local one.
    const connection = redis;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 2_000);
      connection.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  const headersOf = (result: RateLimiterRes, budget: number): Record<string, string> => ({
    'RateLimit-Limit': String(budget),
    'RateLimit-Remaining': String(Math.max(0, result.remainingPoints)),
    'RateLimit-Reset': String(Math.max(1, Math.ceil(result.msBeforeNext / 1000))),
  });
  const charge = async (key: string, points: number, budget = settings.points): Promise<void> => {
    if (points > 0)
      await limiterFor(budget)
        .penalty(key, points)
        .catch(() => undefined);
  };
  return {
    async admit(key, cost, budget = settings.points) {
      const points = 1 + Math.floor(cost / settings.costPerPoint);
      try {
        return { headers: headersOf(await limiterFor(budget).consume(key, points), budget) };
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const headers = headersOf(rejection, budget);
        const retryAfter = headers['RateLimit-Reset']!;
        return {
          headers: { ...headers, 'Retry-After': retryAfter },
          refusal: {
            status: 429,
            error: {
              message: `Rate limit of ${budget} points per ${settings.windowSeconds} s reached (this request costs ${points}); retry after ${retryAfter} s`,
              extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: Number(retryAfter) },
            },
          },
        };
      }
    },
    charge,
    chargeRows: (budget, rows) => charge(budget.key, Math.floor(rows / (settings.exportRowsPerPoint ?? 1000)), budget.points),
    async close() {
      await redis?.quit().catch(() => redis?.disconnect());
    },
  };
}

/** What the charge for served rows needs of a request's context. */
export interface ServedRowsContext {
  /** Bulk rows the subgraphs served for this request (their `x-served-rows`: a `changes` page's changes). */
  servedRows: { count: number };
  /** Whose budget the request spends, and its size. */
  rateBudget(): { key: string; points: number };
}

/**
 * Charges a GraphQL answer's bulk rows to the caller's budget once it is built (`chargeRows`, as
 * `GET /changes` and exports are charged), on top of the query's own cost. So the graph's `changes`
 * costs what the same page over HTTP costs.
 */
export function servedRowsChargePlugin<Context extends ServedRowsContext>(
  rateLimiter: CallerRateLimiter,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          const rows = contextValue.servedRows?.count ?? 0;
          if (rows > 0) await rateLimiter.chargeRows(contextValue.rateBudget(), rows);
        },
      };
    },
  };
}
