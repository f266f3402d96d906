import type { EntityManager } from '@mikro-orm/core';

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
