import { afterEach, describe, expect, it } from '@jest/globals';
import { Migration } from '@mikro-orm/migrations';
import { databaseLocationFromEnv, describeLocation } from '../src/database-location.js';
import { openEmbeddedDatabase, type PGlite } from '../src/embedded-database.js';
import { openServiceOrm } from '../src/service-orm.js';

class CreateThings extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table sample.thing (id int primary key)');
  }
}

class AddMore extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table sample.more (id int primary key)');
  }
}

class Broken extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table sample.half_done (id int primary key)');
    this.addSql('select * from sample.no_such_table');
  }
}

let pglite: PGlite | undefined;

afterEach(async () => {
  await pglite?.close();
  pglite = undefined;
});

const tables = async (db: PGlite) =>
  (
    await db.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'sample' order by 1`,
    )
  ).rows.map((r) => r.table_name);

describe('opening a service database', () => {
  it('creates the schema, applies pending migrations once, and records them in the schema', async () => {
    pglite = await openEmbeddedDatabase();
    const first = await openServiceOrm({
      schema: 'sample',
      entities: [],
      migrations: [CreateThings],
      connection: { kind: 'pglite', pglite },
    });
    await first.close();
    const second = await openServiceOrm({
      schema: 'sample',
      entities: [],
      migrations: [CreateThings, AddMore],
      connection: { kind: 'pglite', pglite },
    });
    await second.close();
    expect(await tables(pglite)).toEqual(['data_change', 'data_version', 'mikro_orm_migrations', 'more', 'thing']);
    const applied = await pglite.query<{ name: string }>('select name from sample.mikro_orm_migrations order by id');
    expect(applied.rows.map((r) => r.name)).toEqual(['CreateThings', 'AddMore']);
  });

  it('applies a batch of migrations all or nothing: a failing one leaves no half-done table', async () => {
    pglite = await openEmbeddedDatabase();
    await expect(
      openServiceOrm({
        schema: 'sample',
        entities: [],
        migrations: [CreateThings, Broken],
        connection: { kind: 'pglite', pglite },
      }),
    ).rejects.toThrow();
    expect(await tables(pglite)).not.toContain('half_done');
    expect(await tables(pglite)).not.toContain('thing');
  });

  it('reports every statement to onSql', async () => {
    pglite = await openEmbeddedDatabase();
    const seen: string[] = [];
    const orm = await openServiceOrm({
      schema: 'sample',
      entities: [],
      migrations: [],
      connection: { kind: 'pglite', pglite },
      onSql: (sql) => seen.push(sql),
    });
    seen.length = 0;
    await orm.em.getConnection().execute('select 1');
    await orm.close();
    expect(seen).toEqual(['select 1']);
  });
});

describe('where the data lives', () => {
  it('uses PostgreSQL when DATABASE_URL is set, and never prints its password', () => {
    const location = databaseLocationFromEnv({ DATABASE_URL: 'postgres://hub:secret@db:5432/housing' });
    expect(location).toEqual({ kind: 'postgresql', url: 'postgres://hub:secret@db:5432/housing' });
    expect(describeLocation(location)).toBe('PostgreSQL postgres://hub:***@db:5432/housing');
  });

  it('falls back to the embedded database in HUB_DATA_DIR, or .data/pglite where npm was invoked', () => {
    expect(databaseLocationFromEnv({ HUB_DATA_DIR: 'memory://' })).toEqual({ kind: 'pglite', dataDir: 'memory://' });
    expect(databaseLocationFromEnv({ INIT_CWD: '/repo' })).toEqual({ kind: 'pglite', dataDir: '/repo/.data/pglite' });
  });

  it('on the embedded database, a read from outside an open transaction waits for it and never sees its writes', async () => {
    pglite = await openEmbeddedDatabase();
    const orm = await openServiceOrm({
      schema: 'sample',
      entities: [],
      migrations: [CreateThings],
      connection: { kind: 'pglite', pglite },
    });
    // PGlite is one connection: the service's other requests share it with the writing transaction.
    let seenWhileOpen: unknown;
    let outside: Promise<unknown> | undefined;
    await orm.em
      .transactional(async (em) => {
        await em.getConnection().execute('insert into sample.thing values (1)', [], 'run', em.getTransactionContext());
        outside = orm.em
          .fork()
          .getConnection()
          .execute('select count(*)::int as n from sample.thing')
          .then((rows) => (seenWhileOpen = rows));
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(seenWhileOpen).toBeUndefined();
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await outside).toEqual([{ n: 0 }]);
    await orm.close();
  });
});
