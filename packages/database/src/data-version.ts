import type { MikroORM } from '@mikro-orm/core';

/**
 * Every service schema carries its data version: one counter that any committed write to any of its
 * tables raises, whoever writes (a mutation, the seed, an import, the import CLI, psql). The gateway's
 * response cache keys what it keeps on the versions of the subgraphs an answer read, so a write makes
 * those entries unreachable the moment it commits, before anyone acknowledges it.
 *
 * A statement trigger on each table marks the transaction once (a transaction-local setting and one
 * row in `data_change`); a deferred constraint trigger on that row raises the counter at COMMIT. So
 * writers take the counter's row lock only while committing (never while holding other locks, so no
 * deadlock), a rolled-back write raises nothing, and a big import costs one mark, not one per row.
 */
const TRIGGER = 'data_version_mark';

/**
 * Columns whose writes change no answer a cache may keep, per table of the schema (e.g. an API key's
 * last use, reported every few seconds while partners pull data): an UPDATE that sets only these
 * columns leaves the data version alone, so it does not empty the service's cache entries.
 */
export type VersionIgnoredColumns = Readonly<Record<string, readonly string[]>>;

export async function installDataVersion(
  orm: MikroORM,
  schema: string,
  ignoredColumns: VersionIgnoredColumns = {},
): Promise<void> {
  const q = `"${schema}"`;
  const setting = `hub.data_changed_${schema}`;
  await orm.em.getConnection().transactional(async (tx) => {
    const connection = orm.em.getConnection();
    const execute = (sql: string) => connection.execute(sql, [], 'run', tx);
    // Replicas start together: one of them installs, the others find it done.
    await execute(`select pg_advisory_xact_lock(hashtext('${schema}.data_version'))`);
    await execute(`create table if not exists ${q}.data_version (
      singleton boolean primary key default true check (singleton), version bigint not null default 0)`);
    await execute(`insert into ${q}.data_version (singleton) values (true) on conflict do nothing`);
    await execute(`create table if not exists ${q}.data_change (id bigint generated always as identity primary key)`);
    await execute(`create or replace function ${q}.data_version_mark() returns trigger language plpgsql as $$
      begin
        if current_setting('${setting}', true) is distinct from 'yes' then
          perform set_config('${setting}', 'yes', true);
          insert into ${q}.data_change default values;
        end if;
        return null;
      end $$`);
    await execute(`create or replace function ${q}.data_version_raise() returns trigger language plpgsql as $$
      begin
        update ${q}.data_version set version = version + 1;
        delete from ${q}.data_change where id = new.id;
        return null;
      end $$`);
    const raise: { count: string }[] = await connection.execute(
      `select count(*) as count from pg_trigger where tgname = 'data_version_raise' and tgrelid = '${q}.data_change'::regclass`,
      [],
      'all',
      tx,
    );
    if (Number(raise[0]?.count) === 0) {
      await execute(`create constraint trigger data_version_raise after insert on ${q}.data_change
        deferrable initially deferred for each row execute function ${q}.data_version_raise()`);
    }
    // Every table of the schema, also those a later migration adds (this runs after migrations at each start).
    const unmarked: { table_name: string }[] = await connection.execute(
      `select c.relname as table_name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = ? and c.relkind in ('r', 'p') and c.relispartition = false
          and c.relname not in ('data_version', 'data_change', 'mikro_orm_migrations')
          and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = '${TRIGGER}')`,
      [schema],
      'all',
      tx,
    );
    for (const { table_name } of unmarked) {
      await execute(`create trigger ${TRIGGER} after insert or update or delete or truncate on ${q}."${table_name}"
        for each statement execute function ${q}.data_version_mark()`);
    }
    // A table with ignored columns is marked by updates OF its other columns only; made again at each
    // start from the table's columns now, so a column a later migration adds is covered.
    for (const [table, ignored] of Object.entries(ignoredColumns)) {
      const columns: { column_name: string }[] = await connection.execute(
        `select column_name from information_schema.columns where table_schema = ? and table_name = ? order by ordinal_position`,
        [schema, table],
        'all',
        tx,
      );
      if (columns.length === 0) throw new Error(`data version: no such table ${schema}.${table}`);
      const unknown = ignored.filter((column) => !columns.some((row) => row.column_name === column));
      if (unknown.length > 0) throw new Error(`data version: ${schema}.${table} has no column ${unknown.join(', ')}`);
      const marking = columns.filter((row) => !ignored.includes(row.column_name)).map((row) => `"${row.column_name}"`);
      await execute(`drop trigger if exists ${TRIGGER} on ${q}."${table}"`);
      await execute(`create trigger ${TRIGGER} after insert or update of ${marking.join(', ')} or delete or truncate
        on ${q}."${table}" for each statement execute function ${q}.data_version_mark()`);
    }
  });
}

/** How the subgraph answers `GET /data-version` (tests that count a query's statements leave it out). */
export const DATA_VERSION_STATEMENT = /^select version from "[a-z_]+"\.data_version$/;

export async function readDataVersion(orm: MikroORM, schema: string): Promise<string> {
  const rows: { version: string | number }[] = await orm.em
    .getConnection()
    .execute(`select version from "${schema}".data_version`);
  return String(rows[0]?.version ?? 0);
}
