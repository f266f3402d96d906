import { afterAll, beforeAll } from '@jest/globals';
import { startService, type HubService, type RunningService } from '@housing-hub/subgraph-kit';
import { subgraphClient, TEST_INTERNAL_SECRET } from './callers.js';
import type { GraphQLClient } from './graphql-client.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** One subgraph, seeded with the demo dataset, on a fresh database and a free port: for a service's own tests. */
export interface ServiceFixture {
  readonly service: RunningService;
  readonly database: TestDatabase;
  /** Straight to the subgraph, as the test ADMIN (signed by the test internal secret). */
  query: GraphQLClient;
  /** Runs SQL on the service's database (`?` parameters). */
  sql<T>(text: string, params?: unknown[]): Promise<T[]>;
}

/**
 * Starts the service in `beforeAll` and stops it (dropping its database) in `afterAll`; call it at the
 * top of a test file, then use the fixture inside tests.
 */
export function useServiceFixture<Services, Loaders>(definition: HubService<Services, Loaders>): ServiceFixture {
  let database: TestDatabase | undefined;
  let service: RunningService | undefined;
  // Migrating and seeding a schema takes minutes on a loaded CI machine.
  beforeAll(async () => {
    database = await createTestDatabase();
    service = await startService(definition, {
      connection: database.connection,
      port: 0,
      seed: { demo: true },
      internalSecret: TEST_INTERNAL_SECRET,
    });
  }, 300_000);
  afterAll(async () => {
    await service?.close();
    await database?.drop();
  });
  const running = (): RunningService => {
    if (!service) throw new Error('the service starts in beforeAll: use the fixture inside a test or a hook');
    return service;
  };
  return {
    get service() {
      return running();
    },
    get database() {
      if (!database) throw new Error('the database is created in beforeAll');
      return database;
    },
    query: subgraphClient(() => running().server.url),
    sql: <T>(text: string, params: unknown[] = []) => running().orm.em.getConnection().execute<T[]>(text, params),
  };
}

/** A CSV text as a file to import. */
export const csvImportFile = (text: string, fileName: string) => ({
  fileName,
  content: Buffer.from(text),
  format: 'CSV' as const,
});
