import { startHub } from './hub.js';

/** The command-line options every load tool (fuzz, soak) takes besides its own. */
export const LOAD_TARGET_OPTIONS = {
  url: { type: 'string' },
  concurrency: { type: 'string', default: '4' },
} as const;

export interface LoadTarget {
  url: string;
  close(): Promise<void>;
}

/**
 * The hub a load tool sends to: the one at `url`, else its own, started on an in-memory database with the
 * demo data. Every request comes from this one address, so the per-caller rate limit is lifted: the tool
 * measures the hub, not the limit.
 */
export async function openLoadTarget(url: string | undefined): Promise<LoadTarget> {
  process.env.HUB_RATE_LIMIT_POINTS ??= '100000000';
  if (url) return { url, close: async () => {} };
  const hub = await startHub({
    location: { kind: 'pglite', dataDir: 'memory://' },
    port: 0,
    subgraphPorts: 'ephemeral',
    seed: { demo: true },
  });
  return { url: hub.url, close: () => hub.close() };
}
