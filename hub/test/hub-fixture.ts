import { afterAll, beforeAll } from '@jest/globals';
import { generateLocalKeys, startGateway, type RateLimitSettings, type StaffTokenClaims } from '@housing-hub/gateway';
import {
  createTestDatabase,
  SqlCounter,
  graphqlClient,
  type GraphQLClient,
  type GraphQLResponse,
  type TestDatabase,
  type VariablesArgs,
} from '@housing-hub/testing';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
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
  /**
   * Sends an operation with these headers (`authorization`, `x-api-key`, ...): a generated document answers typed
   * data; a string (an operation built from the schema at run time) answers `unknown` data, for its errors.
   */
  send: HeadersFirstClient;
  /**
   * Another gateway in front of this hub's subgraphs, with rate limits of its own (a small budget, which
   * the hub's 1,000,000 points per caller would never reach); closed with the hub. Returns its GraphQL URL.
   */
  gatewayWith(rateLimit: RateLimitSettings): Promise<string>;
  close(): Promise<void>;
}

/** `GraphQLClient` with the headers first, for tests that call as several identities. */
export interface HeadersFirstClient {
  <TData, TVariables>(
    headers: Record<string, string>,
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables]: VariablesArgs<TVariables>
  ): Promise<GraphQLResponse<TData>>;
  (headers: Record<string, string>, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<unknown>>;
}

function headersFirst(client: GraphQLClient): HeadersFirstClient {
  function send<TData, TVariables>(
    headers: Record<string, string>,
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables]: VariablesArgs<TVariables>
  ): Promise<GraphQLResponse<TData>>;
  function send(
    headers: Record<string, string>,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<unknown>>;
  function send(headers: Record<string, string>, query: string | TypedDocumentNode, variables?: Record<string, unknown>) {
    // The client sends either kind alike; the overloads above are what callers see.
    return client(query as string, variables, headers);
  }
  return send;
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
  const gateways: { close(): Promise<void> }[] = [];
  return {
    hub,
    database,
    sql,
    token,
    query: graphqlClient(hub.url),
    asAdmin: graphqlClient(hub.url, () => ({ authorization: `Bearer ${adminToken}` })),
    send: headersFirst(graphqlClient(hub.url)),
    async gatewayWith(rateLimit) {
      const gateway = await startGateway({
        port: 0,
        subgraphUrls: Object.fromEntries(hub.services.map((service) => [service.name, service.server.url])),
        rateLimit,
        access: {
          identity: { kind: 'local', keys },
          internalSecret: keys.internalSecret,
          ...(options.partnerKeys ? {} : { apiKeys: () => null }),
        },
      });
      gateways.push(gateway);
      return gateway.url;
    },
    async close() {
      for (const gateway of gateways) await gateway.close();
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
  // Migrating and seeding three schemas takes minutes on a loaded CI machine.
  beforeAll(async () => {
    started = await startHubFixture(options);
  }, 300_000);
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
    send: headersFirst(graphqlClient(() => current().hub.url)),
    gatewayWith: (rateLimit) => current().gatewayWith(rateLimit),
    close: () => current().close(),
  };
}
