import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startService, type RunningService } from '@housing-hub/subgraph-kit';
import { abuseQueries, createTestDatabase, graphqlRequest, SqlCounter, type TestDatabase } from '@housing-hub/testing';
import { regionsService } from '../src/regions.subgraph.js';
import { graphql } from './generated/index.js';

let database: TestDatabase;
let service: RunningService;
const sql = new SqlCounter();

beforeAll(async () => {
  database = await createTestDatabase();
  service = await startService(regionsService, { connection: database.connection, port: 0, onSql: sql.onSql });
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
    const before = { provinces: await count('province'), regencies: await count('regency'), needs: await count('need_observation') };
    expect(before.provinces).toBe(38);
    expect(before.regencies).toBe(514);
    expect(before.needs).toBeGreaterThan(514 * 10);
    await regionsService.seed(service.orm.em.fork(), { demo: true });
    expect({ provinces: await count('province'), regencies: await count('regency'), needs: await count('need_observation') }).toEqual(before);
  });

  it('records its migrations in its own schema and applies none twice', async () => {
    const rows: { name: string }[] = await service.orm.em.getConnection().execute('select name from regions.mikro_orm_migrations');
    expect(rows.map((r) => r.name)).toEqual(regionsService.migrations.map((m) => m.name));
    await service.orm.migrator.up();
    const again = await service.orm.em.getConnection().execute<{ name: string }[]>('select name from regions.mikro_orm_migrations');
    expect(again).toHaveLength(rows.length);
  });

  it('resolves 514 kab/kota representations from the gateway in one SQL statement', async () => {
    const codes: { code: string }[] = await service.orm.em.getConnection().execute('select code from regions.regency');
    const representations = codes.map((r) => ({ __typename: 'Regency', code: r.code }));
    const { count: statements, result } = await sql.measure(() =>
      graphqlRequest(service.server.url, graphql(`query RegionsServiceEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Regency { code name } } }`), {
        r: representations,
      }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(514);
    expect(statements).toBe(1);
  });

  it('resolves a HousingNeed reference by area and year (what coverage points at)', async () => {
    const { data, errors } = await graphqlRequest(
      service.server.url,
      graphql(`query RegionsServiceEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on HousingNeed { areaCode year ownershipBacklog source { modeled } } } }`),
      { r: [{ __typename: 'HousingNeed', areaCode: '52.01', year: 2023 }, { __typename: 'HousingNeed', areaCode: '32', year: 2023 }] },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities[0]).toMatchObject({ areaCode: '52.01', year: 2023, source: { modeled: true } });
    expect(data!._entities[1]).toMatchObject({ areaCode: '32', year: 2023, ownershipBacklog: 2_070_000 });
  });

  it('returns null for an unknown province code and refuses a malformed one', async () => {
    const unknown = await graphqlRequest(service.server.url, graphql(`query RegionsServiceProvince { province(code: "99") { name } }`));
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.province).toBeNull();
    const malformed = await graphqlRequest(service.server.url, graphql(`query RegionsServiceProvince2 { province(code: "5") { name } }`));
    expect(malformed.errors?.[0]?.extensions?.code).toBe('INVALID_AREA_CODE');
  });

  it('checks the query limits again itself, whoever calls it', async () => {
    const bomb = await fetch(service.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: abuseQueries.fragmentBomb() }),
    });
    expect(bomb.status).toBe(400);
    expect(((await bomb.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('TOO_MANY_FIELDS');
    // one level deeper than the gateway allows: room for the `_entities` level of a query plan
    expect((await graphqlRequest(service.server.url, abuseQueries.deep(7))).errors).toBeUndefined();
    expect((await graphqlRequest(service.server.url, abuseQueries.deep(8))).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('answers /ready when its database answers', async () => {
    const response = await fetch(new URL('/ready', service.server.url));
    expect(response.status).toBe(200);
  });
});
