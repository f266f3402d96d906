import { UnderscoreNamingStrategy, type EntityManager } from '@mikro-orm/core';

/** Runs one statement in the EntityManager's current transaction (if any) and returns its rows. */
export function query<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());
}

/** A list of values as one JSON parameter: expanded in SQL with `json_array_elements_text(?::json)`. */
export const jsonParam = (values: unknown): string => JSON.stringify(values);

/** An ISO 8601 instant in UTC, as every timestamp leaves the database (same text on PostgreSQL and PGlite). */
export const isoInstant = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A calendar date as `YYYY-MM-DD`. */
export const isoDate = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

const columnNames = new UnderscoreNamingStrategy();

/**
 * Records as one JSON parameter of `json_to_recordset`, each key named as its column (`startsAt` -> `starts_at`, the
 * entities' naming). `json_to_recordset` reads the columns it declares and ignores any other key.
 */
export const recordsetParam = (records: readonly object[]): string =>
  jsonParam(
    records.map((record) =>
      Object.fromEntries(Object.entries(record).map(([key, value]) => [columnNames.propertyToColumnName(key), value])),
    ),
  );

/**
 * Inserts records in one statement: `columns` gives each column with its SQL type, and a record's keys are the
 * columns' property names (`speakerAgencyId` for `speaker_agency_id`). `onConflict` says what a row that exists does.
 */
export async function insertRecordset(
  em: EntityManager,
  table: string,
  columns: Record<string, string>,
  records: readonly object[],
  onConflict = 'on conflict do nothing',
): Promise<void> {
  const names = Object.keys(columns).join(', ');
  const declared = Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');
  await query(
    em,
    `insert into ${table} (${names}) select ${names} from json_to_recordset(?::json) as r(${declared}) ${onConflict}`,
    [recordsetParam(records)],
  );
}
