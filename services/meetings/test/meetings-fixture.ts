import { afterAll, beforeAll } from '@jest/globals';
import {
  callerHeaders,
  createTestDatabase,
  graphqlClient,
  SqlCounter,
  TEST_INTERNAL_SECRET,
  type GraphQLClient,
  type TestDatabase,
} from '@housing-hub/testing';
import { startService, type RunningService } from '@housing-hub/subgraph-kit';
import { meetingsService } from '../src/meetings.subgraph.js';

/** The meetings subgraph alone on a fresh database (real PostgreSQL with TEST_DATABASE_URL, else PGlite), on a free port. */
export interface MeetingsFixture {
  service: RunningService;
  database: TestDatabase;
  sql: SqlCounter;
  query: GraphQLClient;
  /** Runs SQL directly (to check what was or was not written). */
  execute<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function startMeetingsFixture(options: { demo: boolean } = { demo: true }): Promise<MeetingsFixture> {
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  const database = await createTestDatabase();
  const sql = new SqlCounter();
  const service = await startService(meetingsService, {
    connection: database.connection,
    port: 0,
    onSql: sql.onSql,
    seed: { demo: options.demo },
    internalSecret: TEST_INTERNAL_SECRET,
  });
  return {
    service,
    database,
    sql,
    query: graphqlClient(service.server.url, () => callerHeaders()),
    execute: (statement, params = []) => service.orm.em.fork().getConnection().execute(statement, params, 'all'),
    async close() {
      await service.close();
      await database.drop();
    },
  };
}

/** The meetings subgraph of a test file: started before its tests, closed after them; call `fixture()` inside a test. */
export function useMeetingsFixture(options: { demo: boolean } = { demo: true }): () => MeetingsFixture {
  let started: MeetingsFixture | undefined;
  beforeAll(async () => {
    started = await startMeetingsFixture(options);
  }, 120_000);
  afterAll(async () => {
    await started?.close();
  });
  return () => {
    if (!started) throw new Error('the service starts in beforeAll: use the fixture inside a test or a hook');
    return started;
  };
}
