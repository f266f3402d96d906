import { createTestDatabase, SqlCounter, graphqlClient, type GraphQLClient, type TestDatabase } from '@housing-hub/testing';
import { startHub, type RunningHub } from '../src/hub.js';

/** The whole hub on a fresh database (real PostgreSQL with TEST_DATABASE_URL, else PGlite), on free ports. */
export interface HubFixture {
  hub: RunningHub;
  database: TestDatabase;
  sql: SqlCounter;
  query: GraphQLClient;
  close(): Promise<void>;
}

export async function startHubFixture(): Promise<HubFixture> {
  // Every test request comes from 127.0.0.1: the rate limit has its own tests (gateway/test/rate-limit.test.ts).
  process.env.HUB_RATE_LIMIT_POINTS ??= '1000000';
  const database = await createTestDatabase();
  const sql = new SqlCounter();
  const hub = await startHub({ connection: database.connection, port: 0, subgraphPorts: 'ephemeral', onSql: sql.onSql, seed: { demo: true } });
  return {
    hub,
    database,
    sql,
    query: graphqlClient(hub.url),
    async close() {
      await hub.close();
      await database.drop();
    },
  };
}
