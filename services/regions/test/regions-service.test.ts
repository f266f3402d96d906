import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ANONYMOUS, internalKey, signCallerToken, startService, type RunningService } from '@housing-hub/subgraph-kit';
import {
  abuseQueries,
  callerHeaders,
  createTestDatabase,
  graphqlClient,
  graphqlRequest,
  SqlCounter,
  TEST_ADMIN,
  TEST_INTERNAL_SECRET,
  type TestDatabase,
} from '@housing-hub/testing';
import { regionsService } from '../src/regions.subgraph.js';
import { graphql } from './generated/index.js';

let database: TestDatabase;
let service: RunningService;
/** Plays the gateway: every request carries an ADMIN caller token. */
const queryService = graphqlClient(
  () => service.server.url,
  () => callerHeaders(),
);
const sql = new SqlCounter();

beforeAll(async () => {
  database = await createTestDatabase();
  service = await startService(regionsService, {
    connection: database.connection,
    port: 0,
    onSql: sql.onSql,
    internalSecret: TEST_INTERNAL_SECRET,
  });
}, 120_000);

afterAll(async () => {
  await service?.close();
  await database?.drop();
});

const count = async (table: string) => {
  const [row] = await service.orm.em.getConnection().execute<{ n: string }[]>(`select count(*)::text as n from regions.${table}`);
  return Number(row!.n);
};

describe('the regions service on its own', () => {
  it('loads the frame and the demo need once, however often it is seeded', async () => {
    const before = {
      provinces: await count('province'),
      regencies: await count('regency'),
      needs: await count('need_observation'),
    };
    expect(before.provinces).toBe(38);
    expect(before.regencies).toBe(514);
    expect(before.needs).toBeGreaterThan(514 * 10);
    await regionsService.seed(service.orm.em.fork(), { demo: true });
    expect({
      provinces: await count('province'),
      regencies: await count('regency'),
      needs: await count('need_observation'),
    }).toEqual(before);
  });

  it('records its migrations in its own schema and applies none twice', async () => {
    const rows: { name: string }[] = await service.orm.em
      .getConnection()
      .execute('select name from regions.mikro_orm_migrations');
    expect(rows.map((r) => r.name)).toEqual(regionsService.migrations.map((m) => m.name));
    await service.orm.migrator.up();
    const again = await service.orm.em
      .getConnection()
      .execute<{ name: string }[]>('select name from regions.mikro_orm_migrations');
    expect(again).toHaveLength(rows.length);
  });

  it('resolves 514 kab/kota representations from the gateway in one SQL statement', async () => {
    const codes: { code: string }[] = await service.orm.em.getConnection().execute('select code from regions.regency');
    const representations = codes.map((r) => ({ __typename: 'Regency', code: r.code }));
    const { count: statements, result } = await sql.measure(() =>
      queryService(
        graphql(`query RegionsServiceEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Regency { code name } } }`),
        {
          r: representations,
        },
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(514);
    expect(statements).toBe(1);
  });

  it('resolves a HousingNeed reference by area and year (what coverage points at)', async () => {
    const { data, errors } = await queryService(
      graphql(
        `query RegionsServiceEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on HousingNeed { areaCode year ownershipBacklog source { modeled } } } }`,
      ),
      {
        r: [
          { __typename: 'HousingNeed', areaCode: '52.01', year: 2023 },
          { __typename: 'HousingNeed', areaCode: '32', year: 2023 },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities[0]).toMatchObject({ areaCode: '52.01', year: 2023, source: { modeled: true } });
    expect(data!._entities[1]).toMatchObject({ areaCode: '32', year: 2023, ownershipBacklog: 2_070_000 });
  });

  it('returns null for an unknown province code and refuses a malformed one', async () => {
    const unknown = await queryService(graphql(`query RegionsServiceProvince { province(code: "99") { name } }`));
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.province).toBeNull();
    const malformed = await queryService(graphql(`query RegionsServiceProvince2 { province(code: "5") { name } }`));
    expect(malformed.errors?.[0]?.extensions?.code).toBe('INVALID_AREA_CODE');
  });

  it('checks the query limits again itself, whoever calls it', async () => {
    const bomb = await fetch(service.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: abuseQueries.fragmentBomb() }),
    });
    expect(bomb.status).toBe(400);
    expect(((await bomb.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'TOO_MANY_FIELDS',
    );
    // one level deeper than the gateway allows the public: room for the `_entities` level of a query plan
    // (an ADMIN may go deeper: limits are per role)
    expect(
      (await graphqlRequest(service.server.url, abuseQueries.deep(7), undefined, await callerHeaders(ANONYMOUS))).errors,
    ).toBeUndefined();
    expect(
      (await graphqlRequest(service.server.url, abuseQueries.deep(8), undefined, await callerHeaders(ANONYMOUS))).errors?.[0]
        ?.extensions?.code,
    ).toBe('QUERY_TOO_DEEP');
  });

  it('answers /ready when its database answers', async () => {
    const response = await fetch(new URL('/ready', service.server.url));
    expect(response.status).toBe(200);
  });

  describe('trusts only the gateway', () => {
    const ask = (headers: Record<string, string>) =>
      graphqlRequest(service.server.url, '{ province(code: "52") { name } }', undefined, headers);
    const refused = (response: Awaited<ReturnType<typeof ask>>) => {
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    };

    it('refuses a request straight to its port, with or without a hand-made x-hub-caller', async () => {
      refused(await ask({}));
      refused(await ask({ 'x-hub-caller': JSON.stringify({ id: 'root', roles: ['ADMIN'] }) }));
      const raw = await fetch(service.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ provinces { code } }"}',
      });
      expect(raw.status).toBe(401);
    });

    it('refuses a tampered, a foreign-signed and an expired caller token', async () => {
      const token = (await callerHeaders())['x-hub-caller']!;
      const [header, payload, signature] = token.split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
      const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, roles: ['ADMIN', 'DIRECTORATE'] })).toString('base64url')}.${signature}`;
      refused(await ask({ 'x-hub-caller': tampered }));
      refused(await ask(await callerHeaders(TEST_ADMIN, 'another-secret-of-at-least-32-characters!!')));
      const expired = await signCallerToken(TEST_ADMIN, internalKey(TEST_INTERNAL_SECRET), -5);
      refused(await ask({ 'x-hub-caller': expired }));
    });

    it('answers a valid caller token, and keeps /health open', async () => {
      const answer = await ask(await callerHeaders());
      expect(answer.data).toEqual({ province: { name: 'Nusa Tenggara Barat' } });
      expect((await fetch(new URL('/health', service.server.url))).status).toBe(200);
    });
  });
});
