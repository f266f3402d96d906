import { DATA_VERSION_STATEMENT } from '@housing-hub/database';

/**
 * Counts the SQL statements the services run, so tests can assert that batching holds. The gateway's
 * response cache reads each subgraph's data version beside a query (batched across requests): that
 * read is not the query's work and is not counted.
 */
export class SqlCounter {
  readonly statements: string[] = [];
  private recording = false;

  /** Pass this as `onSql` to the services. */
  readonly onSql = (sql: string): void => {
    if (this.recording && !DATA_VERSION_STATEMENT.test(sql)) this.statements.push(sql);
  };

  /** Runs `work` and returns how many statements it issued (and which). */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
    this.statements.length = 0;
    this.recording = true;
    try {
      const result = await work();
      return { result, count: this.statements.length, statements: [...this.statements] };
    } finally {
      this.recording = false;
    }
  }
}
