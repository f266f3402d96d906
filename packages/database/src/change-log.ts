/** A table whose rows the change log follows: under which dataset, keyed by which column. */
export interface TrackedTable {
  table: string;
  dataset: string;
  keyColumn: string;
}

/**
 * The feed's horizon, an `xid8`: every change of a transaction below it is committed or gone. Every
 * transaction still running holds it back, except those PostgreSQL shows running in another database
 * (transaction ids are numbered for the whole server, but another database's transactions cannot
 * write this log: without this, any long transaction on a shared server, such as another database's
 * import, held every feed back). A transaction that ends between the snapshot and the look at
 * `pg_stat_activity` still holds it back for this read: a page is at worst short, never missing one.
 */
export const CHANGE_HORIZON_SQL = `coalesce(
  (select min(running) from pg_snapshot_xip(pg_current_snapshot()) running
    where running::xid not in (select activity.backend_xid from pg_stat_activity activity
      where activity.backend_xid is not null and activity.datname <> current_database())),
  pg_snapshot_xmax(pg_current_snapshot()))`;

/**
 * The SQL of a service's change log: one table `<schema>.change_log` and statement-level triggers
 * (with transition tables: one INSERT ... SELECT per statement, not one per row, so a million-row
 * import stays a few set-based statements) on each tracked table. Every insert, update (old and new
 * row) and delete (a tombstone: the old row only) of a tracked row is logged in the writing
 * transaction, imports and re-issues included. An export's ETag is the log's last `seq`.
 *
 * Position: `(xid, seq)`. Sequence values are taken before commit, so they commit out of order; the
 * feed serves only changes of transactions older than every transaction that may still write the log
 * (`xid < CHANGE_HORIZON_SQL`), in (xid, seq) order: a change that becomes visible later always sorts
 * after every change already served.
 */
export function changeLogSql(schema: string, tracked: TrackedTable[]): string[] {
  const statements = [
    `create table ${schema}.change_log (
      seq bigint generated always as identity primary key,
      xid xid8 not null default pg_current_xact_id(),
      dataset text not null,
      source_table text not null,
      record_key text not null,
      operation text not null check (operation in ('INSERT', 'UPDATE', 'DELETE')),
      old_row jsonb,
      new_row jsonb,
      changed_at timestamptz not null default clock_timestamp()
    )`,
    `create index change_log_position_index on ${schema}.change_log (xid, seq)`,
    `create index change_log_dataset_changed_at_index on ${schema}.change_log (dataset, changed_at) include (record_key)`,
    // Inserts log the key only (the feed reads the row as it is now, which replays to the same state):
    // a seed or import of a million rows then costs one narrow log row each, not a copy of the data.
    `create function ${schema}.log_changes() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        execute format('insert into ${schema}.change_log (dataset, source_table, record_key, operation)
          select $1, $2, n.%I::text, ''INSERT'' from new_rows n', tg_argv[1]) using tg_argv[0], tg_table_name;
      elsif tg_op = 'UPDATE' then
        execute format('insert into ${schema}.change_log (dataset, source_table, record_key, operation, old_row, new_row)
          select $1, $2, n.%I::text, ''UPDATE'', to_jsonb(o), to_jsonb(n)
          from old_rows o join new_rows n on o.%I = n.%I where to_jsonb(o) is distinct from to_jsonb(n)',
          tg_argv[1], tg_argv[1], tg_argv[1]) using tg_argv[0], tg_table_name;
      else
        execute format('insert into ${schema}.change_log (dataset, source_table, record_key, operation, old_row)
          select $1, $2, o.%I::text, ''DELETE'', to_jsonb(o) from old_rows o', tg_argv[1]) using tg_argv[0], tg_table_name;
      end if;
      return null;
    end $$`,
  ];
  for (const { table, dataset, keyColumn } of tracked) {
    const args = `'${dataset}', '${keyColumn}'`;
    statements.push(
      `create trigger ${table}_log_inserts after insert on ${schema}.${table} referencing new table as new_rows
       for each statement execute function ${schema}.log_changes(${args})`,
      `create trigger ${table}_log_updates after update on ${schema}.${table} referencing old table as old_rows new table as new_rows
       for each statement execute function ${schema}.log_changes(${args})`,
      `create trigger ${table}_log_deletes after delete on ${schema}.${table} referencing old table as old_rows
       for each statement execute function ${schema}.log_changes(${args})`,
    );
  }
  return statements;
}
