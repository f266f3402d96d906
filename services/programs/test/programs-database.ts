import type { ServiceOrm } from '@housing-hub/database';
import { openServiceDatabase } from '@housing-hub/subgraph-kit';
import { createTestDatabase, type TestDatabase } from '@housing-hub/testing';
import { programsService } from '../src/programs.subgraph.js';

/** The programs schema alone on a fresh test database (real PostgreSQL with TEST_DATABASE_URL, else PGlite), seeded. */
export async function openProgramsDatabase(options: { demo: boolean; onSql?: (sql: string) => void }): Promise<{
  orm: ServiceOrm;
  database: TestDatabase;
  seedMs: number;
  close(): Promise<void>;
}> {
  const database = await createTestDatabase();
  const orm = await openServiceDatabase(programsService, database.connection, { onSql: options.onSql });
  const started = performance.now();
  await programsService.seed(orm.em.fork(), { demo: options.demo });
  const seedMs = performance.now() - started;
  return {
    orm,
    database,
    seedMs,
    async close() {
      await orm.close();
      await database.drop();
    },
  };
}
