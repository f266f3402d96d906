import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Migration } from '@mikro-orm/migrations';
import pg from 'pg';
import { absentAsNull, bindStatement } from '../src/bound-parameters.js';
import { installDataVersion, readDataVersion } from '../src/data-version.js';
import { openEmbeddedDatabase, type PGlite } from '../src/embedded-database.js';
import { openServiceOrm, type DatabaseConnection, type ServiceOrm } from '../src/service-orm.js';

class CreateThings extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table sample.thing (id int primary key, name text, big bigint, ratio numeric)');
    this.addSql(`insert into sample.thing values (1, 'one', 9007199254740991, 0.5), (2, 'it''s', 2, 1.5), (3, 'c:\\x', 3, 2.5)`);
  }
}

const quote = (id: string) => `"${id}"`;

describe('binding MikroORM placeholders', () => {
  it('turns values into $n typed as the literal they replace, arrays into lists, ?? into identifiers', () => {
    expect(
      bindStatement(
        'select * from ?? where a = ? and b in (?) and c = ? and d = ? and e = ?',
        ['t', 'x', [1, 2], true, 1.5, 2 ** 40],
        quote,
      ),
    ).toEqual({
      sql: 'select * from "t" where a = $1 and b in ($2::int4, $3::int4) and c = $4::boolean and d = $5::numeric and e = $6::int8',
      values: ['x', '1', '2', 'true', '1.5', String(2 ** 40)],
    });
    expect(bindStatement('select \\? , ?', [null], quote)).toBeUndefined(); // nothing left to bind: the inlined path
    expect(bindStatement('select ?, \\?', ['a'], quote)).toEqual({ sql: 'select $1, ?', values: ['a'] });
    // an absent optional value is null, never the word `undefined` in the SQL
    expect(bindStatement('insert into t values (?, ?)', absentAsNull(['a', undefined]), quote)).toEqual({
      sql: 'insert into t values ($1, null)',
      values: ['a'],
    });
  });

  it('reads an absent optional value as null, also inside a list, once for both paths', () => {
    expect(absentAsNull(['a', undefined, [1, undefined], null, 0, ''])).toEqual(['a', null, [1, null], null, 0, '']);
  });

  it('leaves to the inlined path what it cannot bind exactly', () => {
    expect(bindStatement('select ?', [new Date(0)], quote)).toBeUndefined();
    expect(bindStatement('select ?', [{ a: 1 }], quote)).toBeUndefined();
    expect(bindStatement('select ?', [Number.NaN], quote)).toBeUndefined();
    expect(bindStatement('select $1, ?', ['a'], quote)).toBeUndefined();
    expect(bindStatement('select ?, ?', ['a'], quote)).toBeUndefined();
  });
});

const adminUrl = process.env.TEST_DATABASE_URL?.trim();

describe.each([['PGlite'], ...(adminUrl ? [['PostgreSQL']] : [])])('on %s', (kind) => {
  let orm: ServiceOrm;
  let pglite: PGlite | undefined;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    let connection: DatabaseConnection;
    if (kind === 'PGlite') {
      pglite = await openEmbeddedDatabase();
      connection = { kind: 'pglite', pglite };
    } else {
      const name = `hub_test_bind_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`create database "${name}"`);
      await admin.end();
      const url = new URL(adminUrl!);
      url.pathname = `/${name}`;
      connection = { kind: 'postgresql', url: url.toString(), poolMax: 2 };
      drop = async () => {
        const client = new pg.Client({ connectionString: adminUrl });
        await client.connect();
        await client.query(`drop database if exists "${name}" with (force)`);
        await client.end();
      };
    }
    orm = await openServiceOrm({
      schema: 'sample',
      entities: [],
      migrations: [CreateThings],
      connection,
      versionIgnoredColumns: { thing: ['big'] },
    });
  });

  afterAll(async () => {
    await orm?.close();
    await pglite?.close();
    await drop?.();
  });

  it('answers bound statements exactly as inlined ones (values and types)', async () => {
    const connection = orm.em.getConnection();
    const cases: [string, unknown[]][] = [
      ['select id, name from sample.thing where id in (?) order by id', [[1, 3]]],
      ['select name from sample.thing where name = ?', ["it's"]],
      ['select name from sample.thing where name = ?', ['c:\\x']],
      ['select ? as n, ? as d, ? as b, ? as s, ? as z', [7, 2.25, true, 'text', null]],
      ['select id * ? as doubled, ratio + ? as more from ?? where big >= ? order by 1', [2, 0.25, 'sample.thing', 2n]],
      ['select case when ? then 1 else 0 end as flag, coalesce(?, 0) as fallback', [false, 5]],
    ];
    for (const [sql, params] of cases) {
      const bound = await connection.execute(sql, params);
      const inlined = await connection.execute(connection.getPlatform().formatQuery(sql, params));
      expect([sql, bound]).toEqual([sql, inlined]);
    }
    // The same statement text with other values: prepared once per connection on PostgreSQL, reused.
    for (const id of [1, 2, 3, 1, 2, 3, 1]) {
      expect(await connection.execute('select name from sample.thing where id = ?', [id])).toHaveLength(1);
    }
    if (kind === 'PostgreSQL') {
      // This very statement is bound, so it is prepared on its connection before it runs.
      const prepared = await connection.execute(
        'select name, parameter_types::text as types from pg_prepared_statements where name like ?',
        ['hub\\_%'],
      );
      expect(prepared.length).toBeGreaterThan(0);
    }
  });

  it('reads an absent optional value as null, on the bound and on the inlined path', async () => {
    const connection = orm.em.getConnection();
    expect(await connection.execute('select ? as a, ? as b', ['x', undefined])).toEqual([{ a: 'x', b: null }]);
    // Nothing bindable left: the inlined path, which would otherwise write the word `undefined`
    expect(await connection.execute('select id from sample.thing order by id limit ?', [undefined])).toHaveLength(3);
  });

  it('raises the data version at the commit of a write, never for a rolled-back one', async () => {
    const before = Number(await readDataVersion(orm, 'sample'));
    await orm.em.getConnection().execute(`update sample.thing set name = 'uno' where id = 1`);
    const afterWrite = Number(await readDataVersion(orm, 'sample'));
    expect(afterWrite).toBe(before + 1);
    await orm.em
      .transactional(async (em) => {
        await em.getConnection().execute(`update sample.thing set name = 'x'`, [], 'run', em.getTransactionContext());
        await em.getConnection().execute(`delete from sample.thing where id = 3`, [], 'run', em.getTransactionContext());
        // Seen from outside the writing transaction the version is still the old one: it rises at commit.
        // (PGlite has one connection: a read outside the transaction would wait for it.)
        if (kind === 'PostgreSQL') expect(Number(await readDataVersion(orm, 'sample'))).toBe(afterWrite);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(Number(await readDataVersion(orm, 'sample'))).toBe(afterWrite);
    await orm.em.transactional(async (em) => {
      await em
        .getConnection()
        .execute(`update sample.thing set name = 'two' where id = 2`, [], 'run', em.getTransactionContext());
      await em
        .getConnection()
        .execute(`update sample.thing set name = 'three' where id = 3`, [], 'run', em.getTransactionContext());
    });
    // Two statements, one transaction: one step.
    expect(Number(await readDataVersion(orm, 'sample'))).toBe(afterWrite + 1);
  });

  it('leaves the data version alone for a write of ignored columns only, also after a restart re-installs it', async () => {
    const version = async () => Number(await readDataVersion(orm, 'sample'));
    for (let start = 0; start < 2; start += 1) {
      if (start === 1) await installDataVersion(orm, 'sample', { thing: ['big'] });
      const before = await version();
      await orm.em.getConnection().execute('update sample.thing set big = big + 1 where id = 2');
      expect(await version()).toBe(before);
      await orm.em.getConnection().execute(`update sample.thing set big = big + 1, name = 'dua' where id = 2`);
      expect(await version()).toBe(before + 1);
      await orm.em.getConnection().execute(`insert into sample.thing (id, big) values (${10 + start}, 1)`);
      expect(await version()).toBe(before + 2);
    }
  });

  it('refuses to start with an ignored column the table does not have', async () => {
    await expect(installDataVersion(orm, 'sample', { thing: ['no_such_column'] })).rejects.toThrow(/no_such_column/);
    await expect(installDataVersion(orm, 'sample', { no_such_table: ['x'] })).rejects.toThrow(/no such table/);
  });
});
