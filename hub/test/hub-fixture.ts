import { afterAll, beforeAll } from '@jest/globals';
import { generateLocalKeys, type StaffTokenClaims } from '@housing-hub/gateway';
import {
  createTestDatabase,
  SqlCounter,
  graphqlClient,
  graphqlRequest,
  type GraphQLClient,
  type GraphQLResponse,
  type TestDatabase,
} from '@housing-hub/testing';
import { startHub, type RunningHub } from '../src/hub.js';

/** The whole hub on a fresh database (real PostgreSQL with TEST_DATABASE_URL, else PGlite), on free ports. */
export interface HubFixture {
  hub: RunningHub;
  database: TestDatabase;
  sql: SqlCounter;
  /** Anonymous (PUBLIC), as any client without a credential. */
  query: GraphQLClient;
  /** As an ADMIN staff token: for tests about something else than rights that need to write. */
  asAdmin: GraphQLClient;
  /** Mints a staff token signed with this hub's own key (`npm run access -- token` does the same). */
  token(claims: Partial<StaffTokenClaims> & Pick<StaffTokenClaims, 'roles'>): Promise<string>;
  /** Sends a string operation with these headers (`authorization`, `x-api-key`, ...); rights tests read the answer loosely. */
  // biome-ignore lint/suspicious/noExplicitAny: rights tests send string operations, which codegen does not type
  send(headers: Record<string, string>, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<any>>;
  close(): Promise<void>;
}

export interface HubFixtureOptions {
  /**
   * Accept partner API keys (the gateway then refreshes the key set every 2 s, which adds SQL
   * statements in the background: tests that count statements leave this off).
   */
  partnerKeys?: boolean;
}

export async function startHubFixture(options: HubFixtureOptions = {}): Promise<HubFixture> {
  // Every test request comes from 127.0.0.1: the rate limit has its own tests (gateway/test/rate-limit.test.ts).
  process.env.HUB_RATE_LIMIT_POINTS ??= '1000000';
  const database = await createTestDatabase();
  const sql = new SqlCounter();
  const keys = await generateLocalKeys();
  const hub = await startHub({
    connection: database.connection,
    port: 0,
    subgraphPorts: 'ephemeral',
    onSql: sql.onSql,
    seed: { demo: true },
    access: {
      identity: { kind: 'local', keys },
      internalSecret: keys.internalSecret,
      localKeys: keys,
      ...(options.partnerKeys ? {} : { apiKeys: () => null }),
    },
  });
  const token: HubFixture['token'] = (claims) =>
    hub.signToken({ subject: `test-${claims.roles.join('-').toLowerCase()}`, ...claims });
  const adminToken = await token({ roles: ['ADMIN'], subject: 'test-admin' });
  return {
    hub,
    database,
    sql,
    token,
    query: graphqlClient(hub.url),
    asAdmin: graphqlClient(hub.url, () => ({ authorization: `Bearer ${adminToken}` })),
    send: (headers, query, variables) => graphqlRequest(hub.url, query, variables, headers),
    async close() {
      await hub.close();
      await database.drop();
    },
  };
}

/**
 * The hub of a test file: started before its tests, closed after them. Read its members inside tests
 * (`const fixture = useHubFixture();` at the top of the file, then `fixture.query(...)` in an `it`).
 */
export function useHubFixture(options: HubFixtureOptions = {}): HubFixture {
  let started: HubFixture | undefined;
  beforeAll(async () => {
    started = await startHubFixture(options);
  }, 180_000);
  afterAll(async () => {
    await started?.close();
  });
  const current = (): HubFixture => {
    if (!started) throw new Error('the hub starts in beforeAll: use the fixture inside a test or a hook');
    return started;
  };
  return {
    get hub() {
      return current().hub;
    },
    get database() {
      return current().database;
    },
    get sql() {
      return current().sql;
    },
    get query() {
      return current().query;
    },
    get asAdmin() {
      return current().asAdmin;
    },
    token: (claims) => current().token(claims),
    send: (headers, query, variables) => current().send(headers, query, variables),
    close: () => current().close(),
  };
}
