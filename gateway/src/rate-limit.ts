import type { IncomingMessage } from 'node:http';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ErrorCode, isAuthenticated, positiveIntegerFromEnv, type Admission, type Caller } from '@housing-hub/subgraph-kit';

/**
 * A budget of points per caller and window: every request costs 1 point plus 1 per `costPerPoint` of
 * its estimated cost, so one national table weighs more than one kab/kota lookup.
 */
export interface RateLimitSettings {
  /** `HUB_RATE_LIMIT_POINTS` (default 300): the budget of one caller per window. */
  points: number;
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
  return {
    points: positive('HUB_RATE_LIMIT_POINTS', 300),
    windowSeconds: positive('HUB_RATE_LIMIT_WINDOW_SECONDS', 60),
    costPerPoint: positive('HUB_RATE_LIMIT_COST_PER_POINT', 500),
    redisUrl: env.REDIS_URL || undefined,
    keyPrefix: env.HUB_RATE_LIMIT_PREFIX || 'hub-rate',
    exportRowsPerPoint: positive('HUB_EXPORT_ROWS_PER_POINT', 1000),
  };
}

/**
 * Whose budget a request spends: an authenticated caller by its id (a staff token's subject, a
 * partner's `key:<id>`), the public by its client address. This is the one place that decides the key.
 */
export function rateLimitKey(caller: Caller, request: IncomingMessage): string {
  if (isAuthenticated(caller)) return `caller:${caller.id}`;
  return `address:${request.socket.remoteAddress ?? 'unknown'}`;
}

export interface CallerRateLimiter {
  admit(key: string, cost: number): Promise<Admission>;
  /** Spends points after the fact (an export's rows): the budget may go below zero, later requests wait. */
  charge(key: string, points: number): Promise<void>;
  close(): Promise<void>;
}

export async function createRateLimiter(settings: RateLimitSettings): Promise<CallerRateLimiter> {
  const options = { points: settings.points, duration: settings.windowSeconds, keyPrefix: settings.keyPrefix };
  // Without Redis, or while Redis does not answer, each process keeps its own budget.
  const memory = new RateLimiterMemory(options);
  let redis: Redis | undefined;
  let limiter: RateLimiterAbstract = memory;
  if (settings.redisUrl) {
    redis = new Redis(settings.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
    redis.on('error', () => {}); // the insurance limiter takes over; ioredis reconnects by itself
    limiter = new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory, rejectIfRedisNotReady: true });
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
  const headersOf = (result: RateLimiterRes): Record<string, string> => ({
    'RateLimit-Limit': String(settings.points),
    'RateLimit-Remaining': String(Math.max(0, result.remainingPoints)),
    'RateLimit-Reset': String(Math.max(1, Math.ceil(result.msBeforeNext / 1000))),
  });
  return {
    async admit(key, cost) {
      const points = 1 + Math.floor(cost / settings.costPerPoint);
      try {
        return { headers: headersOf(await limiter.consume(key, points)) };
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const headers = headersOf(rejection);
        const retryAfter = headers['RateLimit-Reset']!;
        return {
          headers: { ...headers, 'Retry-After': retryAfter },
          refusal: {
            status: 429,
            error: {
              message: `Rate limit of ${settings.points} points per ${settings.windowSeconds} s reached (this request costs ${points}); retry after ${retryAfter} s`,
              extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: Number(retryAfter) },
            },
          },
        };
      }
    },
    async charge(key, points) {
      if (points > 0) await limiter.penalty(key, points).catch(() => undefined);
    },
    async close() {
      await redis?.quit().catch(() => redis?.disconnect());
    },
  };
}
