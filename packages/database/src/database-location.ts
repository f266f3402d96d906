import path from 'node:path';

/** Where the hub keeps its data: a real PostgreSQL server, or the embedded PGlite in a folder (or in memory). */
export type DatabaseLocation = { kind: 'postgresql'; url: string } | { kind: 'pglite'; dataDir: string };

export const IN_MEMORY = 'memory://';

/**
 * `DATABASE_URL` set: real PostgreSQL. Unset: embedded PGlite persisted in `HUB_DATA_DIR`, or in
 * memory when that is `memory://`. The default folder is `.data/pglite` where npm was invoked
 * (`INIT_CWD`: the repository root for `npm start`), not the workspace npm switched into.
 */
export function databaseLocationFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgresql', url };
  const dataDir = env.HUB_DATA_DIR?.trim() || path.resolve(env.INIT_CWD ?? process.cwd(), '.data', 'pglite');
  return { kind: 'pglite', dataDir };
}

/** A URL safe to print: the password, if any, is masked. */
export function describeLocation(location: DatabaseLocation): string {
  if (location.kind === 'pglite') return `embedded PGlite (${location.dataDir})`;
  try {
    const url = new URL(location.url);
    if (url.password) url.password = '***';
    return `PostgreSQL ${url.toString()}`;
  } catch {
    return 'PostgreSQL (unparseable DATABASE_URL)';
  }
}
