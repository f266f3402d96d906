import DataLoader from 'dataloader';

/**
 * A DataLoader over a batch function that returns rows in any order: rows are matched back to keys
 * by `keyOf`, and a key with no row resolves to null.
 */
export function keyedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
  cacheKey?: (key: K) => unknown,
): DataLoader<K, V | null, unknown> {
  return new DataLoader<K, V | null, unknown>(
    async (keys) => {
      const rows = await fetch(keys);
      const byKey = new Map<unknown, V>();
      for (const row of rows) byKey.set(cacheKey ? cacheKey(keyOf(row)) : keyOf(row), row);
      return keys.map((key) => byKey.get(cacheKey ? cacheKey(key) : key) ?? null);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** A DataLoader for one-to-many lookups: every key gets the (possibly empty) list of its rows. */
export function groupedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
  cacheKey?: (key: K) => unknown,
): DataLoader<K, V[], unknown> {
  return new DataLoader<K, V[], unknown>(
    async (keys) => {
      const rows = await fetch(keys);
      const byKey = new Map<unknown, V[]>();
      for (const row of rows) {
        const key = cacheKey ? cacheKey(keyOf(row)) : keyOf(row);
        const list = byKey.get(key);
        if (list) list.push(row);
        else byKey.set(key, [row]);
      }
      return keys.map((key) => byKey.get(cacheKey ? cacheKey(key) : key) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}

export { DataLoader };
