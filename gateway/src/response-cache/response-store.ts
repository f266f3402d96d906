import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

/** One cached answer: its data as JSON, and the data version of each subgraph it read (read before the data). */
export interface CachedResponse {
  versions: Record<string, string>;
  data: string;
}

/** Where whole answers are kept: memory (one per gateway) or Redis (shared by every replica). */
export interface ResponseStore {
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, value: CachedResponse): Promise<void>;
  close(): Promise<void>;
}

/** `lru-cache`, bounded by the bytes of the answers it holds: the least recently read go first. */
export function memoryResponseStore(maxBytes: number): ResponseStore {
  const entries = new LRUCache<string, CachedResponse>({
    maxSize: maxBytes,
    sizeCalculation: (value, key) => value.data.length + key.length + 64,
  });
  return {
    get: async (key) => entries.get(key),
    set: async (key, value) => {
      entries.set(key, value);
    },
    close: async () => entries.clear(),
  };
}

/**
 * Redis (`REDIS_URL`): replicas share what each of them cached. An entry expires after `ttlSeconds`
 * only to bound the space an unread answer takes: freshness comes from the data versions. When Redis
 * does not answer, every request is a miss (never an error).
 */
export async function redisResponseStore(url: string, keyPrefix: string, ttlSeconds: number): Promise<ResponseStore> {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 500 });
  redis.on('error', () => {}); // ioredis reconnects by itself; meanwhile every read misses
  // Start on the shared cache (up to 2 s): before Redis is ready every request would miss.
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 2_000);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    async get(key) {
      const stored = await redis.get(keyPrefix + key).catch(() => null);
      if (!stored) return undefined;
      try {
        return JSON.parse(stored) as CachedResponse;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      await redis.set(keyPrefix + key, JSON.stringify(value), 'EX', ttlSeconds).catch(() => undefined);
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
