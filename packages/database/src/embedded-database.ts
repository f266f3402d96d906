import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { IN_MEMORY } from './database-location.js';

const DATE_OID = 1082;

/**
 * Opens the embedded PostgreSQL (PGlite). One instance serves every subgraph of the hub, each in
 * its own schema: an instance costs about 1 GB and 2-4 s to boot, so one per service would not do.
 * PGlite runs one transaction at a time; MikroORM's dialect takes PGlite's exclusive transaction lock.
 */
export async function openEmbeddedDatabase(dataDir: string = IN_MEMORY): Promise<PGlite> {
  if (!dataDir.startsWith('memory:')) await mkdir(dataDir, { recursive: true });
  // Calendar dates come back as their YYYY-MM-DD text, as they do from PostgreSQL through MikroORM
  // (PGlite would make a JS Date at UTC midnight of them).
  const pglite = new PGlite(dataDir, { parsers: { [DATE_OID]: (value: string) => value } });
  await pglite.waitReady;
  return pglite;
}

export type { PGlite };
