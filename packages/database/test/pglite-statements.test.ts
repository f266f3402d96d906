import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openEmbeddedDatabase, type PGlite } from '../src/embedded-database.js';
import { preparedStatementClient } from '../src/pglite-statements.js';

describe("PGlite's prepared-statement client", () => {
  let pglite: PGlite;
  let client: PGlite;

  beforeAll(async () => {
    pglite = await openEmbeddedDatabase();
    client = preparedStatementClient(pglite);
    await pglite.exec(`create table thing (id int primary key, name text, big bigint, ratio numeric, day date, flag boolean, doc jsonb);
      insert into thing values (1, 'one', 9007199254740993, 0.5, '2025-01-31', true, '{"a": 1}'), (2, null, 2, 1.5, null, false, null)`);
  });
  afterAll(async () => {
    await pglite.close();
  });

  const statements: [string, unknown[]][] = [
    ['select * from thing order by id', []],
    ['select * from thing where id = $1', [1]],
    ['select * from thing where name = $1 or $2::boolean', ['one', false]],
    [
      'select id, big + $1 as sum, ratio * $2 as scaled from thing where day <= $3 or day is null order by id',
      ['1', '2', '2025-12-31'],
    ],
    ['select $1::jsonb as doc, $2::int[] as list, $3::text as nothing', [{ b: [1, 2] }, [1, 2, 3], null]],
  ];

  it("answers as PGlite's own query does, the first time and once prepared", async () => {
    for (const [text, params] of statements) {
      const expected = await pglite.query(text, params);
      for (let run = 0; run < 3; run += 1) {
        const result = await client.query(text, params);
        expect(result.rows).toEqual(expected.rows);
        expect(result.fields).toEqual(expected.fields);
      }
    }
  });

  it('reports affected rows and the database error code', async () => {
    expect((await client.query('update thing set flag = $1 where id > $2', [true, 0])).affectedRows).toBe(2);
    await expect(client.query('insert into thing (id) values ($1)', [1])).rejects.toMatchObject({ code: '23505' });
    // the failed statement left nothing behind: the next one runs
    expect((await client.query('select count(*)::int as n from thing where id = $1', [1])).rows).toEqual([{ n: 1 }]);
  });

  it('runs inside a transaction, and a rollback undoes it', async () => {
    await expect(
      client.transaction(async (tx) => {
        await tx.query('insert into thing (id, name) values ($1, $2)', [3, 'three']);
        expect((await tx.query('select name from thing where id = $1', [3])).rows).toEqual([{ name: 'three' }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await client.query('select name from thing where id = $1', [3])).rows).toEqual([]);
    await client.transaction((tx) => tx.query('insert into thing (id, name) values ($1, $2)', [3, 'three']));
    expect((await client.query('select name from thing where id = $1', [3])).rows).toEqual([{ name: 'three' }]);
  });

  it('prepares a statement again when its table changed shape', async () => {
    const text = 'select * from thing where id = $1';
    const before = await client.query<Record<string, unknown>>(text, [1]);
    await pglite.exec('alter table thing add column extra text');
    const after = await client.query<Record<string, unknown>>(text, [1]);
    expect(Object.keys(after.rows[0]!)).toEqual([...Object.keys(before.rows[0]!), 'extra']);
  });
});
