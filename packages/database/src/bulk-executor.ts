import type { EntityManager } from '@mikro-orm/core';

/** Runs one SQL statement with `$1`-style parameters. */
export type BulkExecutor = (sql: string, params: unknown[]) => Promise<unknown>;

interface RawQueryRunner {
  executeQuery(query: object): Promise<{ rows: unknown[] }>;
}

/**
 * An executor for bulk loads that hands the parameters to the driver as bind parameters. MikroORM's
 * `execute` inlines parameters into the SQL text, which costs more than the insert itself for a
 * parameter of several megabytes (a chunk of rows as JSON). Runs inside the EntityManager's
 * transaction when it has one. Seeding only: statements run this way are not seen by `onQuery`.
 */
export function bulkExecutor(em: EntityManager): BulkExecutor {
  const connection = em.getConnection() as unknown as { getClient(): RawQueryRunner };
  const runner = (em.getTransactionContext() as RawQueryRunner | undefined) ?? connection.getClient();
  let sequence = 0;
  return async (sql, params) => {
    const query = {
      sql,
      parameters: params,
      query: { kind: 'RawNode', sqlFragments: [sql], parameters: [] },
      queryId: { queryId: `bulk-${++sequence}` },
    };
    return (await runner.executeQuery(query)).rows;
  };
}
